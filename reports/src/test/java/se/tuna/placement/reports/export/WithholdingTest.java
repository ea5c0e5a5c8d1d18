package se.tuna.placement.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.tuna.placement.reports.status.StatusReport;
import se.tuna.placement.reports.status.StrangnasJanuary2017;

/**
 * An export for outside the programme: Strängnäs's January 2017 at a threshold of 3 withholds what
 * suppression hides (compensation 4 and 1, two exit outcomes), small counts outside the linked
 * tables and what is derived from them; at the default, 0, it withholds nothing.
 */
class WithholdingTest {

    @Test
    void offByDefaultEveryFigureIsPrinted() {
        List<ReportTable> tables = StatusReportTables.of(strangnas(), Withholding.of(strangnas(), 0));
        assertThat(tables).noneMatch(ReportTable::withholdsAny);
        assertThat(tables).isEqualTo(StatusReportTables.of(strangnas()));
    }

    @Test
    void atThreeTheSmallCountsAndThoseThatWouldRevealThemAreWithheld() {
        StatusReport report = strangnas();
        Map<String, ReportTable> tables = byName(StatusReportTables.of(report, Withholding.of(report, 3)));

        assertThat(row(tables.get("ersattning"), "Aktivitetsersättning")).isEqualTo(Withholding.Withheld.FIGURE);
        assertThat(row(tables.get("ersattning"), "Ingen ersättning")).isEqualTo(Withholding.Withheld.FIGURE);
        assertThat(row(tables.get("ersattning"), "Sjukpenning")).isEqualTo(23L);
        assertThat(tables.get("avslut").rows()).filteredOn(line -> line.contains(Withholding.Withheld.FIGURE)).hasSize(2);
        assertThat(row(tables.get("aktiva-per-fas"), "Aktiva totalt")).isEqualTo(40L);
        assertThat(tables.get("vantetider").rows().get(1)).as("a median of one person's days goes with their count")
                .containsExactly("Från redo för placering till studiebesök", Withholding.Withheld.FIGURE, Withholding.Withheld.FIGURE,
                        Withholding.Withheld.FIGURE, Withholding.Withheld.FIGURE);
        assertThat(row(tables.get("placeringar"), "Påbörjade provotider")).as("6 started, 4 of them concluded: 2 still in trial")
                .isEqualTo(Withholding.Withheld.FIGURE);
        assertThat(row(tables.get("placeringar"), "Andel som gick vidare (%)")).isEqualTo(Withholding.Withheld.FIGURE);
        assertThat(row(tables.get("inflode"), "Nya remisser")).isEqualTo(12L);
    }

    @Test
    void theCsvAndThePdfPrintTheMarkAndLeaveOutAChartThatWouldShowAWithheldFigure() throws IOException {
        StatusReport report = strangnas();
        String compensations = new String(StatusReportCsv.csv(byName(StatusReportTables.of(report, Withholding.of(report, 3)))
                .get("ersattning")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(compensations).contains("Aktivitetsersättning;..\r\n", "Sjukpenning;23\r\n");

        String text = StatusReportPdfTest.textOf(StatusReportPdf.of(report, "TUNA Strängnäs", "Framtagen.", Withholding.of(report, 3)));
        assertThat(text).contains("Utgåva för spridning utanför programmet", "Aktivitetsersättning ..", "Sjukpenning 23");
        assertThat(text).as("the pipeline shows no withheld figure; the waiting list over time does")
                .doesNotContain("Deltagare längs vägen Diagrammet visas inte").contains("Väntelistan över tid Diagrammet visas inte");
    }

    private static Object row(ReportTable table, String label) {
        return table.rows().stream().filter(line -> line.get(0).equals(label)).findFirst().orElseThrow().get(1);
    }

    private static Map<String, ReportTable> byName(List<ReportTable> tables) {
        Map<String, ReportTable> byName = new java.util.LinkedHashMap<>();
        tables.forEach(table -> byName.put(table.name(), table));
        return byName;
    }

    private static StatusReport strangnas() {
        return StrangnasJanuary2017.report();
    }
}
