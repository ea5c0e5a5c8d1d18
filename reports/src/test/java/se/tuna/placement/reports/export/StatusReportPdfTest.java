package se.tuna.placement.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.reports.status.ReportPeriod;
import se.tuna.placement.reports.status.ReportSources;
import se.tuna.placement.reports.status.StatusReport;
import se.tuna.placement.reports.status.StatusReportCalculation;

/** The PDF read back by another library (PDFBox): its text holds the tables' figures, in Swedish, å, ä and ö intact. */
class StatusReportPdfTest {

    private static final Recorded BY = new Recorded("account-samordnare", Instant.parse("2026-01-05T09:00:00Z"));

    @Test
    void theTextOfThePdfHoldsEveryTableAndItsFigures() throws IOException {
        LocalDate enrolled = LocalDate.of(2026, 1, 12);
        List<Stint> stints = List.of(
                stint("s1", "D-1", Gender.FEMALE, enrolled).ready(LocalDate.of(2026, 2, 2), BY),
                stint("s2", "D-2", Gender.MALE, enrolled),
                stint("s3", null, Gender.FEMALE, enrolled).exit(LocalDate.of(2026, 3, 2), ExitOutcome.WORK, BY));
        StatusReport report = StatusReportCalculation.count(List.of("strangnas"),
                ReportPeriod.of(null, null, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 6, 1)),
                new ReportSources(stints, Map.of("D-1", 1980, "D-2", 1991), Map.of()));

        byte[] pdf = StatusReportPdf.of(report, "Strängnäs", "Framtagen 2026-03-16.");
        keepForLooking(pdf);
        String text = textOf(pdf);

        assertThat(text).contains("Lägesrapport – Strängnäs", "Period 2026-01-01 – 2026-06-30, läget per 2026-03-16");
        assertThat(text).contains("Deltagare längs vägen", "Avslut mot programmets mål", "Väntelistan över tid");
        StatusReportTables.of(report).forEach(table -> assertThat(text).contains(table.title()));
        assertThat(text).contains("Aktiva deltagare 2", "Medelålder (år) 40,5", "Kvinnor 1", "Män 1", "Väntar på plats 1",
                "Kartläggning 1", "Sjukpenning 2", "Inskrivna 3");
        assertThat(text).as("the exit to work: one of one, 100 % against the goal of 10 %").contains("Arbete", "100,0");
        assertThat(text).contains("Väntar på plats idag, dagar sedan redo 1 42,0 42 42");
    }

    private static Stint stint(String id, String participant, Gender gender, LocalDate enrolled) {
        return Stint.referred(id, participant, "strangnas", gender, null, enrolled.minusDays(7), BY)
                .enrol(enrolled, participant == null ? Consent.DECLINED : Consent.GIVEN, Compensation.SICKNESS_BENEFIT, BY);
    }

    /** The PDF and its pages as pictures under {@code target/report-pdf/}, to look at after the build. */
    private static void keepForLooking(byte[] pdf) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "report-pdf"));
        Files.write(folder.resolve("lagesrapport.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 80), "png", folder.resolve("sida-" + (page + 1) + ".png").toFile());
            }
        }
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
