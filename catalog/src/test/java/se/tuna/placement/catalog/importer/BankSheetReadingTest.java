package se.tuna.placement.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.reference.ReferenceData;

/** Reading sheets and cells, without a node: separators, encodings, headers, and codes Excel stored as numbers. */
class BankSheetReadingTest {

    private static final ReferenceData REFERENCE = ReferenceData.loadFromClasspath();

    @Test
    void headersAreMatchedIgnoringCaseAccentsSpacesAndPunctuation() {
        assertThat(BankColumn.forHeader("Tillgänglig_från")).contains(BankColumn.TILLGANGLIG_FRAN);
        assertThat(BankColumn.forHeader("TILLGANGLIG FRAN")).contains(BankColumn.TILLGANGLIG_FRAN);
        assertThat(BankColumn.forHeader(" timmar_max ")).contains(BankColumn.TIMMAR_MAX);
        assertThat(BankColumn.forHeader("Tyngsta lyft (kg)")).contains(BankColumn.TYNGSTA_LYFT_KG);
        assertThat(BankColumn.forHeader("E-post")).contains(BankColumn.EPOST);
        assertThat(BankColumn.forHeader("Platsens ort")).contains(BankColumn.PLATSENS_ORT);
        assertThat(BankColumn.forHeader("Anteckningar")).isEmpty();
    }

    @Test
    void theSeparatorIsTheOneTheHeaderLineHoldsMostOfOutsideQuotes() {
        assertThat(CsvSheet.delimiterOf("organisationsnummer;titel;ssyk")).isEqualTo(';');
        assertThat(CsvSheet.delimiterOf("organisationsnummer,titel,ssyk")).isEqualTo(',');
        assertThat(CsvSheet.delimiterOf("\"a;b;c\",titel")).isEqualTo(',');
        assertThat(CsvSheet.delimiterOf("organisationsnummer\ttitel")).isEqualTo('\t');
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        Sheet sheet = read(bytes("\uFEFForganisationsnummer;titel\r\n559910-0004;Lager\r\n", StandardCharsets.UTF_8));

        assertThat(sheet.headers()).containsExactly("organisationsnummer", "titel");
        assertThat(sheet.rows()).singleElement().extracting(Sheet.Row::number).isEqualTo(2);
    }

    @Test
    void anOlderExcelExportInWindows1252IsRead() {
        Sheet sheet = read(bytes("organisationsnummer;tillgänglig från;ort\n559910-0004;2026-01-01;Strängnäs\n",
                Charset.forName("windows-1252")));

        assertThat(sheet.headers()).containsExactly("organisationsnummer", "tillgänglig från", "ort");
        assertThat(sheet.rows().get(0).cell(2).text()).isEqualTo("Strängnäs");
    }

    @Test
    void anExcelSeparatorLineIsObeyedAndNotTakenForTheHeader() {
        Sheet sheet = read(bytes("sep=;\norganisationsnummer;arbetsgivare\n559910-0004;Exempel, Lager & Co AB\n", StandardCharsets.UTF_8));

        assertThat(sheet.headers()).containsExactly("organisationsnummer", "arbetsgivare");
        assertThat(sheet.rows().get(0).cell(1).text()).isEqualTo("Exempel, Lager & Co AB");
    }

    @Test
    void rowNumbersCountEmptyLinesAsTheSpreadsheetDoes() {
        Sheet sheet = read(bytes("\norganisationsnummer,titel\n\n559910-0004,Lager\n", StandardCharsets.UTF_8));

        assertThat(sheet.headerRow()).isEqualTo(2);
        assertThat(sheet.rows()).singleElement().extracting(Sheet.Row::number).isEqualTo(4);
    }

    @Test
    void aBinaryFileIsNeitherCsvNorExcel() {
        assertThatThrownBy(() -> read(new byte[] {0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02}))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> read(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00}))
                .hasMessageContaining("neither a CSV file nor an Excel workbook");
    }

    @Test
    void twoColumnsForTheSameFieldAreRefused() {
        Sheet sheet = read(bytes("organisationsnummer,Ort,titel,ORT\n", StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SheetLayout.of(sheet.headerRow(), sheet.headers())).hasMessageContaining("two columns for ort");
    }

    @Test
    void codesStoredAsNumbersGetTheirLeadingZerosBack() throws IOException {
        BankRow row = readFirstRow(workbook(new XSSFWorkbook(),
                List.of("organisationsnummer", "sni", "ssyk", "telefon", "postnummer"),
                List.of(501011233d, 1110d, 110d, 701234567d, 63220d)));

        assertThat(row.errors()).isEmpty();
        assertThat(row.<OrganisationNumber>value(BankColumn.ORGANISATIONSNUMMER).value()).isEqualTo("050101-1233");
        assertThat(row.<String>value(BankColumn.SNI)).isEqualTo("01110");
        assertThat(row.<String>value(BankColumn.SSYK)).isEqualTo("0110");
        assertThat(row.<String>value(BankColumn.TELEFON)).isEqualTo("0701234567");
        assertThat(row.<String>value(BankColumn.POSTNUMMER)).isEqualTo("63220");
    }

    @Test
    void anSniNumberThatIsACodeWithAndWithoutItsZeroIsRefusedAsAmbiguous() throws IOException {
        BankRow row = readFirstRow(workbook(new XSSFWorkbook(), List.of("organisationsnummer", "sni"), List.of("559910-0004", 1420d)));

        assertThat(row.errors().get(BankColumn.SNI)).contains("ambiguous", "1420", "01420", "write the code as text");
    }

    @Test
    void anSniNumberFormattedToShowItsZerosIsReadAsShown() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            BankImportIntegrationTest.row(sheet, 0, "organisationsnummer", "sni");
            BankImportIntegrationTest.row(sheet, 1, "559910-0004", 1420d);
            CellStyle zeros = workbook.createCellStyle();
            zeros.setDataFormat(workbook.createDataFormat().getFormat("00000"));
            sheet.getRow(1).getCell(1).setCellStyle(zeros);
            workbook.write(out);

            assertThat(readFirstRow(out.toByteArray()).<String>value(BankColumn.SNI)).isEqualTo("01420");
        }
    }

    @Test
    void aTextSniIsTakenAsWrittenUnlessOnlyTheZeroMakesItACode() {
        assertThat(readCsvRow("organisationsnummer,sni\n559910-0004,1420\n").<String>value(BankColumn.SNI)).isEqualTo("1420");
        assertThat(readCsvRow("organisationsnummer,sni\n559910-0004,1110\n").<String>value(BankColumn.SNI)).isEqualTo("01110");
        assertThat(readCsvRow("organisationsnummer,sni\n559910-0004,47.111\n").<String>value(BankColumn.SNI)).isEqualTo("47.111");
    }

    @Test
    void anExcelDateCellAndAnIsoDateAreTheSameDate() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        var sheet = workbook.createSheet();
        BankImportIntegrationTest.row(sheet, 0, "organisationsnummer", "tillgänglig från", "tillgänglig till");
        BankImportIntegrationTest.row(sheet, 1, "559910-0004", LocalDate.of(2026, 8, 17), "2026-12-31");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);

        BankRow row = readFirstRow(out.toByteArray());

        assertThat(row.<LocalDate>value(BankColumn.TILLGANGLIG_FRAN)).isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(row.<LocalDate>value(BankColumn.TILLGANGLIG_TILL)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void anOldXlsWorkbookIsReadToo() throws IOException {
        BankRow row = readFirstRow(workbook(new HSSFWorkbook(), List.of("Organisationsnummer", "Sektor"),
                List.of("559910-0004", "Ideell")));

        assertThat(row.<Sector>value(BankColumn.SEKTOR)).isEqualTo(Sector.NON_PROFIT);
    }

    @Test
    void decimalCommasAndUnitsAreRead() {
        BankRow row = readCsvRow("organisationsnummer;lat;lon;tyngsta lyft kg;timmar max\n559910-0004;59,3717;16,5051;15 kg;10,0\n");

        assertThat(row.errors()).isEmpty();
        assertThat(row.<Double>value(BankColumn.LAT)).isEqualTo(59.3717);
        assertThat(row.<Integer>value(BankColumn.TYNGSTA_LYFT_KG)).isEqualTo(15);
        assertThat(row.<Integer>value(BankColumn.TIMMAR_MAX)).isEqualTo(10);
    }

    @Test
    void cellsThatCannotBeReadAreReportedEachInItsColumn() {
        BankRow row = readCsvRow("organisationsnummer;timmar min;tillgänglig från;sektor;krav;lat\n"
                + "559910-0004;fyra;17/8 2026;statlig;\"Kundkontakt;Simhopp\";59,37\n");

        assertThat(row.errors()).containsOnlyKeys(BankColumn.TIMMAR_MIN, BankColumn.TILLGANGLIG_FRAN, BankColumn.SEKTOR,
                BankColumn.KRAV, BankColumn.LON);
        assertThat(row.errors().get(BankColumn.KRAV)).contains("'Simhopp'");
        assertThat(row.errors().get(BankColumn.LON)).contains("give both or neither");
    }

    // --- fixtures -----------------------------------------------------------------------------------------

    private static Sheet read(byte[] bytes) {
        return SheetReader.read(new ByteArrayInputStream(bytes));
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static BankRow readCsvRow(String csv) {
        return readFirstRow(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static BankRow readFirstRow(byte[] file) {
        Sheet sheet = read(file);
        SheetLayout layout = SheetLayout.columnsOf(sheet.headerRow(), sheet.headers());
        return new RowReader(layout, REFERENCE.industries(), new Vocabulary(REFERENCE.sites())).read(sheet.rows().get(0));
    }

    private static byte[] workbook(org.apache.poi.ss.usermodel.Workbook workbook, List<String> headers, List<Object> values)
            throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Blad1");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            Row row = sheet.createRow(1);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof Double number) {
                    row.createCell(i).setCellValue(number);
                } else {
                    row.createCell(i).setCellValue((String) values.get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
