package vn.troly.channels.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock, set by the test: with {@code test.clock} (an instant) the service's one {@link Clock} bean
 * becomes this one, so "today", the day values are recorded and the day reports are seen from move as the test says.
 */
public final class MovableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Puts the movable clock in place of the service's clock, in the service's time zone. */
    @Singleton
    @Requires(property = "test.clock")
    static final class Installer implements BeanCreatedEventListener<Clock> {

        private final String start;

        Installer(@Value("${test.clock}") String start) {
            this.start = start;
        }

        @Override
        public Clock onCreated(BeanCreatedEvent<Clock> event) {
            Clock real = event.getBean();
            return real instanceof MovableClock ? real : new MovableClock(Instant.parse(start), real.getZone());
        }
    }
}
