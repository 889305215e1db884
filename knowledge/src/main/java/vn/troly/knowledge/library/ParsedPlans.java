package vn.troly.knowledge.library;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.knowledge.plan.Plan;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Plans as parsed, kept beside the index so a restart reads them back instead of parsing every file again (at
 * national scale parsing is most of a start). Each plan is keyed by the hash of its source's name and content, in a
 * folder named by the parser's fingerprint: a changed file, or a parser that reads files otherwise, finds nothing and
 * parses afresh.
 * <p>
 * The plans of a load are kept together in a few snapshot files ({@value #SHARDS}, read on as many cores), binary
 * JSON (Smile) whose repeated names and short values are written once: thousands of small JSON files cost a restart
 * more in opening and text parsing than the plans themselves. A plan ingested between loads is kept as a file of its
 * own until the next load folds it into the snapshot. A file that cannot be read back only costs parsing again.
 */
public final class ParsedPlans {

    private static final Logger LOG = LoggerFactory.getLogger(ParsedPlans.class);
    private static final String SUFFIX = ".json";
    private static final String SNAPSHOT_PREFIX = "plans-";
    private static final String SNAPSHOT_SUFFIX = ".smile";
    static final int SHARDS = 4;

    /** One plan of the snapshot with the key of its source. */
    record Kept(String key, Plan plan) {
    }

    private final Path folder;
    private final ObjectMapper json = configure(new ObjectMapper());
    private final ObjectMapper smile = configure(new ObjectMapper(SmileFactory.builder()
            .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES).build()));
    /** The keys the snapshot on disk holds, as last read or written: a load that changes nothing writes nothing. */
    private volatile Set<String> inSnapshot = Set.of();

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

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Every plan kept, by its source's key: the snapshot's, and those ingested since (which win). */
    public Map<String, Plan> readAll() {
        Map<String, Plan> plans = new ConcurrentHashMap<>();
        List<Path> snapshots = files(SNAPSHOT_SUFFIX);
        // one shard a core: decoding is the cost, the files are read once each
        snapshots.parallelStream().forEach(file -> readSnapshot(file, plans));
        inSnapshot = Set.copyOf(plans.keySet());
        files(SUFFIX).parallelStream().forEach(file -> readOne(file).ifPresent(p -> plans.put(keyOf(file), p)));
        return plans;
    }

    private void readSnapshot(Path file, Map<String, Plan> plans) {
        ObjectReader reader = smile.readerFor(Kept.class);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             MappingIterator<Kept> kept = reader.readValues(in)) {
            while (kept.hasNextValue()) {
                Kept one = kept.nextValue();
                plans.put(one.key(), one.plan());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the parsed plans of {}, parsing their files again: {}", file, e.getMessage());
        }
    }

    private Optional<Plan> readOne(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(json.readValue(in, Plan.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the parsed plan {}, parsing its file again: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps a plan ingested between loads; a failure only costs a parse at the next start. */
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

    /**
     * Makes the snapshot hold exactly these plans (those of the sources loaded), unless it already does, and drops
     * the plans kept one by one. Each shard is replaced atomically; a crash between two leaves entries that are keyed
     * by their source's content, so a mixed snapshot is still right, only less complete.
     */
    public void keepOnly(Map<String, Plan> kept) {
        List<Path> singles = files(SUFFIX);
        if (kept.keySet().equals(inSnapshot) && singles.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            List<List<Kept>> shards = new ArrayList<>();
            for (int i = 0; i < SHARDS; i++) {
                shards.add(new ArrayList<>());
            }
            int n = 0;
            for (Map.Entry<String, Plan> e : kept.entrySet()) {
                shards.get(n++ % SHARDS).add(new Kept(e.getKey(), e.getValue()));
            }
            Set<Path> written = new HashSet<>();
            for (int i = 0; i < SHARDS; i++) {
                written.add(writeShard(i, shards.get(i)));
            }
            files(SNAPSHOT_SUFFIX).stream().filter(f -> !written.contains(f)).forEach(ParsedPlans::deleteTree);
            singles.forEach(ParsedPlans::deleteTree);
            inSnapshot = Set.copyOf(kept.keySet());
        } catch (IOException e) {
            LOG.warn("cannot keep the parsed plans in {}: {}", folder, e.getMessage());
        }
    }

    private Path writeShard(int shard, List<Kept> plans) throws IOException {
        Path target = folder.resolve(SNAPSHOT_PREFIX + shard + SNAPSHOT_SUFFIX);
        Path temporary = Files.createTempFile(folder, "plans", ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
             SequenceWriter writer = smile.writerFor(Kept.class).writeValues(out)) {
            for (Kept one : plans) {
                writer.write(one);
            }
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private List<Path> files(String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            LOG.warn("cannot list the parsed plans in {}: {}", folder, e.getMessage());
            return List.of();
        }
    }

    private static String keyOf(Path file) {
        return file.getFileName().toString().replace(SUFFIX, "");
    }

    private static void deleteTree(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", path, e.getMessage());
        }
    }
}
