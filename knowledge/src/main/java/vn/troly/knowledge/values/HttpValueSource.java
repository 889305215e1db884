package vn.troly.knowledge.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An external system that publishes indicator readings as JSON over HTTP. A mapping names, for each indicator id,
 * the path of its value in the response ("data.so_hoa.ty_le", or "items[2].value").
 */
public final class HttpValueSource {

    private final String name;
    private final URI url;
    private final Map<String, String> mapping;
    private final String asOfPath;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param name     how reports from it are attributed ("Hệ thống một cửa điện tử")
     * @param mapping  indicator id → JSON path of its value
     * @param asOfPath JSON path of the readings' date (yyyy-MM-dd), or null for today
     */
    public HttpValueSource(String name, URI url, Map<String, String> mapping, String asOfPath, Duration timeout) {
        this.name = name;
        this.url = url;
        this.mapping = Map.copyOf(mapping);
        this.asOfPath = asOfPath;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public String name() {
        return name;
    }

    /** Fetches the readings; any failure (down, error status, not JSON, missing field) throws and yields nothing. */
    public List<ValueReport> fetch() throws IOException {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(name + " answered HTTP " + response.statusCode());
        }
        JsonNode root = json.readTree(response.body());
        String asOf = asOfPath == null ? null : text(at(root, asOfPath));
        List<ValueReport> reports = new ArrayList<>();
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            JsonNode value = at(root, entry.getValue());
            if (value == null || value.isNull() || value.isMissingNode() || value.isContainerNode()) {
                throw new IOException(name + ": no value at " + entry.getValue());
            }
            reports.add(new ValueReport(entry.getKey(), text(value), asOf, name, null, name, "connector"));
        }
        return reports;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /** "a.b[2].c" in a JSON tree. */
    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            int bracket = part.indexOf('[');
            String field = bracket < 0 ? part : part.substring(0, bracket);
            if (!field.isEmpty()) {
                node = node.get(field);
            }
            while (node != null && bracket >= 0) {
                int close = part.indexOf(']', bracket);
                node = node.get(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return node;
    }
}
