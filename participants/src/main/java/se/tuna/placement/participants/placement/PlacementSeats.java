package se.tuna.placement.participants.placement;

import se.tuna.placement.catalog.booking.SeatBooking;

/**
 * Brings the seat of a placement written in bulk (the demo's history, an imported caseload) to what
 * its path says, through the catalog's seat booking keyed by the placement id as its steps would:
 * so repeating it claims nothing twice, and a full slot refuses it with a conflict.
 */
public final class PlacementSeats {

    private PlacementSeats() {
    }

    /** The placement naming the seat its path needs, claimed now; an ended placement as it is (it needs none). */
    public static Placement seated(SeatBooking booking, Placement placement) {
        if (!placement.path().stage().isActive()) {
            return placement;
        }
        PlacementSeat seat = new PlacementSeat(booking, placement);
        placement.path().seat().applyTo(seat);
        return placement.withSeatClaim(seat.claimId().orElse(null));
    }
}
