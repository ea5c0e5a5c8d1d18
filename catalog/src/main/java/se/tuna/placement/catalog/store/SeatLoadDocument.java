package se.tuna.placement.catalog.store;

import java.util.List;

/**
 * The few fields of a stored slot that tell who carries its participants, read on their own.
 *
 * @param employerId employer
 * @param supervisor supervisor
 * @param seatClaims holds and bookings
 */
public record SeatLoadDocument(String employerId, String supervisor, List<SeatClaimDocument> seatClaims) {
}
