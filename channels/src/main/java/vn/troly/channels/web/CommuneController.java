package vn.troly.channels.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Task;

import java.util.List;

/** Communes and what their plans hold. */
@Controller("/api/communes")
public class CommuneController {

    private final PlanLibrary library;

    public CommuneController(PlanLibrary library) {
        this.library = library;
    }

    /** A commune with the size of its plans. */
    public record CommuneSummary(String id, String name, String province, int plans, int indicators, int tasks) {
    }

    /** A commune's indicators and tasks. */
    public record CommuneIndicators(Commune commune, List<Indicator> indicators, List<Task> tasks) {
    }

    /** A plan without its appendix rows. */
    public record PlanSummary(String id, String title, String number, Object date, String signer, String province,
                              String sourceFile, int indicators, int tasks, Object sections) {
        public static PlanSummary of(Plan plan) {
            return new PlanSummary(plan.id(), plan.title(), plan.number(), plan.date(), plan.signer(), plan.province(),
                    plan.sourceFile(), plan.indicators().size(), plan.tasks().size(), plan.sections());
        }
    }

    @Get
    public List<CommuneSummary> communes() {
        return library.communes().stream().map(this::summary).toList();
    }

    /** One commune by id or by name ("Vĩnh Trụ", "xa vinh tru"). */
    @Get("/{id}")
    public CommuneSummary commune(@PathVariable String id) {
        return library.findCommune(id).map(this::summary).orElseThrow(() -> ApiException.unknownCommune(id));
    }

    private CommuneSummary summary(Commune c) {
        return new CommuneSummary(c.id(), c.name(), c.province(),
                library.plans(c.id()).size(), library.indicators(c.id()).size(), library.tasks(c.id()).size());
    }

    @Get("/{id}/indicators")
    public CommuneIndicators indicators(@PathVariable String id) {
        Commune commune = library.commune(id).orElseThrow(() -> ApiException.unknownCommune(id));
        return new CommuneIndicators(commune, library.indicators(id), library.tasks(id));
    }

    @Get("/{id}/plans")
    public List<PlanSummary> plans(@PathVariable String id) {
        library.commune(id).orElseThrow(() -> ApiException.unknownCommune(id));
        return library.plans(id).stream().map(PlanSummary::of).toList();
    }
}
