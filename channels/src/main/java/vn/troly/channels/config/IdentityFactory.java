package vn.troly.channels.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.troly.channels.audit.AuditEvent;
import vn.troly.channels.audit.AuditLog;
import vn.troly.channels.durable.GroupCommit;
import vn.troly.channels.identity.User;
import vn.troly.channels.identity.UserStore;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.ValueStore;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wires registered users and the audit trail, which also hears every value the store commits. */
@Factory
public class IdentityFactory {

    /** Reporters are stored as "Name (user id)" (see Caller.reporter). */
    private static final Pattern REPORTER_ID = Pattern.compile("\\(([^()]+)\\)$");

    @Singleton
    UserStore userStore(DataSource dataSource) {
        return new UserStore(dataSource);
    }

    @Singleton
    AuditLog auditLog(GroupCommit commits, DataSource dataSource, Clock clock, ValueStore values, UserStore users) {
        AuditLog log = new AuditLog(commits, dataSource, clock);
        // the value's 201 waits for its audit row too: an acknowledged value is never missing from the trail
        values.onAppend(stored -> log.record(stored.stream().map(v -> valueEvent(v, users)).toList()));
        return log;
    }

    private static AuditEvent valueEvent(IndicatorValue v, UserStore users) {
        Matcher m = REPORTER_ID.matcher(v.reportedBy() == null ? "" : v.reportedBy());
        Optional<User> user = m.find() ? users.byId(m.group(1)) : Optional.empty();
        String role = user.map(u -> u.role().name().toLowerCase(Locale.ROOT))
                .orElse("connector".equals(v.channel()) ? "system" : String.valueOf(v.reportedBy()).toLowerCase(Locale.ROOT));
        String detail = "#" + v.id() + " " + v.indicatorId() + " = " + (v.value() != null ? v.value() : v.text())
                + (v.unit() == null ? "" : " " + v.unit()) + " (ngày " + v.asOf() + ") bởi " + v.reportedBy()
                + (v.source() == null ? "" : ", nguồn: " + v.source()) + (v.suspect() ? ", cần kiểm tra" : "");
        return new AuditEvent(0, null, user.map(User::id).orElse(null), role.length() > 20 ? "reporter" : role, v.channel(),
                v.communeId(), AuditEvent.VALUE, detail);
    }
}
