package se.tuna.placement.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, to see what happens a while later (links and tokens expiring,
 * waits running out, stand-ins starting and ending) without waiting for it.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    private MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock standing at {@code now}, in UTC. */
    public static MutableClock at(Instant now) {
        return new MutableClock(now, ZoneOffset.UTC);
    }

    /** A clock standing at the present moment, in UTC; it only moves when told. */
    public static MutableClock now() {
        return at(Instant.now());
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new ZonedView(this, newZone);
    }

    /** The same moving instant seen in another zone (as {@code LocalDate.now(clock.withZone(..))} asks for). */
    private static final class ZonedView extends Clock {

        private final MutableClock clock;
        private final ZoneId zone;

        private ZonedView(MutableClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new ZonedView(clock, newZone);
        }
    }
}
