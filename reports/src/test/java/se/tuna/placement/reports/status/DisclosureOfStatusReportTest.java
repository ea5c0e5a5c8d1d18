package se.tuna.placement.reports.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.reports.disclosure.DisclosedTable;

/** Strängnäs's report of January 2017 (seed {@code 001_…}) as its tables, suppressed. */
class DisclosureOfStatusReportTest {

    @Test
    void withTheSettingOffNothingIsHidden() {
        assertThat(StatusReportCountTables.of(strangnas()).suppress(0)).noneMatch(DisclosedTable::hidesAny);
    }

    @Test
    void atThreeTheLoneOneWithoutCompensationAndTheTwoBackToTheirEmployerAreHidden() {
        Map<String, DisclosedTable> tables = byName(StatusReportCountTables.of(strangnas()).suppress(3));
        // Compensation: the 1 with none takes the smallest other, the 4 on activity compensation.
        assertThat(hidden(tables.get(StatusReportCountTables.COMPENSATIONS))).containsExactly("ACTIVITY_COMPENSATION", "NONE");
        // Exits: the 2 back to their employer take social psychiatry (5), not studies (3, the smallest): with
        // studies hidden, the goal "work or studies 10" less work 7 would give studies, so work would go too,
        // and then 52 less the printed outcomes less the goal's 10 would give the 2 alone: 3 + 7 + 5 in all.
        assertThat(hidden(tables.get(StatusReportCountTables.EXITS_SINCE_START))).containsExactly("USUAL_EMPLOYER", "SOCIAL_PSYCHIATRY");
        assertThat(tables.get(StatusReportCountTables.EXITS_SINCE_START).total().orElseThrow().hidden()).isFalse();
        assertThat(tables.values()).filteredOn(table -> !table.name().equals(StatusReportCountTables.COMPENSATIONS)
                && !table.name().equals(StatusReportCountTables.EXITS_SINCE_START)).noneMatch(DisclosedTable::hidesAny);
    }

    @Test
    void aSiteWithTwoActiveHidesTheActiveInEveryTable() {
        StatusReport two = report(List.of("Eskilstuna"), strangnas().period(), new Participation(2,
                Map.of(ReportPhase.MAPPING, 2L), null, 0, Map.of(Gender.FEMALE, 1L, Gender.MALE, 1L),
                Map.of(Compensation.SICKNESS_BENEFIT, 2L), 0), ExitCounts.of(List.of()), ExitCounts.of(List.of()));
        Map<String, DisclosedTable> tables = byName(StatusReportCountTables.of(two).suppress(3));
        assertThat(tables.get(StatusReportCountTables.PHASES).total().orElseThrow().hidden()).isTrue();
        assertThat(hidden(tables.get(StatusReportCountTables.PHASES))).containsExactly("MAPPING");
        assertThat(hidden(tables.get(StatusReportCountTables.GENDERS))).containsExactly("FEMALE", "MALE");
        assertThat(hidden(tables.get(StatusReportCountTables.COMPENSATIONS))).containsExactly("SICKNESS_BENEFIT");
        assertThat(hidden(tables.get(StatusReportCountTables.AGES_KNOWN))).containsExactly(StatusReportCountTables.UNKNOWN);
    }

    @Test
    void activeWithoutACompensationGetTheirOwnCell() {
        StatusReport report = report(List.of("Eskilstuna"), strangnas().period(), new Participation(10,
                Map.of(ReportPhase.MAPPING, 10L), null, 0, Map.of(Gender.FEMALE, 10L),
                Map.of(Compensation.SICKNESS_BENEFIT, 9L), 0), ExitCounts.of(List.of()), ExitCounts.of(List.of()));
        assertThat(StatusReportCountTables.of(report).table(StatusReportCountTables.COMPENSATIONS).count(StatusReportCountTables.UNKNOWN)).isEqualTo(1);
        assertThat(StatusReportCountTables.of(strangnas()).table(StatusReportCountTables.COMPENSATIONS).cells())
                .noneMatch(cell -> cell.code().equals(StatusReportCountTables.UNKNOWN));
    }

    private static Map<String, DisclosedTable> byName(List<DisclosedTable> tables) {
        Map<String, DisclosedTable> byName = new LinkedHashMap<>();
        tables.forEach(table -> byName.put(table.name(), table));
        return byName;
    }

    private static List<String> hidden(DisclosedTable table) {
        return table.cells().stream().filter(cell -> cell.figure().hidden()).map(DisclosedTable.DisclosedCell::code).toList();
    }

    private static StatusReport strangnas() {
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
        return report(List.of("Strängnäs"), new ReportPeriod(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30), asOf),
                new Participation(40, Map.of(ReportPhase.MAPPING, 8L, ReportPhase.WAITING, 6L, ReportPhase.STUDY_VISIT, 0L,
                        ReportPhase.IN_WORK_TRAINING, 26L), new java.math.BigDecimal("38.8"), 40,
                        Map.of(Gender.FEMALE, 23L, Gender.MALE, 17L), Map.of(Compensation.INCOME_SUPPORT, 6L,
                                Compensation.ACTIVITY_SUPPORT, 6L, Compensation.SICKNESS_BENEFIT, 23L,
                                Compensation.ACTIVITY_COMPENSATION, 4L, Compensation.NONE, 1L), 0),
                ExitCounts.of(exits), ExitCounts.of(List.of()));
    }

    /** A report of these counts; what suppression does not read (intake, waiting, placements) left empty. */
    private static StatusReport report(List<String> sites, ReportPeriod period, Participation participation, ExitCounts sinceStart,
            ExitCounts inPeriod) {
        return new StatusReport(sites, period, participation, new Intake(0, 0, 0),
                new WaitingTimes(Days.NONE, Days.NONE, Days.NONE, List.of()), sinceStart, inPeriod,
                new PlacementFigures(0, 0, 0, null, 0, null, 0, 0));
    }
}
