package se.tuna.placement.participants.coach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who a participant's personal coach (personlig coach) is, since when, and who were before. A
 * coordinator assigns the coach; the coach then sees the participant's data.
 *
 * @param participantId the participant
 * @param coachId       the coach's account
 * @param since         the day the coach took over
 * @param assignedBy    the account that assigned them
 * @param assignedAt    when
 * @param earlier       the coaches before, oldest first
 */
public record CoachAssignment(String participantId, String coachId, LocalDate since, String assignedBy, Instant assignedAt,
        List<EarlierCoach> earlier) {

    public CoachAssignment {
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
    }

    /**
     * A coach the participant had before.
     *
     * @param coachId the coach's account
     * @param from    the first day
     * @param until   the last day
     */
    public record EarlierCoach(String coachId, LocalDate from, LocalDate until) {
    }
}
