package se.tuna.placement.participants.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.store.BulkResult;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.PlacementSeats;
import se.tuna.placement.participants.stint.StintRepository;

/**
 * Writes a {@link DemoHistory} into an empty node whose bank is the one it was generated for: each
 * placement under way claims the seat its path says through the catalog's {@link SeatBooking}
 * ({@link PlacementSeats}: keyed by the placement's id, as its steps would), then the stints, the placements and the participants go
 * in one bulk request each. A slot whose seats are all taken refuses the booking, so the history
 * never overbooks a slot.
 */
public class DemoHistoryWriter {

    private final ParticipantRepository participants;
    private final StintRepository stints;
    private final PlacementRepository placements;
    private final SeatBooking booking;

    public DemoHistoryWriter(ParticipantRepository participants, StintRepository stints, PlacementRepository placements,
            SeatBooking booking) {
        this.participants = participants;
        this.stints = stints;
        this.placements = placements;
        this.booking = booking;
    }

    /** @throws IllegalStateException if a document could not be written */
    public void write(DemoHistory history) {
        List<Placement> withSeats = new ArrayList<>(history.placements().size());
        for (Placement placement : history.placements()) {
            withSeats.add(PlacementSeats.seated(booking, placement));
        }
        requireWritten("stints", stints.createAll(history.stints()), history.stints().size());
        requireWritten("placements", placements.createAll(withSeats), withSeats.size());
        requireWritten("participants", participants.writeAll(history.participants(), Map.of()), history.participants().size());
        participants.refresh();
    }

    private static void requireWritten(String what, BulkResult result, int expected) {
        if (result.written().size() != expected) {
            throw new IllegalStateException("The demo's " + what + " were not all written: " + result.written().size() + " of "
                    + expected + ", " + result.conflicted().size() + " existed, failures " + result.failed());
        }
    }
}
