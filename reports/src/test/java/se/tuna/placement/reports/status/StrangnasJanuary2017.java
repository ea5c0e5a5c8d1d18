package se.tuna.placement.reports.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.ExitOutcome;

/**
 * Strängnäs's status report of January 2017 (seed {@code 001_…}) as counts, for the tests of what
 * is made of a report: 40 active (8 mapping, 6 waiting, 26 in work training), 23 women and 17 men,
 * compensation 6 / 6 / 23 / 4 / 1, 52 exits since the start (7 work, 3 studies, 8 AF; the other 34
 * split here, as the seed does not). Intake, waiting and placements are made up, small enough that
 * an export for outside the programme has something to withhold.
 */
public final class StrangnasJanuary2017 {

    private StrangnasJanuary2017() {
    }

    public static StatusReport report() {
        List<ExitOutcome> exits = new ArrayList<>();
        exits.addAll(Collections.nCopies(7, ExitOutcome.WORK));
        exits.addAll(Collections.nCopies(3, ExitOutcome.STUDIES));
        exits.addAll(Collections.nCopies(8, ExitOutcome.HANDED_OVER_TO_AF));
        exits.addAll(Collections.nCopies(2, ExitOutcome.USUAL_EMPLOYER));
        exits.addAll(Collections.nCopies(14, ExitOutcome.BACK_TO_CARE));
        exits.addAll(Collections.nCopies(5, ExitOutcome.SOCIAL_PSYCHIATRY));
        exits.addAll(Collections.nCopies(6, ExitOutcome.BELOW_AF_LEVEL));
        exits.addAll(Collections.nCopies(7, ExitOutcome.OTHER));
        LocalDate asOf = LocalDate.of(2017, 1, 16);
        return report(List.of("strangnas"), new ReportPeriod(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30), asOf),
                new Participation(40, Map.of(ReportPhase.MAPPING, 8L, ReportPhase.WAITING, 6L, ReportPhase.STUDY_VISIT, 0L,
                        ReportPhase.IN_WORK_TRAINING, 26L), new BigDecimal("38.8"), 40,
                        Map.of(Gender.FEMALE, 23L, Gender.MALE, 17L, Gender.OTHER, 0L, Gender.UNSTATED, 0L),
                        Map.of(Compensation.INCOME_SUPPORT, 6L, Compensation.ACTIVITY_SUPPORT, 6L, Compensation.SICKNESS_BENEFIT, 23L,
                                Compensation.ACTIVITY_COMPENSATION, 4L, Compensation.NONE, 1L), 0),
                ExitCounts.of(exits), ExitCounts.of(List.of()));
    }

    /** A report of these counts, with the intake, waiting and placements of {@link #report()}. */
    public static StatusReport report(List<String> sites, ReportPeriod period, Participation participation, ExitCounts sinceStart,
            ExitCounts inPeriod) {
        WaitingTimes waiting = new WaitingTimes(Days.of(List.of(28, 35, 42, 49, 56, 63)), Days.of(List.of(14)), Days.NONE,
                List.of(new WaitingTimes.WaitingOnDay(period.asOf(), Days.of(List.of(20, 30)))));
        return new StatusReport(sites, period, participation, new Intake(12, 10, 9), waiting, sinceStart, inPeriod,
                new PlacementFigures(6, 4, 3, new BigDecimal("75.0"), 3, new BigDecimal("61.3"), 5, 2));
    }
}
