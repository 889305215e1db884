package vn.troly.channels.cli;

import io.micronaut.context.ApplicationContext;
import org.apache.lucene.store.LockObtainFailedException;
import vn.troly.assistant.prompt.Prompts;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs one CLI command in an application context of its own. The service may be running on the same data folder:
 * it holds the search index's write lock, so commands that only read build their own index in memory, and a command
 * that writes says the service holds the folder. Whatever fails, the terminal gets one Vietnamese line and an exit
 * code, never a stack trace.
 */
public final class CliLauncher {

    /** Commands that change nothing in the data folder's index. */
    static final Set<String> READ_ONLY = Set.of("indicators", "ask", "eval", "help");
    /** Exit code when the running service holds the data folder. */
    static final int FOLDER_HELD = 3;

    /** Read by logback.xml for the root level. */
    private static final String LOG_LEVEL = "ASSISTANT_LOG_LEVEL";
    private static final Prompts TEXTS = new Prompts("cli.yml");

    private CliLauncher() {
    }

    /**
     * Runs the command as the process's only work: the log is switched off first, since it would print the start-up
     * chatter and any library's stack trace on the terminal; the command reports what matters itself.
     */
    public static int main(String[] args, PrintStream out, PrintStream err) {
        // a property, not a level set here: Micronaut reloads logback.xml while it starts, which would undo a level
        if (System.getenv(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "OFF");
        }
        return run(args, Map.of(), out, err);
    }

    /** @param properties extra configuration (tests give their data folder); the environment's otherwise */
    public static int run(String[] args, Map<String, Object> properties, PrintStream out, PrintStream err) {
        CommandLine line = CommandLine.parse(args);
        Map<String, Object> all = new HashMap<>(properties);
        if (READ_ONLY.contains(line.command())) {
            all.put("assistant.index.in-memory", true);
        }
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("cli")
                .properties(all).start()) {
            return context.getBean(Cli.class).run(line, out, err);
        } catch (RuntimeException | LinkageError e) {
            LockObtainFailedException held = cause(e, LockObtainFailedException.class);
            if (held != null) {
                err.println(TEXTS.render("service_holds_folder", "folder", dataFolder(held)));
                return FOLDER_HELD;
            }
            err.println(TEXTS.render("failed", "command", line.command(), "reason", reason(e)));
            return 1;
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The folder whose index/write.lock is taken, as Lucene names it in its message. */
    private static String dataFolder(LockObtainFailedException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("write.lock");
        int start = message.lastIndexOf(' ', at) + 1;
        if (at <= 0 || start >= at) {
            return "assistant.data-dir";
        }
        Path lock = Path.of(message.substring(start, at + "write.lock".length()));
        Path index = lock.getParent();
        return index == null || index.getParent() == null ? lock.toString() : index.getParent().toString();
    }

    /** The innermost message, on one line and short: what went wrong, not where. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.strip().replaceAll("\\s+", " ");
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
