package se.tuna.placement.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.reports.status.ReportPeriod;
import se.tuna.placement.reports.status.ReportSources;
import se.tuna.placement.reports.status.StatusReport;
import se.tuna.placement.reports.status.StatusReportCalculation;

/** The report's tables as CSV files in a ZIP: one file per table, each with the byte-order mark, ';' and the decimal comma. */
class StatusReportCsvTest {

    private static final Recorded BY = new Recorded("account-samordnare", Instant.parse("2026-01-05T09:00:00Z"));

    @Test
    void oneFilePerTableWithItsHeaderAndSwedishFigures() throws IOException {
        List<Stint> stints = List.of(
                Stint.referred("s1", "D-1", "strangnas", Gender.FEMALE, null, LocalDate.of(2026, 1, 5), BY)
                        .enrol(LocalDate.of(2026, 1, 12), Consent.GIVEN, Compensation.ACTIVITY_SUPPORT, BY),
                Stint.referred("s2", "D-2", "strangnas", Gender.MALE, null, LocalDate.of(2026, 1, 5), BY)
                        .enrol(LocalDate.of(2026, 1, 12), Consent.GIVEN, Compensation.ACTIVITY_SUPPORT, BY));
        StatusReport report = StatusReportCalculation.count(List.of("strangnas"),
                ReportPeriod.of(null, null, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 6, 1)),
                new ReportSources(stints, Map.of("D-1", 1980, "D-2", 1983), Map.of()));

        Map<String, byte[]> files = unzip(StatusReportCsv.zip(report, "lagesrapport-strangnas"));

        assertThat(files.keySet()).containsExactlyElementsOf(StatusReportTables.of(report).stream()
                .map(table -> "lagesrapport-strangnas-" + table.name() + ".csv").toList());
        files.values().forEach(file -> assertThat(Arrays.copyOf(file, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF));
        String standing = text(files.get("lagesrapport-strangnas-dagens-lage.csv"));
        assertThat(standing).startsWith("Uppgift;Värde\r\n").contains("Aktiva deltagare;2\r\n", "Medelålder (år);44,5\r\n");
        assertThat(text(files.get("lagesrapport-strangnas-ersattning.csv"))).contains("Aktivitetsstöd;2\r\n");
        assertThat(text(files.get("lagesrapport-strangnas-vantetider.csv")))
                .as("no figure is an empty cell").contains("Från redo för placering till studiebesök;0;;;\r\n");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String text(byte[] file) {
        return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    }
}
