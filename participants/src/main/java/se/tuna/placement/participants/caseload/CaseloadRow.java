package se.tuna.placement.participants.caseload;

import java.time.LocalDate;

import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.ExitOutcome;

/**
 * One participant's row of a caseload, its cells read but not yet checked against the domain's
 * rules ({@link CaseloadHistory} does that, through the steps themselves).
 *
 * @param line  the row number as the spreadsheet shows it (the header is row 1)
 * @param coach the personal coach's e-mail address, as their account has it
 */
public record CaseloadRow(int line, String participantId, String site, Gender gender, Compensation compensation,
        LocalDate queuedOn, LocalDate admittedOn, LocalDate enrolledOn, Consent consent, LocalDate readySince, String slotId,
        LocalDate studyVisitOn, LocalDate trialStart, LocalDate trialEnd, LocalDate currentPeriodEnd, Integer weeklyHours,
        LocalDate exitedOn, ExitOutcome outcome, String coach) {

    /** Whether the row names a placement under way. */
    boolean placed() {
        return slotId != null;
    }
}
