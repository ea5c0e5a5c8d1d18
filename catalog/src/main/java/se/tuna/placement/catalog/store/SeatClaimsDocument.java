package se.tuna.placement.catalog.store;

import java.util.List;

/**
 * The id of a stored slot and its seat claims, read on their own.
 *
 * @param id         slot id
 * @param seatClaims holds and bookings
 */
public record SeatClaimsDocument(String id, List<SeatClaimDocument> seatClaims) {
}
