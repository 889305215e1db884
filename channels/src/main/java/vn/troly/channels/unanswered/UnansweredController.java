package vn.troly.channels.unanswered;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Role;
import vn.troly.channels.audit.CsvCell;
import vn.troly.channels.identity.Access;
import vn.troly.channels.web.ApiException;
import vn.troly.channels.web.QueryInstant;
import vn.troly.channels.web.Field;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The unanswered-questions review: the admin reads every commune's, a leader their own commune's (another commune's
 * is refused), as JSON or as CSV for a spreadsheet.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/admin")
public class UnansweredController {

    private final Access access;
    private final UnansweredReview review;
    private final ZoneId zone;
    private final PlanLibrary library;

    public UnansweredController(Access access, UnansweredReview review, Clock clock, PlanLibrary library) {
        this.access = access;
        this.library = library;
        this.review = review;
        this.zone = clock.getZone();
    }

    @Get("/unanswered{?communeId,from,to}")
    public List<UnansweredGroup> list(HttpRequest<?> request, @Nullable @QueryValue String communeId,
                                      @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        return review.groups(instant(from, false), instant(to, true), commune(request, communeId));
    }

    /** The same groups as CSV (UTF-8 with BOM so Excel shows the Vietnamese correctly). */
    @Get(value = "/unanswered.csv{?communeId,from,to}", produces = "text/csv")
    public HttpResponse<byte[]> export(HttpRequest<?> request, @Nullable @QueryValue String communeId,
                                       @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        StringBuilder csv = new StringBuilder("\uFEFFquestion,count,statuses,communes,channels,first_asked,last_asked\r\n");
        for (UnansweredGroup g : review.groups(instant(from, false), instant(to, true), commune(request, communeId))) {
            csv.append(CsvCell.of(g.question())).append(',').append(g.count()).append(',')
                    .append(CsvCell.of(statuses(g.statuses()))).append(',').append(CsvCell.of(String.join(" ", g.communes())))
                    .append(',').append(CsvCell.of(String.join(" ", g.channels()))).append(',').append(g.firstAsked())
                    .append(',').append(g.lastAsked()).append("\r\n");
        }
        return HttpResponse.ok(csv.toString().getBytes(StandardCharsets.UTF_8)).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"cau-hoi-chua-tra-loi.csv\"");
    }

    /** The commune to review: any (or none) for the admin, the leader's own for a leader. */
    private String commune(HttpRequest<?> request, String asked) {
        Caller caller = access.signedIn(request);
        String communeId = asked == null || asked.isBlank() ? null : Field.COMMUNE_ID.check(asked.strip());
        // questions are recorded under the commune's id: an alias ("vinh-tru") asks for the same
        communeId = communeId == null ? null : library.findCommune(communeId).map(Commune::id).orElse(communeId);
        if (caller.role() == Role.ADMIN) {
            return communeId;
        }
        if (caller.role() != Role.LEADER) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "forbidden", "unanswered_leaders_only");
        }
        if (communeId != null && !communeId.equals(caller.communeId())) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "other_commune", "other_commune", "commune", communeId);
        }
        return caller.communeId();
    }

    private static String statuses(Map<String, Integer> statuses) {
        StringBuilder out = new StringBuilder();
        statuses.forEach((status, n) -> out.append(out.isEmpty() ? "" : " ").append(status).append('=').append(n));
        return out.toString();
    }

    private Instant instant(String text, boolean endOfDay) {
        return QueryInstant.of(text, endOfDay, zone);
    }
}
