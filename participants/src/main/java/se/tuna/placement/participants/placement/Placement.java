package se.tuna.placement.participants.placement;

import java.time.Instant;

/**
 * A placement (placering) of a participant at a training slot, decided by a named coordinator;
 * never by the solver, which only proposes (GDPR art. 22).
 *
 * @param id            stable id, derived from the participant: one current placement each
 * @param participantId the participant
 * @param slotId        the training slot
 * @param employerId    its employer
 * @param seatClaimId   the booking of the seat it takes; {@code null} for the moment between decision and booking
 * @param status        where it stands
 * @param decidedBy     the coordinator who decided it
 * @param decidedAt     when
 * @param planJobId     the plan it came from, or {@code null} if decided from a suggestion or by hand
 */
public record Placement(String id, String participantId, String slotId, String employerId, String seatClaimId,
        PlacementStatus status, String decidedBy, Instant decidedAt, String planJobId) {

    public Placement withSeatClaim(String claimId) {
        return new Placement(id, participantId, slotId, employerId, claimId, status, decidedBy, decidedAt, planJobId);
    }
}
