package vn.troly.channels.web;

import jakarta.inject.Singleton;
import vn.troly.channels.handover.HandoverDesk;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The communes with the size of their plans, worked out once per version of the plan library: the web page asks for
 * the list on every load, and at national scale it holds thousands of communes.
 */
@Singleton
public class CommuneSummaries {

    /**
     * A commune with the size of its plans.
     *
     * @param qualifiedId the id with the province ("ninh-binh/vinh-tru"), which every request accepts too
     * @param handover    the commune has an officials' group: the web page offers "Chuyển cho cán bộ"
     */
    public record CommuneSummary(String id, String qualifiedId, String name, String province, String provinceId,
                                 int plans, int indicators, int tasks, boolean handover) {
    }

    /** The key of {@link #inProvince} for the communes whose plans name no province. */
    public static final String NO_PROVINCE = "-";

    /** A province with how many communes have a plan loaded. */
    public record ProvinceSummary(String id, String name, int communes) {
    }

    private record Computed(long version, List<CommuneSummary> all, Map<String, List<CommuneSummary>> byProvince,
                            List<ProvinceSummary> provinces) {
    }

    private final PlanLibrary library;
    /** Its groups are configuration: fixed for the process, so the cached lists stay right. */
    private final HandoverDesk handovers;
    private volatile Computed computed = new Computed(-1, List.of(), Map.of(), List.of());

    public CommuneSummaries(PlanLibrary library, HandoverDesk handovers) {
        this.library = library;
        this.handovers = handovers;
    }

    /** Every commune, in the library's order. */
    public List<CommuneSummary> all() {
        return computed().all();
    }

    /**
     * The communes of a province, by its id ("ninh-binh"), or those of no province ({@link #NO_PROVINCE}); empty for a
     * province without plans.
     */
    public List<CommuneSummary> inProvince(String provinceId) {
        return computed().byProvince().getOrDefault(provinceId, List.of());
    }

    /** The provinces of the loaded plans, by name. */
    public List<ProvinceSummary> provinces() {
        return computed().provinces();
    }

    public CommuneSummary of(Commune c) {
        return new CommuneSummary(c.id(), c.qualifiedId(), c.name(), c.province(), c.provinceId(),
                library.plans(c.id()).size(), library.indicators(c.id()).size(), library.tasks(c.id()).size(),
                handovers.reachable(c.id()));
    }

    private Computed computed() {
        long version = library.version();
        Computed current = computed;
        if (current.version() != version) {
            // two requests racing here compute the same lists: cheaper than making every reader wait on a lock
            List<CommuneSummary> all = library.communes().stream().map(this::of).toList();
            Map<String, List<CommuneSummary>> byProvince = all.stream()
                    .collect(Collectors.groupingBy(c -> c.provinceId() == null ? NO_PROVINCE : c.provinceId(),
                            LinkedHashMap::new, Collectors.toUnmodifiableList()));
            List<ProvinceSummary> provinces = byProvince.values().stream().filter(list -> list.get(0).provinceId() != null)
                    .map(list -> new ProvinceSummary(list.get(0).provinceId(), list.get(0).province(), list.size()))
                    .sorted(Comparator.comparing(ProvinceSummary::id)).toList();
            current = new Computed(version, all, byProvince, provinces);
            computed = current;
        }
        return current;
    }
}
