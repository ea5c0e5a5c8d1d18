package se.tuna.placement.reports.sus;

import java.time.LocalDate;
import java.util.Objects;

import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.ExitOutcome;

/**
 * One exit to register in SUS, the federations' shared follow-up: who by the platform's
 * pseudonymous references only, when, where to, and what they lived on. Nothing else of the
 * person: no name, no personal identity number, no limitation, diagnosis or note.
 *
 * @param stintId       the stint's id, the reference every exit has (an anonymous record's too)
 * @param participantId the participant's pseudonymous id; {@code null} for an anonymous record (consent declined, or
 *                      anonymised after the retention period)
 * @param site          the programme site (verksamhet)
 * @param enrolledOn    the day they were enrolled (inskrivna)
 * @param exitedOn      the stint's last day (avslutade)
 * @param outcome       where they went on to
 * @param compensation  what they lived on at the exit: the last compensation recorded
 */
public record SusExit(String stintId, String participantId, String site, LocalDate enrolledOn, LocalDate exitedOn,
        ExitOutcome outcome, Compensation compensation) {

    public SusExit {
        Objects.requireNonNull(stintId, "stintId");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(enrolledOn, "enrolledOn");
        Objects.requireNonNull(exitedOn, "exitedOn");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(compensation, "compensation");
    }
}
