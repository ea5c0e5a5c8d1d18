package se.tuna.placement.participants.coach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the coach indices hold. */
public final class CoachDocuments {

    private CoachDocuments() {
    }

    /** A participant's coach, stored under the participant's id. */
    public record AssignmentDocument(String participantId, String coachId, LocalDate since, String assignedBy,
            Instant assignedAt, List<EarlierCoachDocument> earlier) {
    }

    /** A coach the participant had before. */
    public record EarlierCoachDocument(String coachId, LocalDate from, LocalDate until) {
    }

    /** A stand-in arrangement. */
    public record StandInDocument(String id, String absentCoachId, String standInCoachId, String site, LocalDate from,
            LocalDate until, String madeBy, Instant madeAt) {
    }
}
