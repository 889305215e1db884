package vn.troly.channels.audit;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import vn.troly.channels.identity.Access;
import vn.troly.channels.web.QueryInstant;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.time.Clock;

/** Admins read and export the audit trail. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/admin")
public class AuditController {

    private static final int MAX_ROWS = 10_000;

    private final Access access;
    private final AuditLog log;
    private final ZoneId zone;

    public AuditController(Access access, AuditLog log, Clock clock) {
        this.access = access;
        this.log = log;
        this.zone = clock.getZone();
    }

    @Get("/audit{?from,to,userId,kind,limit}")
    public List<AuditEvent> find(HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                 @Nullable @QueryValue String userId, @Nullable @QueryValue String kind,
                                 @Nullable @QueryValue Integer limit) {
        access.requireAdmin(request);
        return log.find(query(from, to, userId, kind, limit == null ? 200 : Math.min(limit, MAX_ROWS)));
    }

    /** The same rows as CSV (UTF-8 with BOM so Excel shows the Vietnamese correctly). */
    @Get(value = "/audit.csv{?from,to,userId,kind}", produces = "text/csv")
    public HttpResponse<byte[]> export(HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                       @Nullable @QueryValue String userId, @Nullable @QueryValue String kind) {
        access.requireAdmin(request);
        StringBuilder csv = new StringBuilder("\uFEFFid,at,user_id,role,channel,commune_id,kind,detail\r\n");
        for (AuditEvent e : log.find(query(from, to, userId, kind, MAX_ROWS))) {
            csv.append(e.id()).append(',').append(e.at()).append(',').append(CsvCell.of(e.userId())).append(',')
                    .append(CsvCell.of(e.role())).append(',').append(CsvCell.of(e.channel())).append(',')
                    .append(CsvCell.of(e.communeId())).append(',').append(CsvCell.of(e.kind())).append(',')
                    .append(CsvCell.of(e.detail())).append("\r\n");
        }
        return HttpResponse.ok(csv.toString().getBytes(StandardCharsets.UTF_8)).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"nhat-ky.csv\"");
    }

    private AuditLog.Query query(String from, String to, String userId, String kind, int limit) {
        return new AuditLog.Query(instant(from, false), instant(to, true), blank(userId), blank(kind), limit);
    }

    private Instant instant(String text, boolean endOfDay) {
        return QueryInstant.of(text, endOfDay, zone);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
