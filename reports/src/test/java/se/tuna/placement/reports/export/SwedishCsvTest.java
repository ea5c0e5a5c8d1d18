package se.tuna.placement.reports.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.importer.CellValue;
import se.tuna.placement.catalog.importer.Sheet;
import se.tuna.placement.catalog.importer.SheetReader;

/** The CSV file Swedish Excel opens right: byte-order mark, semicolons, decimal comma, quoting, no formulas. */
class SwedishCsvTest {

    @Test
    void theFileStartsWithTheByteOrderMarkAndEndsEachLineWithCrLf() {
        byte[] file = SwedishCsv.table(List.of("Verksamhet", "Antal")).row("strangnas", 40).bytes();

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(file)).isEqualTo("Verksamhet;Antal\r\nstrangnas;40\r\n");
    }

    @Test
    void swedishLettersComeBackAsWrittenThroughThePlatformsOwnReader() {
        byte[] file = SwedishCsv.table(List.of("Utfall", "Ersättningsform", "Kommentar"))
                .row("Överlämnad till Arbetsförmedlingen", "Försörjningsstöd", "Åter; sedan \"snart\"\r\nny rad")
                .bytes();

        Sheet sheet = SheetReader.read(new ByteArrayInputStream(file));

        assertThat(sheet.headers()).containsExactly("Utfall", "Ersättningsform", "Kommentar");
        assertThat(sheet.rows()).singleElement().extracting(row -> row.cells().stream().map(CellValue::text).toList())
                .isEqualTo(List.of("Överlämnad till Arbetsförmedlingen", "Försörjningsstöd", "Åter; sedan \"snart\"\r\nny rad"));
    }

    @Test
    void decimalsTakeADecimalCommaAndDatesAreIsoDates() {
        assertThat(SwedishCsv.cell(new BigDecimal("12.5"))).isEqualTo("12,5");
        assertThat(SwedishCsv.cell(new BigDecimal("38.80"))).isEqualTo("38,80");
        assertThat(SwedishCsv.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(SwedishCsv.cell(LocalDate.of(2026, 7, 1))).isEqualTo("2026-07-01");
        assertThat(SwedishCsv.cell(123_456_789_012L)).isEqualTo("123456789012");
        assertThat(SwedishCsv.cell(null)).isEmpty();
    }

    @Test
    void aCellWithASeparatorAQuoteOrALineBreakIsQuotedAsRfc4180Says() {
        assertThat(SwedishCsv.cell("Lager; kontor")).isEqualTo("\"Lager; kontor\"");
        assertThat(SwedishCsv.cell("Säg \"hej\"")).isEqualTo("\"Säg \"\"hej\"\"\"");
        assertThat(SwedishCsv.cell("två\nrader")).isEqualTo("\"två\nrader\"");
        assertThat(SwedishCsv.cell("Lager, kontor")).isEqualTo("Lager, kontor");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(SwedishCsv.cell("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(SwedishCsv.cell("+46 70")).isEqualTo("'+46 70");
        assertThat(SwedishCsv.cell("-3")).isEqualTo("'-3");
        assertThat(SwedishCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SwedishCsv.cell("\tTAB")).isEqualTo("'\tTAB");
        assertThat(SwedishCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(SwedishCsv.cell("Arbete = mål")).isEqualTo("Arbete = mål");
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        assertThat(SwedishCsv.cell(-3)).isEqualTo("-3");
        assertThat(SwedishCsv.cell(new BigDecimal("-2.5"))).isEqualTo("-2,5");
    }

    @Test
    void writeGivesTheSameBytesAsBytes() {
        SwedishCsv table = SwedishCsv.table(List.of("Dag", "Andel")).row(LocalDate.of(2026, 1, 1), new BigDecimal("0.5"))
                .row(null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        table.write(out);

        assertThat(out.toByteArray()).isEqualTo(table.bytes());
        assertThat(text(table.bytes())).endsWith("2026-01-01;0,5\r\n;\r\n");
    }

    @Test
    void aRowOfTheWrongWidthOrACellOfAnUnknownKindIsRefused() {
        SwedishCsv table = SwedishCsv.table(List.of("A", "B"));
        assertThatThrownBy(() -> table.row("bara en")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.row("a", 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SwedishCsv.table(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(byte[] file) {
        return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    }
}
