package vn.troly.knowledge.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParseException;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.search.KnowledgeIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.text.Normalizer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The plans the assistant knows: the sample corpus shipped with the app, a corpus folder, and plans uploaded later
 * (kept in the data folder), parsed and indexed. Lookups read an immutable snapshot, so they never wait for an ingest.
 */
public final class PlanLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(PlanLibrary.class);
    private static final String SAMPLE_INDEX = "/corpus/index.txt";

    private final PlanParser parser;
    private final AtomicLong version = new AtomicLong();
    private final KnowledgeIndex index;
    private final Path uploads;
    private final ParsedPlans parsed;
    private volatile Catalog catalog = Catalog.EMPTY;

    /**
     * @param parser  plan parser
     * @param index   the search index (persisted or in memory)
     * @param uploads folder where ingested plans are kept, or null to keep them in memory only
     */
    public PlanLibrary(PlanParser parser, KnowledgeIndex index, Path uploads) {
        this(parser, index, uploads, null);
    }

    /** @param parsed plans kept as parsed, read back instead of parsing their files again; null to parse every file */
    public PlanLibrary(PlanParser parser, KnowledgeIndex index, Path uploads, ParsedPlans parsed) {
        this.parser = parser;
        this.index = index;
        this.uploads = uploads;
        this.parsed = parsed;
    }

    /** Loads the sample corpus (optional), every plan file of the corpus folders, and earlier uploads. */
    public synchronized void load(boolean samples, List<Path> folders) {
        Map<String, Source> sources = new LinkedHashMap<>();
        if (samples) {
            for (String name : sampleNames()) {
                sources.put("sample:" + name, new Source(name, readResource("/corpus/" + name)));
            }
        }
        List<Path> all = new ArrayList<>(folders);
        if (uploads != null) {
            all.add(uploads);
        }
        for (Path folder : all) {
            for (Path file : planFiles(folder)) {
                try {
                    sources.put(file.toString(), new Source(file.getFileName().toString(), Files.readAllBytes(file)));
                } catch (IOException e) {
                    LOG.warn("cannot read plan file {}: {}", file, e.getMessage());
                }
            }
        }
        Map<String, Plan> plans = new LinkedHashMap<>();
        List<KnowledgeIndex.Entry> changed = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        int reused = 0;
        for (Source source : sources.values()) {
            try {
                String hash = hash(source.content());
                String key = hash((source.name() + "\n" + hash).getBytes(StandardCharsets.UTF_8));
                Optional<Plan> earlier = parsed == null ? Optional.empty() : parsed.read(key);
                Plan plan = earlier.isPresent() ? earlier.get() : parser.parse(source.name(), source.content());
                if (earlier.isPresent()) {
                    reused++;
                } else if (parsed != null) {
                    parsed.write(key, plan);
                }
                kept.add(key);
                if (!index.hasPlan(plan.id(), hash)) {
                    changed.add(new KnowledgeIndex.Entry(plan, hash));
                }
                plans.put(plan.id(), plan);
            } catch (PlanParseException e) {
                LOG.warn("skipping {}: {}", source.name(), e.getMessage());
            }
        }
        if (parsed != null) {
            parsed.keepOnly(kept);
        }
        if (!changed.isEmpty()) {
            index.replacePlans(changed);
        }
        LOG.info("{} of {} plans read back as parsed, {} indexed anew", reused, plans.size(), changed.size());
        catalog = new Catalog(plans);
        version.incrementAndGet();
        LOG.info("loaded {} plans, {} indicators, {} tasks", plans.size(), catalog.indicators.size(), catalog.tasks.size());
    }

    /**
     * Parses, keeps and indexes a new plan. A file that cannot be parsed throws and leaves the library unchanged; a
     * plan with the id of an earlier one (same commune and file name) replaces it.
     */
    public synchronized Plan ingest(String fileName, byte[] content) throws PlanParseException {
        String safeName = Path.of(fileName.replaceAll("[\\\\/:*?\"<>|]", "_")).getFileName().toString();
        Plan plan = parser.parse(safeName, content);
        if (uploads != null) {
            try {
                Files.createDirectories(uploads);
                Path temporary = Files.createTempFile(uploads, "upload", ".part");
                Files.write(temporary, content);
                Files.move(temporary, uploads.resolve(safeName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep uploaded plan " + safeName, e);
            }
        }
        String hash = hash(content);
        index.replacePlan(plan, hash);
        if (parsed != null) {
            parsed.write(hash((safeName + "\n" + hash).getBytes(StandardCharsets.UTF_8)), plan);
        }
        Map<String, Plan> plans = new LinkedHashMap<>(catalog.plans);
        plans.put(plan.id(), plan);
        catalog = new Catalog(plans);
        version.incrementAndGet();
        return plan;
    }

    /** Grows whenever the loaded plans change, so answers derived from them can be reused until then. */
    public long version() {
        return version.get();
    }

    public Collection<Plan> plans() {
        return catalog.plans.values();
    }

    public List<Plan> plans(String communeId) {
        return catalog.plansByCommune.getOrDefault(communeId, List.of());
    }

    public List<Commune> communes() {
        return catalog.communes;
    }

    public Optional<Commune> commune(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(catalog.communesById.get(id));
    }

    /**
     * The commune a user names: its id, or its name with or without diacritics and with or without "xã", "phường" or
     * "thị trấn" in front. Ids are made from names by the parser, so one rule serves plans, chat and web alike.
     */
    public Optional<Commune> findCommune(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        String id = parser.communeId(Normalizer.normalize(nameOrId.strip(), Normalizer.Form.NFC).replaceFirst("(?iu)^(xã|xa|phường|phuong|thị trấn|thi tran)\\s+", ""));
        return commune(id);
    }

    public Optional<Plan> plan(String planId) {
        return Optional.ofNullable(catalog.plans.get(planId));
    }

    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(catalog.indicators.get(id));
    }

    public Optional<Task> task(String id) {
        return Optional.ofNullable(catalog.tasks.get(id));
    }

    /** A commune's indicators, or every commune's for null. */
    public List<Indicator> indicators(String communeId) {
        return communeId == null ? List.copyOf(catalog.indicators.values())
                : catalog.indicatorsByCommune.getOrDefault(communeId, List.of());
    }

    /** A commune's tasks, or every commune's for null. */
    public List<Task> tasks(String communeId) {
        return communeId == null ? List.copyOf(catalog.tasks.values()) : catalog.tasksByCommune.getOrDefault(communeId, List.of());
    }

    public KnowledgeIndex index() {
        return index;
    }

    private static List<String> sampleNames() {
        String list = new String(readResource(SAMPLE_INDEX), StandardCharsets.UTF_8);
        return list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] readResource(String path) {
        try (InputStream in = PlanLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> planFiles(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).+\\.(txt|md|docx|pdf)$"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", folder, e.getMessage());
            return List.of();
        }
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Source(String name, byte[] content) {
    }

    /** One consistent view of every plan, rebuilt whenever a plan is added. */
    private static final class Catalog {
        static final Catalog EMPTY = new Catalog(Map.of());

        final Map<String, Plan> plans;
        final Map<String, Indicator> indicators = new LinkedHashMap<>();
        final Map<String, Task> tasks = new LinkedHashMap<>();
        /** Per commune, so a commune's lookups cost the same with five plans loaded as with thousands. */
        final Map<String, List<Plan>> plansByCommune = new HashMap<>();
        final Map<String, List<Indicator>> indicatorsByCommune = new HashMap<>();
        final Map<String, List<Task>> tasksByCommune = new HashMap<>();
        final Map<String, Commune> communesById = new HashMap<>();
        final List<Commune> communes;

        Catalog(Map<String, Plan> plans) {
            this.plans = new LinkedHashMap<>(plans);
            for (Plan plan : plans.values()) {
                plan.indicators().forEach(i -> indicators.put(i.id(), i));
                plan.tasks().forEach(t -> tasks.put(t.id(), t));
                communesById.putIfAbsent(plan.communeId(), new Commune(plan.communeId(), plan.commune(), plan.province()));
                plansByCommune.computeIfAbsent(plan.communeId(), k -> new ArrayList<>()).add(plan);
            }
            indicators.values().forEach(i -> indicatorsByCommune.computeIfAbsent(i.communeId(), k -> new ArrayList<>()).add(i));
            tasks.values().forEach(t -> tasksByCommune.computeIfAbsent(t.communeId(), k -> new ArrayList<>()).add(t));
            // callers share these lists: none may change them
            plansByCommune.replaceAll((k, v) -> List.copyOf(v));
            indicatorsByCommune.replaceAll((k, v) -> List.copyOf(v));
            tasksByCommune.replaceAll((k, v) -> List.copyOf(v));
            this.communes = communesById.values().stream().sorted(Comparator.comparing(Commune::id)).toList();
        }
    }
}
