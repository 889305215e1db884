package vn.troly.knowledge.library;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.knowledge.plan.Plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Plans as parsed, kept beside the index so a restart reads them back instead of parsing every file again (at
 * national scale parsing is most of a start). One file per source, named by the hash of its name and content, in a
 * folder named by the parser's fingerprint: a changed file, or a parser that reads files otherwise, finds nothing and
 * parses afresh. A file that cannot be read back is parsed again and rewritten.
 */
public final class ParsedPlans {

    private static final Logger LOG = LoggerFactory.getLogger(ParsedPlans.class);
    private static final String SUFFIX = ".json";

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param root        the snapshot's folder (e.g. {data-dir}/parsed)
     * @param fingerprint the parser's fingerprint ({@code PlanParser#fingerprint})
     */
    public ParsedPlans(Path root, String fingerprint) {
        this.folder = root.resolve(fingerprint.replaceAll("[^A-Za-z0-9._-]", "_"));
        if (Files.isDirectory(root)) {
            // snapshots of other parser versions are never read again
            try (Stream<Path> others = Files.list(root)) {
                others.filter(p -> !p.equals(folder)).forEach(ParsedPlans::deleteTree);
            } catch (IOException e) {
                LOG.warn("cannot clear old parsed plans in {}: {}", root, e.getMessage());
            }
        }
    }

    /** The plan parsed earlier from the source with this key, if kept. */
    public Optional<Plan> read(String key) {
        Path file = folder.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(json.readValue(in, Plan.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the parsed plan {}, parsing its file again: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps a parsed plan; a failure only costs a parse at the next start. */
    public void write(String key, Plan plan) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "plan", ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                json.writeValue(out, plan);
            }
            Files.move(temporary, folder.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot keep the parsed plan {}: {}", key, e.getMessage());
        }
    }

    /** Removes the plans of sources no longer loaded (a changed file leaves its old version behind). */
    public void keepOnly(Set<String> keys) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> !keys.contains(f.getFileName().toString().replace(SUFFIX, ""))).forEach(ParsedPlans::deleteTree);
        } catch (IOException e) {
            LOG.warn("cannot clear stale parsed plans in {}: {}", folder, e.getMessage());
        }
    }

    private static void deleteTree(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", path, e.getMessage());
        }
    }
}
