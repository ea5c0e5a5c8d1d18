package se.tuna.placement.participants.placement;

import java.time.Instant;
import java.util.List;

/**
 * What one run of the {@link SeatReconciliation} found and repaired: counts, and the placements
 * and slots (by id only) that a coordinator must look at. Nothing personal.
 *
 * @param startedAt            when the run began
 * @param finishedAt           when it ended
 * @param placementsChecked    placements read (current and kept ones)
 * @param slotsChecked         slots whose claims were read
 * @param seatsClaimed         active placements whose path needs a seat they lacked, now claimed
 * @param seatsRestated        seats brought to the kind or end day the path says (a booking back to a hold, handed over to AF, …)
 * @param seatsReleased        seats claimed for a placement whose path says the seat is free
 * @param orphanClaimsReleased seats claimed for a placement that no longer exists, or at a slot not its own
 * @param claimIdsUpdated      placements that named a claim other than the one their seat has (a lapsed hold, a crash before the id was stored)
 * @param phasesSettled        participants whose phase was brought to what their placement's path says
 * @param holdsLapsed          study visits whose hold has lapsed while the answer is awaited (no repair: the answer claims the seat again)
 * @param needsCoordinator     placements the run could not repair, at most {@link SeatReconciliation#MOST_LISTED}
 * @param needsCoordinatorTotal how many there were in all
 */
public record ReconciliationReport(Instant startedAt, Instant finishedAt, int placementsChecked, int slotsChecked, int seatsClaimed,
        int seatsRestated, int seatsReleased, int orphanClaimsReleased, int claimIdsUpdated, int phasesSettled, int holdsLapsed,
        List<Unresolved> needsCoordinator, int needsCoordinatorTotal) {

    public ReconciliationReport {
        needsCoordinator = List.copyOf(needsCoordinator);
    }

    /** How many seats and placements were changed. */
    public int repairs() {
        return seatsClaimed + seatsRestated + seatsReleased + orphanClaimsReleased + claimIdsUpdated + phasesSettled;
    }

    /** Whether everything agreed, or was made to: nothing is left for a coordinator. */
    public boolean settled() {
        return needsCoordinatorTotal == 0;
    }

    /**
     * A placement whose seat could not be brought to what its path says.
     *
     * @param placementId the placement
     * @param slotId      its slot
     * @param reason      why
     */
    public record Unresolved(String placementId, String slotId, Reason reason) {
    }

    /** Why a seat was left as it is. */
    public enum Reason {
        /** The path needs a seat and every seat of the slot is taken: a coordinator decides whom it goes to. */
        NO_FREE_SEAT,
        /** The path needs a seat and the slot takes no new participants (paused, withdrawn, past its last day). */
        SLOT_CLOSED,
        /** The placement's slot no longer exists. */
        SLOT_GONE,
        /** Reading or writing failed; the next run tries again. */
        FAILED
    }
}
