package se.tuna.placement.participants.placement;

import java.time.Instant;

/**
 * A placement (placering) of a participant at a training slot, decided by a signed-in
 * coordinator; never by the solver, which only proposes (GDPR art. 22).
 *
 * @param id            stable id, derived from the participant: one current placement each
 * @param reference     the short reference used with the employer, see {@link PlacementReference}
 * @param participantId the participant
 * @param slotId        the training slot
 * @param employerId    its employer
 * @param seatClaimId   the booking of the seat it takes; {@code null} for the moment between decision and booking
 * @param status        where it stands
 * @param decidedBy     the account of the coordinator who decided it
 * @param decidedByName their name when they decided it
 * @param decidedAt     when
 * @param planJobId     the plan it came from, or {@code null} if decided from a suggestion or by hand
 * @param agreement     what was agreed with the employer, or {@code null} until it is recorded
 */
public record Placement(String id, String reference, String participantId, String slotId, String employerId, String seatClaimId,
        PlacementStatus status, String decidedBy, String decidedByName, Instant decidedAt, String planJobId,
        PlacementAgreement agreement) {

    public Placement withSeatClaim(String claimId) {
        return new Placement(id, reference, participantId, slotId, employerId, claimId, status, decidedBy, decidedByName, decidedAt,
                planJobId, agreement);
    }

    public Placement withAgreement(PlacementAgreement newAgreement) {
        return new Placement(id, reference, participantId, slotId, employerId, seatClaimId, status, decidedBy, decidedByName, decidedAt,
                planJobId, newAgreement);
    }
}
