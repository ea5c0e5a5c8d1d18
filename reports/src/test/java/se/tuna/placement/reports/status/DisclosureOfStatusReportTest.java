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
        assertThat(StatusReportTables.of(strangnas()).suppress(0)).noneMatch(DisclosedTable::hidesAny);
    }

    @Test
    void atThreeTheLoneOneWithoutCompensationAndTheTwoBackToTheirEmployerAreHidden() {
        Map<String, DisclosedTable> tables = byName(StatusReportTables.of(strangnas()).suppress(3));
        // Compensation: the 1 with none takes the smallest other, the 4 on activity compensation.
        assertThat(hidden(tables.get(StatusReportTables.COMPENSATIONS))).containsExactly("ACTIVITY_COMPENSATION", "NONE");
        // Exits: the 2 back to their employer take social psychiatry (5), not studies (3, the smallest): with
        // studies hidden, the goal "work or studies 10" less work 7 would give studies, so work would go too,
        // and then 52 less the printed outcomes less the goal's 10 would give the 2 alone: 3 + 7 + 5 in all.
        assertThat(hidden(tables.get(StatusReportTables.EXITS_SINCE_START))).containsExactly("USUAL_EMPLOYER", "SOCIAL_PSYCHIATRY");
        assertThat(tables.get(StatusReportTables.EXITS_SINCE_START).total().orElseThrow().hidden()).isFalse();
        assertThat(tables.values()).filteredOn(table -> !table.name().equals(StatusReportTables.COMPENSATIONS)
                && !table.name().equals(StatusReportTables.EXITS_SINCE_START)).noneMatch(DisclosedTable::hidesAny);
    }

    @Test
    void aSiteWithTwoActiveHidesTheActiveInEveryTable() {
        StatusReport two = new StatusReport(List.of("Eskilstuna"), strangnas().period(), 2,
                Map.of(ReportPhase.MAPPING, 2L), null, 0, Map.of(Gender.FEMALE, 1L, Gender.MALE, 1L),
                Map.of(Compensation.SICKNESS_BENEFIT, 2L), 0, ExitCounts.of(List.of()), ExitCounts.of(List.of()));
        Map<String, DisclosedTable> tables = byName(StatusReportTables.of(two).suppress(3));
        assertThat(tables.get(StatusReportTables.PHASES).total().orElseThrow().hidden()).isTrue();
        assertThat(hidden(tables.get(StatusReportTables.PHASES))).containsExactly("MAPPING");
        assertThat(hidden(tables.get(StatusReportTables.GENDERS))).containsExactly("FEMALE", "MALE");
        assertThat(hidden(tables.get(StatusReportTables.COMPENSATIONS))).containsExactly("SICKNESS_BENEFIT");
        assertThat(hidden(tables.get(StatusReportTables.AGES_KNOWN))).containsExactly(StatusReportTables.UNKNOWN);
    }

    @Test
    void activeWithoutACompensationGetTheirOwnCell() {
        StatusReport report = new StatusReport(List.of("Eskilstuna"), strangnas().period(), 10,
                Map.of(ReportPhase.MAPPING, 10L), null, 0, Map.of(Gender.FEMALE, 10L),
                Map.of(Compensation.SICKNESS_BENEFIT, 9L), 0, ExitCounts.of(List.of()), ExitCounts.of(List.of()));
        assertThat(StatusReportTables.of(report).table(StatusReportTables.COMPENSATIONS).count(StatusReportTables.UNKNOWN)).isEqualTo(1);
        assertThat(StatusReportTables.of(strangnas()).table(StatusReportTables.COMPENSATIONS).cells())
                .noneMatch(cell -> cell.code().equals(StatusReportTables.UNKNOWN));
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
        return new StatusReport(List.of("Strängnäs"), new ReportPeriod(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30), asOf), 40,
                Map.of(ReportPhase.MAPPING, 8L, ReportPhase.WAITING, 6L, ReportPhase.STUDY_VISIT, 0L, ReportPhase.IN_WORK_TRAINING, 26L),
                new java.math.BigDecimal("38.8"), 40, Map.of(Gender.FEMALE, 23L, Gender.MALE, 17L),
                Map.of(Compensation.INCOME_SUPPORT, 6L, Compensation.ACTIVITY_SUPPORT, 6L, Compensation.SICKNESS_BENEFIT, 23L,
                        Compensation.ACTIVITY_COMPENSATION, 4L, Compensation.NONE, 1L),
                0, ExitCounts.of(exits), ExitCounts.of(List.of()));
    }
}
