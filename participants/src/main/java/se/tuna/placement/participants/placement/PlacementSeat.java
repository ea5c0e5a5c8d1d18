package se.tuna.placement.participants.placement;

import java.time.LocalDate;
import java.util.Optional;

import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.participants.placement.path.SeatEffect;

/**
 * A placement's seat, as the catalog's seat booking keeps it: every claim is keyed by the placement
 * id, so each state is reached the same way however often it is asked for, and releasing a seat that
 * is already free is done.
 */
final class PlacementSeat implements SeatEffect.Seat {

    private final SeatBooking booking;
    private final Placement placement;
    private SeatClaim claimed;

    PlacementSeat(SeatBooking booking, Placement placement) {
        this.booking = booking;
        this.placement = placement;
    }

    @Override
    public void hold(LocalDate until) {
        claimed = booking.holdThrough(placement.slotId(), placement.id(), until);
    }

    @Override
    public void book() {
        claimed = booking.book(placement.slotId(), placement.id());
    }

    @Override
    public void handOverToAf(LocalDate until) {
        claimed = booking.handOverToAf(placement.slotId(), placement.id(), until);
    }

    @Override
    public void release() {
        booking.releaseFor(placement.slotId(), placement.id());
        claimed = null;
    }

    /** The claim the last hold, booking or hand-over left the seat with; empty if none was made or it was released. */
    Optional<SeatClaim> claim() {
        return Optional.ofNullable(claimed);
    }

    /** The id of {@link #claim()}. */
    Optional<String> claimId() {
        return claim().map(SeatClaim::id);
    }
}
