package vn.troly.channels.values;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One configured value source, under {@code assistant.connectors.<name>}: url, interval, as-of-path, label and
 * mapping, a list of "indicator-id=json.path" (ids contain dots, so they cannot be property keys).
 */
@EachProperty("assistant.connectors")
public class ConnectorConfig {

    private final String name;
    private String url;
    private Duration interval = Duration.ofHours(1);
    private String asOfPath;
    private String label;
    private List<String> mapping = List.of();

    public ConnectorConfig(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Duration getInterval() {
        return interval;
    }

    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    public String getAsOfPath() {
        return asOfPath;
    }

    public void setAsOfPath(String asOfPath) {
        this.asOfPath = asOfPath;
    }

    /** How reports from the source are attributed; the config name when not set. */
    public String getLabel() {
        return label == null || label.isBlank() ? name : label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public List<String> getMapping() {
        return mapping;
    }

    public void setMapping(List<String> mapping) {
        this.mapping = mapping;
    }

    /** The mapping as indicator id → JSON path. */
    public Map<String, String> paths() {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String entry : mapping) {
            int eq = entry.lastIndexOf('=');
            if (eq > 0) {
                paths.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
            }
        }
        return paths;
    }
}
