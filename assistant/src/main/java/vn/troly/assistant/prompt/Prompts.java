package vn.troly.assistant.prompt;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The texts in {@code prompts/} (answer templates, routes, intents), read from the classpath. */
public final class Prompts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final String file;
    private final Map<String, String> templates;

    public Prompts() {
        this("answers.yml");
    }

    /** The templates of another YAML file of prompts/ (the API's error messages, say). */
    public Prompts(String file) {
        this.file = file;
        Map<String, Object> answers = yaml(file);
        Map<String, String> t = new LinkedHashMap<>();
        answers.forEach((k, v) -> t.put(k, String.valueOf(v)));
        this.templates = Map.copyOf(t);
    }

    /** A template filled with values given as name, value pairs; a missing template is a bug, so it throws. */
    public String render(String key, Object... pairs) {
        String template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no template " + key + " in prompts/" + file);
        }
        return fill(template, pairs);
    }

    /** A template given as text (a label of another prompts/ file) filled with name, value pairs. */
    public static String fill(String template, Object... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put(String.valueOf(pairs[i]), pairs[i + 1] == null ? "" : String.valueOf(pairs[i + 1]));
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** A YAML file of prompts/ as maps and lists. */
    public static Map<String, Object> yaml(String name) {
        try (InputStream in = open(name)) {
            Map<String, Object> map = new Yaml().load(in);
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file of prompts/. */
    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the files listed in a prompts/ folder's index, since a classpath folder cannot be listed portably. */
    public static List<String> listed(String folder) {
        return text(folder + "/index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> folder + "/" + l).toList();
    }

    private static InputStream open(String name) {
        InputStream in = Prompts.class.getResourceAsStream("/prompts/" + name);
        if (in == null) {
            throw new IllegalStateException("missing prompts/" + name);
        }
        return in;
    }
}
