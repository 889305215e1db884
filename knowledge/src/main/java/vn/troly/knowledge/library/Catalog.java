package vn.troly.knowledge.library;

import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One consistent view of every plan, rebuilt whenever a plan is added, with each commune's plans and rows at hand so
 * a commune's lookups cost the same with five plans loaded as with thousands.
 */
final class Catalog {

    static final Catalog EMPTY = new Catalog(Map.of(), id -> id);

    final Map<String, Plan> plans;
    final Map<String, Indicator> indicators = new LinkedHashMap<>();
    final Map<String, Task> tasks = new LinkedHashMap<>();
    final Map<String, List<Plan>> plansByCommune = new HashMap<>();
    final Map<String, List<Indicator>> indicatorsByCommune = new HashMap<>();
    final Map<String, List<Task>> tasksByCommune = new HashMap<>();
    final Map<String, Commune> communesById = new LinkedHashMap<>();
    /** The bare names ("vinh-tru") the communes whose ids carry their province ("ninh-binh/vinh-tru") answer to. */
    final CommuneIds ids;
    final LegacyIds legacy;
    final List<Commune> communes;

    /** @param slug turns a province's name into the first part of an id ("Ninh Bình" → "ninh-binh") */
    Catalog(Map<String, Plan> plans, UnaryOperator<String> slug) {
        this.plans = new LinkedHashMap<>(plans);
        for (Plan plan : plans.values()) {
            plan.indicators().forEach(i -> indicators.put(i.id(), i));
            plan.tasks().forEach(t -> tasks.put(t.id(), t));
            communesById.putIfAbsent(plan.communeId(), new Commune(plan.communeId(), plan.commune(), plan.province(),
                    plan.province() == null ? null : slug.apply(plan.province())));
            plansByCommune.computeIfAbsent(plan.communeId(), k -> new ArrayList<>()).add(plan);
        }
        indicators.values().forEach(i -> indicatorsByCommune.computeIfAbsent(i.communeId(), k -> new ArrayList<>()).add(i));
        tasks.values().forEach(t -> tasksByCommune.computeIfAbsent(t.communeId(), k -> new ArrayList<>()).add(t));
        // callers share these lists: none may change them
        plansByCommune.replaceAll((k, v) -> List.copyOf(v));
        indicatorsByCommune.replaceAll((k, v) -> List.copyOf(v));
        tasksByCommune.replaceAll((k, v) -> List.copyOf(v));
        ids = new CommuneIds(communesById.values(), communesById.keySet());
        legacy = new LegacyIds(ids.legacy(), id -> indicators.containsKey(id) || tasks.containsKey(id) || this.plans.containsKey(id));
        // by name as before provinces were in every id, so lists of communes read alike
        this.communes = communesById.values().stream()
                .sorted(Comparator.comparing((Commune c) -> CommuneIds.bare(c.id())).thenComparing(Commune::id)).toList();
    }

    /** The id of the commune an id or alias names, or the id itself when none. */
    String resolve(String id) {
        return ids.resolve(id);
    }
}
