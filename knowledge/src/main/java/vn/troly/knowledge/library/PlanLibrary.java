package vn.troly.knowledge.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParseException;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.search.KnowledgeIndex;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.text.Normalizer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The plans the assistant knows: the sample corpus shipped with the app, a corpus folder, and plans uploaded later
 * (kept in the data folder), parsed and indexed. Lookups read an immutable snapshot, so they never wait for an ingest.
 */
public final class PlanLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(PlanLibrary.class);

    private final PlanParser parser;
    private final AtomicLong version = new AtomicLong();
    private final KnowledgeIndex index;
    private final Path uploads;
    private final ParsedPlans parsed;
    /**
     * File name → {@link PlanSources#key} of the version loaded: a replica's start need not ingest again the uploads
     * its data folder holds.
     */
    private final Map<String, String> loadedSources = new ConcurrentHashMap<>();
    private volatile Catalog catalog = Catalog.EMPTY;
    /**
     * The catalog being published, seen only by the thread that runs the listeners: they rebuild from the new plans
     * while every other reader still sees the old ones, so no question finds a plan whose commune's name is not known.
     */
    private final ThreadLocal<Catalog> staged = new ThreadLocal<>();
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

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
            for (String name : PlanSources.sampleNames()) {
                sources.put("sample:" + name, new Source(name, () -> PlanSources.readResource("/corpus/" + name), null));
            }
        }
        List<Path> all = new ArrayList<>(folders);
        if (uploads != null) {
            all.add(uploads);
        }
        for (Path folder : all) {
            for (Path file : PlanSources.planFiles(folder)) {
                sources.put(file.toString(), new Source(file.getFileName().toString(), () -> PlanSources.read(file),
                        PlanSources.givenProvince(file)));
            }
        }
        Map<String, Plan> plans = new LinkedHashMap<>();
        List<KnowledgeIndex.Entry> changed = new ArrayList<>();
        List<KnowledgeIndex.Entry> indexed = new ArrayList<>();
        Map<String, Plan> kept = new HashMap<>();
        Map<String, String> provinceOfCommune = new HashMap<>();
        Map<String, Plan> earlier = parsed == null ? Map.of() : parsed.readAll();
        // read back or parsed on every core; which commune holds a shared name is settled after, in file order
        List<Source.Loaded> loaded = new ArrayList<>(sources.values()).parallelStream().map(s -> Source.load(s, earlier, parser)).toList();
        int reused = 0;
        for (Source.Loaded one : loaded) {
            if (one.plan() == null) {
                LOG.warn("skipping {}: {}", one.source().name(), one.error().getMessage());
                continue;
            }
            Plan plan = one.plan();
            reused += one.reused() ? 1 : 0;
            if (collides(plan, provinceOfCommune)) {
                try {
                    plan = parser.parse(one.source().name(), one.source().content().get(), new PlanParser.Placement(one.source().province(), true));
                } catch (PlanParseException | UncheckedIOException e) {
                    LOG.warn("skipping {}: {}", one.source().name(), e.getMessage());
                    continue;
                }
            }
            kept.put(one.key(), plan);
            loadedSources.put(one.source().name(), one.key());
            provinceOfCommune.putIfAbsent(plan.communeId(), provinceKey(plan.province()));
            indexed.add(new KnowledgeIndex.Entry(plan, one.hash()));
            plans.put(plan.id(), plan);
        }
        if (!index.holdsExactly(indexed)) {
            indexed.stream().filter(e -> !index.hasPlan(e.plan().id(), e.hash())).forEach(changed::add);
        }
        if (parsed != null) {
            parsed.keepOnly(kept);
        }
        if (!changed.isEmpty()) {
            index.replacePlans(changed);
        }
        index.record(indexed);
        LOG.info("{} of {} plans read back as parsed, {} indexed anew", reused, plans.size(), changed.size());
        publish(plans);
        LOG.info("loaded {} plans, {} indicators, {} tasks", plans.size(), catalog().indicators.size(), catalog().tasks.size());
    }

    /**
     * Parses, keeps and indexes a new plan. A file that cannot be parsed throws and leaves the library unchanged; a
     * plan with the id of an earlier one (same commune and file name) replaces it.
     */
    public Plan ingest(String fileName, byte[] content) throws PlanParseException {
        return ingest(fileName, content, null);
    }

    /**
     * As {@link #ingest(String, byte[])}, the commune placed in the province given (kept beside the file, so it holds
     * after a restart) instead of the one the plan names; null for the plan's own.
     */
    public synchronized Plan ingest(String fileName, byte[] content, String province) throws PlanParseException {
        String safeName = PlanSources.safeName(fileName);
        String given = PlanSources.given(province);
        Map<String, String> provinceOfCommune = new HashMap<>();
        catalog().communes.forEach(c -> provinceOfCommune.put(c.id(), provinceKey(c.province())));
        catalog().plans.values().stream().filter(p -> p.sourceFile().equals(safeName))
                .forEach(p -> provinceOfCommune.remove(p.communeId()));
        Plan plan = parse(new Source(safeName, () -> content, given), provinceOfCommune);
        if (uploads != null) {
            PlanSources.keep(uploads, safeName, content, given);
        }
        String key = PlanSources.key(safeName, PlanSources.hash(content), given);
        index.replacePlan(plan, PlanSources.hash(content));
        loadedSources.put(safeName, key);
        if (parsed != null) {
            parsed.write(key, plan);
        }
        Map<String, Plan> plans = new LinkedHashMap<>(catalog().plans);
        plans.put(plan.id(), plan);
        publish(plans);
        return plan;
    }

    /**
     * Runs at every change of the loaded plans, on the thread that changed them (a start or an upload, never a
     * question), with the version about to be published: what is worked out from the plans is rebuilt there, and
     * {@link #version()} grows only once every listener is done, so whoever waits for the new version (the commune
     * list, another replica's test) finds the communes' names and the rest rebuilt too.
     */
    public void onChange(LongConsumer listener) {
        listeners.add(listener);
    }

    private void publish(Map<String, Plan> plans) {
        long next = version.get() + 1;
        Catalog published = new Catalog(plans, parser::communeId);
        staged.set(published);
        try {
            for (LongConsumer listener : listeners) {
                try {
                    listener.accept(next);
                } catch (RuntimeException e) {
                    LOG.error("cannot update what is worked out from the plans", e);
                }
            }
        } finally {
            staged.remove();
        }
        catalog = published;
        version.set(next);
    }

    /**
     * Parses a source, its commune placed in its province; when another province's commune already holds the id of
     * its name, the id carries the province too ("dong-nai/vinh-tru"), so both coexist.
     *
     * @param provinceOfCommune the province (as {@link #provinceKey}) of each commune id taken so far
     */
    private Catalog catalog() {
        Catalog building = staged.get();
        return building != null ? building : catalog;
    }

    private Plan parse(Source source, Map<String, String> provinceOfCommune) throws PlanParseException {
        byte[] content = source.content().get();
        Plan plan = parser.parse(source.name(), content, new PlanParser.Placement(source.province(), false));
        return collides(plan, provinceOfCommune)
                ? parser.parse(source.name(), content, new PlanParser.Placement(source.province(), true)) : plan;
    }

    /** Whether a commune of another province already holds the id of this plan's commune. */
    private boolean collides(Plan plan, Map<String, String> provinceOfCommune) {
        String holder = provinceOfCommune.get(plan.communeId());
        return plan.province() != null && holder != null && !holder.isEmpty() && !holder.equals(provinceKey(plan.province()));
    }

    /** A province's name compared without case or diacritics, "" for none. */
    private String provinceKey(String province) {
        return province == null ? "" : parser.communeId(province);
    }

    /** Whether the version of a file loaded now is this one (same content and given province). */
    public boolean holds(String fileName, byte[] content, String province) {
        String name = PlanSources.safeName(fileName);
        return PlanSources.key(name, PlanSources.hash(content), PlanSources.given(province)).equals(loadedSources.get(name));
    }

    /** Grows whenever the loaded plans change, so answers derived from them can be reused until then. */
    public long version() {
        return version.get();
    }

    public Collection<Plan> plans() {
        return catalog().plans.values();
    }

    public List<Plan> plans(String communeId) {
        Catalog current = catalog();
        return current.plansByCommune.getOrDefault(current.resolve(communeId), List.of());
    }

    public List<Commune> communes() {
        return catalog().communes;
    }

    public Optional<Commune> commune(String id) {
        Catalog current = catalog();
        return id == null ? Optional.empty() : Optional.ofNullable(current.communesById.get(current.resolve(id)));
    }

    /**
     * The commune a user names: its id, or its name with or without diacritics and with or without "xã", "phường" or
     * "thị trấn" in front. Ids are made from names by the parser, so one rule serves plans, chat and web alike.
     */
    public Optional<Commune> findCommune(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        // "ninh-binh/vinh-tru", "Ninh Bình/Vĩnh Trụ": a province, then the commune
        String[] parts = nameOrId.strip().split("/", 2);
        String name = parts[parts.length - 1];
        String id = parser.communeId(Normalizer.normalize(name, Normalizer.Form.NFC).replaceFirst("(?iu)^(xã|xa|phường|phuong|thị trấn|thi tran)\\s+", ""));
        return commune(parts.length == 2 ? parser.communeId(parts[0]) + "/" + id : id);
    }

    public Optional<Plan> plan(String planId) {
        return Optional.ofNullable(catalog().plans.get(planId));
    }

    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(catalog().indicators.get(id));
    }

    public Optional<Task> task(String id) {
        return Optional.ofNullable(catalog().tasks.get(id));
    }

    /** A commune's indicators, or every commune's for null. */
    public List<Indicator> indicators(String communeId) {
        Catalog current = catalog();
        return communeId == null ? List.copyOf(current.indicators.values())
                : current.indicatorsByCommune.getOrDefault(current.resolve(communeId), List.of());
    }

    /** A commune's tasks, or every commune's for null. */
    public List<Task> tasks(String communeId) {
        Catalog current = catalog();
        return communeId == null ? List.copyOf(current.tasks.values())
                : current.tasksByCommune.getOrDefault(current.resolve(communeId), List.of());
    }

    public KnowledgeIndex index() {
        return index;
    }
}
