package se.tuna.placement.catalog.domain;

import java.time.Instant;

/**
 * One seat of a training slot taken by a hold or a booking (platsreservation / bokning).
 *
 * @param id        unique id, returned to whoever claimed it and needed to release it
 * @param kind      hold (temporary, e.g. during a study visit), booking, or held by Arbetsförmedlingen after a hand-over
 * @param reference what the seat is for, e.g. a placement id; never personal data
 * @param claimedAt when it was claimed
 * @param expiresAt when a hold or a hand-over lapses by itself; {@code null} for bookings
 */
public record SeatClaim(String id, Kind kind, String reference, Instant claimedAt, Instant expiresAt) {

    /**
     * A hold keeps a seat for a while; a booking keeps it until released; a hand-over keeps it for
     * Arbetsförmedlingen (överlämnad till AF) until the last day of the period AF stated, then lapses.
     */
    public enum Kind {
        HOLD,
        BOOKING,
        AF_HANDOVER
    }

    /** Whether the claim still takes a seat at {@code now}: bookings always, holds and hand-overs until they lapse. */
    public boolean isActiveAt(Instant now) {
        return kind == Kind.BOOKING || expiresAt == null || expiresAt.isAfter(now);
    }
}
