package se.tuna.placement.web.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The JSON shapes of coach assignments and stand-ins. */
public final class CoachingPayloads {

    private CoachingPayloads() {
    }

    /** A personal coach to choose from. */
    public record CoachResponse(String id, String displayName, Set<String> sites) {
    }

    /** Make a coach the participant's coach, from a day (today when left out). */
    public record CoachAssignmentRequest(@NotBlank String coachId, LocalDate since) {
    }

    /** A participant's coach, and those before. */
    public record CoachAssignmentResponse(String participantId, String coachId, String coachName, LocalDate since,
            String assignedBy, Instant assignedAt, List<EarlierCoachResponse> earlier) {
    }

    /** A coach the participant had before. */
    public record EarlierCoachResponse(String coachId, String coachName, LocalDate from, LocalDate until) {
    }

    /** A coach stands in for another who is away, for the participants of one site, from one day to another. */
    public record StandInRequest(@NotBlank String absentCoachId, @NotBlank String standInCoachId, @NotBlank String site,
            @NotNull LocalDate from, @NotNull LocalDate until) {
    }

    /** A stand-in arrangement. */
    public record StandInResponse(String id, String absentCoachId, String absentCoachName, String standInCoachId,
            String standInCoachName, String site, LocalDate from, LocalDate until, String madeBy, Instant madeAt) {
    }
}
