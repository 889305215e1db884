package vn.troly.channels.handover;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.channels.config.DaemonThreads;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells a citizen, once, that nobody answered their hand-over in time. The status moves to timed_out in one
 * conditional update before the message is sent, so two replicas never both send it.
 */
@Context
public class HandoverSweep {

    private static final Logger LOG = LoggerFactory.getLogger(HandoverSweep.class);

    private final HandoverSettings settings;
    private final HandoverStore store;
    private final HandoverDelivery delivery;
    private final HandoverTexts texts;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("handover-sweep"));

    HandoverSweep(HandoverSettings settings, HandoverStore store, HandoverDelivery delivery, HandoverTexts texts, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.delivery = delivery;
        this.texts = texts;
        this.clock = clock;
        if (!settings.groups().isEmpty()) {
            long every = Math.max(10, settings.sweepEvery().toMillis());
            timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void sweep() {
        try {
            String span = span(settings.timeout());
            for (Handover h : store.overdue(clock.instant().minus(settings.timeout()))) {
                if (store.timeOut(h.id())) {
                    delivery.deliver(h, texts.get("timed_out", "question", HandoverTexts.cut(h.question(), 200), "span", span));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot sweep overdue hand-overs", e);
        }
    }

    /** The wait as a citizen reads it: "4 giờ", "30 phút". */
    static String span(Duration d) {
        if (d.toHours() >= 1 && d.toMinutesPart() == 0) {
            return d.toHours() + " giờ";
        }
        return d.toMinutes() >= 1 ? d.toMinutes() + " phút" : Math.max(1, d.toSeconds()) + " giây";
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
