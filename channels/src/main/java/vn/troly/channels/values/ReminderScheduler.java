package vn.troly.channels.values;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import vn.troly.channels.config.DaemonThreads;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the reminders once a month (default the 15th at 08:00, in the assistant's time zone). The schedule is worked
 * out from the injected clock, so tests move time instead of waiting.
 */
@Context
public class ReminderScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    private final Reminders reminders;
    private final Clock clock;
    private final int dayOfMonth;
    private final int hour;
    private final boolean enabled;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("reminders"));

    public ReminderScheduler(Reminders reminders, Clock clock,
                             @Value("${assistant.reminders.enabled:true}") boolean enabled,
                             @Value("${assistant.reminders.day-of-month:15}") int dayOfMonth,
                             @Value("${assistant.reminders.hour:8}") int hour) {
        this.reminders = reminders;
        this.clock = clock;
        this.enabled = enabled;
        this.dayOfMonth = Math.max(1, Math.min(28, dayOfMonth));
        this.hour = Math.max(0, Math.min(23, hour));
        if (enabled) {
            scheduleNext();
        }
    }

    /** The first run strictly after a moment. */
    public ZonedDateTime nextRun(ZonedDateTime after) {
        ZonedDateTime candidate = after.withDayOfMonth(dayOfMonth).withHour(hour).withMinute(0).withSecond(0).withNano(0);
        return candidate.isAfter(after) ? candidate : candidate.plusMonths(1);
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = nextRun(now);
        long delay = Duration.between(now, next).toMillis();
        executor.schedule(() -> {
            try {
                int sent = reminders.send(LocalDateTime.now(clock).toLocalDate()).size();
                LOG.info("sent {} monthly reminders", sent);
            } catch (RuntimeException e) {
                LOG.error("monthly reminders failed", e);
            } finally {
                scheduleNext();
            }
        }, delay, TimeUnit.MILLISECONDS);
        LOG.debug("next reminders at {}", next);
    }

    public boolean enabled() {
        return enabled;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
