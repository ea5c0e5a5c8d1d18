package se.tuna.placement.participants.placement;

import java.time.LocalDate;

import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.participants.placement.path.SeatEffect;

/**
 * A placement's seat, as the catalog's seat booking keeps it: every claim is keyed by the placement
 * id, so each state is reached the same way however often it is asked for, and releasing a seat that
 * is already free is done.
 */
final class PlacementSeat implements SeatEffect.Seat {

    private final SeatBooking booking;
    private final Placement placement;

    PlacementSeat(SeatBooking booking, Placement placement) {
        this.booking = booking;
        this.placement = placement;
    }

    @Override
    public void hold(LocalDate until) {
        booking.holdThrough(placement.slotId(), placement.id(), until);
    }

    @Override
    public void book() {
        booking.book(placement.slotId(), placement.id());
    }

    @Override
    public void handOverToAf(LocalDate until) {
        booking.handOverToAf(placement.slotId(), placement.id(), until);
    }

    @Override
    public void release() {
        booking.releaseFor(placement.slotId(), placement.id());
    }
}
