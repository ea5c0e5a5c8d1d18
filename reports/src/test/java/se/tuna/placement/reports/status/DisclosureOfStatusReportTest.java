package se.tuna.placement.reports.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;
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
        return StrangnasJanuary2017.report();
    }

    private static StatusReport report(List<String> sites, ReportPeriod period, Participation participation, ExitCounts sinceStart,
            ExitCounts inPeriod) {
        return StrangnasJanuary2017.report(sites, period, participation, sinceStart, inPeriod);
    }
}
