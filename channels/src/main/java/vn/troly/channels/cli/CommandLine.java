package vn.troly.channels.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Arguments of a CLI command: the command, positional words and "--name value" / "--flag" options.
 *
 * @param command    first word
 * @param positional words that are not options
 * @param options    options by name (flags map to "true")
 */
public record CommandLine(String command, List<String> positional, Map<String, String> options) {

    private static final Set<String> FLAGS = Set.of("json", "help");

    public static CommandLine parse(String[] args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                int equals = name.indexOf('=');
                if (equals > 0) {
                    options.put(name.substring(0, equals), name.substring(equals + 1));
                } else if (!FLAGS.contains(name) && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    options.put(name, args[++i]);
                } else {
                    options.put(name, "true");
                }
            } else {
                positional.add(arg);
            }
        }
        return new CommandLine(args.length == 0 ? "" : args[0], positional, options);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return "true".equals(options.get(name));
    }
}
