package vn.troly.channels.values;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import vn.troly.channels.identity.Access;
import vn.troly.channels.web.Field;
import vn.troly.channels.web.NamedCommune;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.values.AsOf;
import vn.troly.knowledge.values.CommuneSummary;
import vn.troly.knowledge.values.SummaryBuilder;

import java.time.YearMonth;
import java.time.Clock;
import java.time.LocalDate;
import io.micronaut.core.annotation.Nullable;

/** Leader summaries: JSON and a chart. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/communes/{id}")
public class SummaryController {

    private final PlanLibrary library;
    private final SummaryBuilder summaries;
    private final SummaryChart chart;
    private final MonthlyReport report;
    private final Access auth;
    private final Clock clock;

    public SummaryController(PlanLibrary library, SummaryBuilder summaries, SummaryChart chart, MonthlyReport report,
                             Access auth, Clock clock) {
        this.library = library;
        this.summaries = summaries;
        this.chart = chart;
        this.report = report;
        this.auth = auth;
        this.clock = clock;
    }

    /** Where the commune stands today, or as of an earlier day (?asOf=yyyy-MM-dd: only what was known then). */
    @Get("/summary{?asOf}")
    public CommuneSummary summary(HttpRequest<?> request, @PathVariable String id, @Nullable String asOf) {
        String communeId = NamedCommune.require(library, id).id();
        auth.requireReader(request, communeId);
        return summaries.summary(communeId, day(asOf));
    }

    @Get(value = "/summary.png{?asOf}", produces = MediaType.IMAGE_PNG)
    public HttpResponse<byte[]> png(HttpRequest<?> request, @PathVariable String id, @Nullable String asOf) {
        Commune commune = NamedCommune.require(library, id);
        auth.requireReader(request, commune.id());
        return HttpResponse.ok(chart.png(summaries.summary(commune.id(), day(asOf)), commune.name()))
                .contentType(MediaType.IMAGE_PNG_TYPE);
    }

    /** What the chart draws, for the web page to draw it as HTML: sharp at any width. */
    @Get("/summary/chart{?asOf}")
    public ChartData chartData(HttpRequest<?> request, @PathVariable String id, @Nullable String asOf) {
        String communeId = NamedCommune.require(library, id).id();
        auth.requireReader(request, communeId);
        return ChartData.of(summaries.summary(communeId, day(asOf)));
    }

    /** Today, or the day asked if it is not later than today. */
    private AsOf day(String asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = Field.day(asOf, "asOf", today);
        return new AsOf(day.isAfter(today) ? today : day, clock.getZone());
    }

    /** A Word draft of the monthly report; ?month=YYYY-MM, this month by default. */
    @Get(value = "/report.docx{?month}", produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public HttpResponse<byte[]> report(HttpRequest<?> request, @PathVariable String id, @Nullable String month) {
        Commune commune = NamedCommune.require(library, id);
        auth.requireReader(request, commune.id());
        YearMonth period = Field.month(month, YearMonth.now(clock));
        byte[] docx = report.docx(commune, period);
        return HttpResponse.ok(docx).contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", "attachment; filename=\"bao-cao-" + commune.id().replace('/', '-') + "-" + period + ".docx\"");
    }
}
