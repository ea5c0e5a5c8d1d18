package se.tuna.placement.participants.placement.path;

import java.time.Instant;
import java.util.Objects;

/**
 * Who recorded a step and when. The step's own date says when it happened; the two differ when a
 * step is recorded late or imported from the time before the platform.
 *
 * @param by the account that recorded it
 * @param at when it was recorded
 */
public record Recorded(String by, Instant at) {

    public Recorded {
        // The service fills both from the signed-in account and its clock: a missing one is a bug, not an input.
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
