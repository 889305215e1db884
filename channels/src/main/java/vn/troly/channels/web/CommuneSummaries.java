package vn.troly.channels.web;

import jakarta.inject.Singleton;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.List;

/**
 * The communes with the size of their plans, worked out once per version of the plan library: the web page asks for
 * the list on every load, and at national scale it holds thousands of communes.
 */
@Singleton
public class CommuneSummaries {

    /** A commune with the size of its plans. */
    public record CommuneSummary(String id, String name, String province, int plans, int indicators, int tasks) {
    }

    private record Computed(long version, List<CommuneSummary> all) {
    }

    private final PlanLibrary library;
    private volatile Computed computed = new Computed(-1, List.of());

    public CommuneSummaries(PlanLibrary library) {
        this.library = library;
    }

    /** Every commune, in the library's order. */
    public List<CommuneSummary> all() {
        long version = library.version();
        Computed current = computed;
        if (current.version() != version) {
            // two requests racing here compute the same list: cheaper than making every reader wait on a lock
            current = new Computed(version, library.communes().stream().map(this::of).toList());
            computed = current;
        }
        return current.all();
    }

    public CommuneSummary of(Commune c) {
        return new CommuneSummary(c.id(), c.name(), c.province(),
                library.plans(c.id()).size(), library.indicators(c.id()).size(), library.tasks(c.id()).size());
    }
}
