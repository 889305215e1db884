package vn.troly.channels.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.troly.channels.web.CommuneSummaries.CommuneSummary;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.plan.Task;

import java.util.List;

/** Communes and what their plans hold. Off the event loop: every call reads the plan library. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/communes")
public class CommuneController {

    private final PlanLibrary library;
    private final CommuneSummaries summaries;
    /** Makes a province's id from its name, as the plans' communes get theirs. */
    private final PlanParser parser;

    public CommuneController(PlanLibrary library, CommuneSummaries summaries, PlanParser parser) {
        this.library = library;
        this.summaries = summaries;
        this.parser = parser;
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

    /**
     * Every commune, or a province's ("?province=ninh-binh" or its name, "Ninh Bình"), or those whose plans name no
     * province ("?province=-").
     */
    @Get
    public List<CommuneSummary> communes(@QueryValue @Nullable String province) {
        if (province == null || province.isBlank()) {
            return summaries.all();
        }
        if (province.equals(CommuneSummaries.NO_PROVINCE)) {
            return summaries.inProvince(CommuneSummaries.NO_PROVINCE);
        }
        String id = parser.communeId(province);
        if (summaries.provinces().stream().noneMatch(p -> p.id().equals(id))) {
            throw ApiException.of(HttpStatus.NOT_FOUND, "unknown_province", "unknown_province", "name", province);
        }
        return summaries.inProvince(id);
    }

    /** One commune by id, by its bare id while unique, or by name ("Vĩnh Trụ", "xa vinh tru"). */
    @Get("/{id}")
    public CommuneSummary commune(@PathVariable String id) {
        return summaries.of(NamedCommune.require(library, id));
    }

    @Get("/{id}/indicators")
    public CommuneIndicators indicators(@PathVariable String id) {
        Commune commune = NamedCommune.require(library, id);
        return new CommuneIndicators(commune, library.indicators(commune.id()), library.tasks(commune.id()));
    }

    @Get("/{id}/plans")
    public List<PlanSummary> plans(@PathVariable String id) {
        return library.plans(NamedCommune.require(library, id).id()).stream().map(PlanSummary::of).toList();
    }
}
