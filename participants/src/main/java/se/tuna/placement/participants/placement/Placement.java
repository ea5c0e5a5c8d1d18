package se.tuna.placement.participants.placement;

import java.time.Instant;

import se.tuna.placement.participants.placement.path.PlacementPath;

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
 * @param path          its path from the study visit to its end, where it stands and what the seat must be
 * @param decidedBy     the account of the coordinator who decided it
 * @param decidedByName their name when they decided it
 * @param decidedAt     when
 * @param planJobId     the plan it came from, or {@code null} if decided from a suggestion or by hand
 * @param agreement     what was agreed with the employer, or {@code null} until it is recorded
 * @param choice        which slot was ranked first, which was chosen and why; {@code null} for a placement decided before
 *                      choices were recorded
 */
public record Placement(String id, String reference, String participantId, String slotId, String employerId, String seatClaimId,
        PlacementPath path, String decidedBy, String decidedByName, Instant decidedAt, String planJobId,
        PlacementAgreement agreement, Choice choice) {

    public Placement withSeatClaim(String claimId) {
        return new Placement(id, reference, participantId, slotId, employerId, claimId, path, decidedBy, decidedByName, decidedAt,
                planJobId, agreement, choice);
    }

    /** The same placement under another id, e.g. an ended one kept when the participant's next placement takes its place. */
    public Placement withId(String newId) {
        return new Placement(newId, reference, participantId, slotId, employerId, seatClaimId, path, decidedBy, decidedByName, decidedAt,
                planJobId, agreement, choice);
    }

    public Placement withPath(PlacementPath newPath) {
        return new Placement(id, reference, participantId, slotId, employerId, seatClaimId, newPath, decidedBy, decidedByName, decidedAt,
                planJobId, agreement, choice);
    }

    public Placement withAgreement(PlacementAgreement newAgreement) {
        return new Placement(id, reference, participantId, slotId, employerId, seatClaimId, path, decidedBy, decidedByName, decidedAt,
                planJobId, newAgreement, choice);
    }
}
