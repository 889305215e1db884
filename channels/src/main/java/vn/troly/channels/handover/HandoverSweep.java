package vn.troly.channels.handover;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.channels.config.DaemonThreads;

import java.time.Clock;
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
            for (Handover h : store.overdue(clock.instant().minus(settings.timeout()))) {
                if (store.timeOut(h.id(), clock.instant())) {
                    delivery.deliver(h, texts.timedOut(h, settings.timeout()));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot sweep overdue hand-overs", e);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
