package vn.troly.channels.values;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import vn.troly.channels.identity.Access;
import vn.troly.assistant.answer.Caller;
import vn.troly.channels.web.ApiException;
import vn.troly.channels.web.Field;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.values.AsOf;
import vn.troly.knowledge.values.DeviationCheck;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.Progress;
import vn.troly.knowledge.values.ProgressCalculator;
import vn.troly.knowledge.values.ValueRejectedException;
import vn.troly.knowledge.values.ValueReport;
import vn.troly.knowledge.values.ValueStore;
import vn.troly.knowledge.values.ValueValidator;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;

/** Reporting indicator values over REST and reading their history. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/indicators/{id}/values")
public class ValuesController {

    private final PlanLibrary library;
    private final ValueStore store;
    private final ValueValidator validator;
    private final ProgressCalculator calculator;
    private final Access auth;
    private final Clock clock;
    private final DeviationCheck deviations;

    public ValuesController(PlanLibrary library, ValueStore store, ValueValidator validator, ProgressCalculator calculator,
                            Access auth, Clock clock, DeviationCheck deviations) {
        this.library = library;
        this.store = store;
        this.validator = validator;
        this.calculator = calculator;
        this.auth = auth;
        this.clock = clock;
        this.deviations = deviations;
    }

    /** What the indicator's history looks like now. */
    public record ValuesView(String indicatorId, String name, String status, Progress progress, List<IndicatorValue> history) {
    }

    @Post
    public HttpResponse<Map<String, Object>> report(HttpRequest<?> request, @PathVariable("id") String pathId, @Body Map<String, Object> body) {
        String id = rowId(pathId);
        Caller caller = auth.requireReporter(request, library.indicator(id).stream().toList());
        Object value = body == null ? null : body.get("value");
        ValueReport report = new ValueReport(id, value == null ? null : Field.VALUE_TEXT.check(String.valueOf(value)),
                Field.AS_OF.check(text(body, "asOf")), Field.SOURCE.check(text(body, "source")),
                Field.NOTE.check(text(body, "note")), caller.reporter(), "api");
        try {
            IndicatorValue candidate = validator.validate(report);
            Indicator indicator = library.indicator(id).orElseThrow();
            Optional<DeviationCheck.Deviation> deviation = deviations.check(indicator, candidate, store.history(id));
            IndicatorValue stored = store.append(deviation.isPresent() ? DeviationCheck.suspect(candidate) : candidate);
            Progress progress = calculator.progress(indicator, store.history(id), AsOf.today(clock));
            Map<String, Object> created = new LinkedHashMap<>();
            created.put("value", stored);
            created.put("status", progress.status().code());
            created.put("progress", progress);
            // stored, but flagged: the summary lists it as suspect until someone confirms or corrects it
            created.put("warning", deviation.map(d -> d.kind() == DeviationCheck.Deviation.Kind.JUMP
                    ? "Giá trị thay đổi " + Math.round(Math.abs(d.delta())) + " điểm so với lần báo cáo trước; đã đánh dấu cần kiểm tra."
                    : "Giá trị giảm so với lần báo cáo trước trong khi chỉ tiêu chỉ tăng dần; đã đánh dấu cần kiểm tra.").orElse(null));
            return HttpResponse.created(created);
        } catch (ValueRejectedException e) {
            throw new ApiException(e.code().equals("unknown_indicator") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                    e.code(), e.getMessage());
        }
    }

    @Get
    public ValuesView history(HttpRequest<?> request, @PathVariable("id") String pathId) {
        String id = rowId(pathId);
        Indicator indicator = library.indicator(id).orElseThrow(() -> ApiException.of(HttpStatus.NOT_FOUND, "unknown_indicator", "unknown_indicator", "id", id));
        auth.requireReader(request, indicator.communeId());
        List<IndicatorValue> history = store.history(id);
        Progress progress = calculator.progress(indicator, history, AsOf.today(clock));
        return new ValuesView(id, indicator.name(), progress.status().code(), progress, history);
    }

    /** The row's id now, for one its commune's bare name gave it before ids carried the province; values are kept by it. */
    private String rowId(String id) {
        return library.indicator(id).map(Indicator::id).orElse(id);
    }

    private static String text(Map<String, Object> body, String key) {
        Object v = body == null ? null : body.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
