package vn.troly.channels.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.troly.channels.web.CommuneSummaries.ProvinceSummary;

import java.util.List;

/** The provinces whose communes have plans loaded: a page picks the province, then the commune. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/provinces")
public class ProvinceController {

    private final CommuneSummaries summaries;

    public ProvinceController(CommuneSummaries summaries) {
        this.summaries = summaries;
    }

    @Get
    public List<ProvinceSummary> provinces() {
        return summaries.provinces();
    }
}
