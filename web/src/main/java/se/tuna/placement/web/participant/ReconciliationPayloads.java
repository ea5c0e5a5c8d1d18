package se.tuna.placement.web.participant;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import se.tuna.placement.participants.placement.ReconciliationReport.Reason;

/** The JSON shape of a seat reconciliation's report: counts and ids, nothing personal. */
public final class ReconciliationPayloads {

    private ReconciliationPayloads() {
    }

    /** One run: what it checked, what it repaired, and what is left for a coordinator. */
    public record ReconciliationResponse(
            Instant startedAt,
            Instant finishedAt,
            @Schema(description = "The admin's account that asked for the run; empty for the start-up and scheduled runs") String askedBy,
            int placementsChecked,
            int slotsChecked,
            @Schema(description = "All repairs: the counts below that change something") int repairs,
            @Schema(description = "Active placements whose path needs a seat they lacked, now claimed") int seatsClaimed,
            @Schema(description = "Seats brought to the kind or last day the path says") int seatsRestated,
            @Schema(description = "Seats held for a path that says the seat is free, now released") int seatsReleased,
            @Schema(description = "Seats held for a placement that no longer exists, or at a slot not its own, now released")
            int orphanClaimsReleased,
            @Schema(description = "Placements that named a claim other than their seat's, now naming it") int claimIdsUpdated,
            @Schema(description = "Participants whose phase was brought to what their placement's path says") int phasesSettled,
            @Schema(description = "Study visits whose hold has lapsed while the answer is awaited (not repaired)") int holdsLapsed,
            @Schema(description = "Placements left for a coordinator, at most 200") List<UnresolvedResponse> needsCoordinator,
            int needsCoordinatorTotal) {
    }

    /** A placement whose seat could not be brought to what its path says, and why. */
    public record UnresolvedResponse(String placementId, String slotId, Reason reason) {
    }
}
