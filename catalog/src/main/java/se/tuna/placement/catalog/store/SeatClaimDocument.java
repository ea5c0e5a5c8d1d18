package se.tuna.placement.catalog.store;

import java.time.Instant;

/**
 * A stored hold or booking of a seat.
 *
 * @param id        claim id
 * @param kind      {@code HOLD} or {@code BOOKING}
 * @param reference what it is for
 * @param claimedAt when
 * @param expiresAt when a hold lapses
 */
public record SeatClaimDocument(String id, String kind, String reference, Instant claimedAt, Instant expiresAt) {
}
