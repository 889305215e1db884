package vn.troly.knowledge.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParseException;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.search.KnowledgeIndex;

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
        Map<String, Plan> earlier = parsed == null ? Map.of() : parsed.readAll();
        // read back or parsed on every core
        List<Source.Loaded> loaded = new ArrayList<>(sources.values()).parallelStream().map(s -> Source.load(s, earlier, parser)).toList();
        int reused = 0;
        for (Source.Loaded one : loaded) {
            if (one.plan() == null) {
                LOG.warn("skipping {}: {}", one.source().name(), one.error().getMessage());
                continue;
            }
            Plan plan = one.plan();
            reused += one.reused() ? 1 : 0;
            kept.put(one.key(), plan);
            loadedSources.put(one.source().name(), one.key());
            indexed.add(new KnowledgeIndex.Entry(plan, one.hash()));
            plans.put(plan.id(), plan);
        }
        if (!index.holdsExactly(indexed)) {
            indexed.stream().filter(e -> !index.hasPlan(e.plan().id(), e.hash())).forEach(changed::add);
            index.keepOnly(plans.keySet());
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
     * plan of the same commune's name from a file of the same name replaces the earlier one, also when its province
     * (so its id) changed.
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
        Plan plan = parser.parse(safeName, content, new PlanParser.Placement(given));
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
        List<String> replaced = plans.values().stream().filter(p -> !p.id().equals(plan.id())
                && p.sourceFile().equals(safeName) && CommuneIds.bare(p.communeId()).equals(CommuneIds.bare(plan.communeId())))
                .map(Plan::id).toList();
        replaced.forEach(id -> {
            plans.remove(id);
            index.removePlan(id);
        });
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

    private Catalog catalog() {
        Catalog building = staged.get();
        return building != null ? building : catalog;
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
     * "thị trấn" in front; empty when it names none, or several ({@link #communesNamed}).
     */
    public Optional<Commune> findCommune(String nameOrId) {
        List<Commune> named = communesNamed(nameOrId);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The communes a user names, as {@link #findCommune}: one, or each commune of a name that several provinces share
     * ("vinh-tru", "Vĩnh Trụ") for the caller to ask which, or none. Ids are made from names by the parser, so one
     * rule serves plans, chat and web alike.
     */
    public List<Commune> communesNamed(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return List.of();
        }
        // "ninh-binh/vinh-tru", "Ninh Bình/Vĩnh Trụ": a province, then the commune
        String[] parts = nameOrId.strip().split("/", 2);
        String name = parts[parts.length - 1];
        String id = parser.communeId(Normalizer.normalize(name, Normalizer.Form.NFC).replaceFirst("(?iu)^(xã|xa|phường|phuong|thị trấn|thi tran)\\s+", ""));
        Catalog current = catalog();
        return current.ids.named(parts.length == 2 ? parser.communeId(parts[0]) + "/" + id : id).stream()
                .sorted().map(current.communesById::get).toList();
    }

    /** What ids written before every commune's id carried its province stand for now ({@link LegacyIds}). */
    public LegacyIds legacyIds() {
        return catalog().legacy;
    }

    /** A plan by its id, or by the one its commune's bare name gave it while that name is unique. */
    public Optional<Plan> plan(String planId) {
        Catalog current = catalog();
        return planId == null ? Optional.empty() : Optional.ofNullable(current.plans.getOrDefault(planId, current.plans.get(current.ids.row(planId))));
    }

    /** An indicator by its id, or by the one its commune's bare name gave it while that name is unique. */
    public Optional<Indicator> indicator(String id) {
        Catalog current = catalog();
        return id == null ? Optional.empty() : Optional.ofNullable(current.indicators.getOrDefault(id, current.indicators.get(current.ids.row(id))));
    }

    /** A task by its id, or by the one its commune's bare name gave it while that name is unique. */
    public Optional<Task> task(String id) {
        Catalog current = catalog();
        return id == null ? Optional.empty() : Optional.ofNullable(current.tasks.getOrDefault(id, current.tasks.get(current.ids.row(id))));
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
