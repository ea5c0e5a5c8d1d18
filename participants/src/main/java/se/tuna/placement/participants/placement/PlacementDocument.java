package se.tuna.placement.participants.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.tuna.placement.catalog.store.TimeWindowDocument;

/**
 * A placement as the {@code placements} index holds it. {@code status} is only ever read: placements
 * stored before their path was (index version 2) have it and no steps; {@code stage} is written
 * from the path for lists to filter on.
 */
public record PlacementDocument(String id, String reference, String participantId, String slotId, String employerId, String seatClaimId,
        String status, String stage, List<PathStepDocument> steps, String decidedBy, String decidedByName, Instant decidedAt,
        String planJobId, AgreementDocument agreement, ChoiceDocument choice) {

    /** Which slot was ranked first, which was chosen, and why another (see {@code Choice}). */
    public record ChoiceDocument(String firstSlotId, String chosenSlotId, String reason) {
    }

    /** What was agreed with the employer. */
    public record AgreementDocument(LocalDate start, Integer weeklyHours, List<TimeWindowDocument> schedule, Set<String> support,
            SharedFirstNameDocument sharedFirstName, String agreedBy, Instant agreedAt) {
    }

    /** A first name shared with consent. */
    public record SharedFirstNameDocument(String firstName, String consentRecordedBy, Instant consentRecordedAt) {
    }
}
