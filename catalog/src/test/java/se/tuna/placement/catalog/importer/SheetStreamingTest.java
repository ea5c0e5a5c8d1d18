package se.tuna.placement.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.reference.ReferenceData;

/**
 * Reading as a stream: rows reach the consumer one at a time, from .xlsx files however they store their strings
 * and formulas, and from CSV files whose character set shows only late; progress is counted as rows come; and a
 * 100,000-row workbook is read in a JVM whose heap could not hold it as a workbook.
 */
class SheetStreamingTest {

    private static final ReferenceData REFERENCE = ReferenceData.loadFromClasspath();

    @TempDir
    Path folder;

    @Test
    void anXlsxWithInlineStringsIsReadRowByRowKeepingRowNumbersAndSkippingEmptyRows() throws IOException {
        Path file = folder.resolve("platser.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Platser");
            text(sheet.createRow(1), "organisationsnummer", "titel", "platser");
            for (int i = 0; i < 2_500; i++) {
                Row row = sheet.createRow(i < 1_000 ? i + 2 : i + 3);
                row.createCell(0).setCellValue("559910-0004");
                row.createCell(1).setCellValue("  Plats " + i + "  ");
                row.createCell(2).setCellValue(i);
            }
            workbook.write(out);
        }
        Recorded read = read(file);

        assertThat(read.headerRow).isEqualTo(2);
        assertThat(read.headers).containsExactly("organisationsnummer", "titel", "platser");
        assertThat(read.rows).hasSize(2_500);
        assertThat(read.rows.get(999).number()).isEqualTo(1_002);
        assertThat(read.rows.get(1_000).number()).as("after an empty row").isEqualTo(1_004);
        assertThat(read.rows.get(1_000).cell(1)).isEqualTo(new CellValue.Text("Plats 1000"));
        assertThat(read.rows.get(1_000).cell(2)).isEqualTo(new CellValue.Number(1_000, "1000"));
    }

    @Test
    void formulasCountWithTheirCachedValuesAndSharedStringsAreResolved() throws IOException {
        Path file = folder.resolve("formler.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            text(sheet.createRow(0), "organisationsnummer", "sni", "titel", "krav", "ok");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("559910-0004");
            row.createCell(1).setCellFormula("1000+420");
            row.createCell(2).setCellFormula("\"Lager\"&\"arbete\"");
            row.createCell(3).setCellFormula("1/0");
            row.createCell(4).setCellValue(true);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        Sheet.Row row = read(file).rows.get(0);

        assertThat(row.cell(0)).isEqualTo(new CellValue.Text("559910-0004"));
        assertThat(row.cell(1)).isEqualTo(new CellValue.Number(1420, "1420"));
        assertThat(row.cell(2)).isEqualTo(new CellValue.Text("Lagerarbete"));
        assertThat(row.cell(3)).isEqualTo(new CellValue.Text("#DIV/0!"));
        assertThat(row.cell(4)).isEqualTo(new CellValue.Text("TRUE"));
    }

    @Test
    void aCsvWhoseFirstNonUtf8ByteComesLateIsStillReadAsWindows1252() throws IOException {
        StringBuilder csv = new StringBuilder("organisationsnummer;ort\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("559910-0004;Eskilstuna\n");
        }
        csv.append("559910-0004;Strängnäs\n");
        Path file = folder.resolve("platser.csv");
        Files.write(file, csv.toString().getBytes(Charset.forName("windows-1252")));

        Recorded read = read(file);

        assertThat(read.rows).hasSize(5_001);
        assertThat(read.rows.get(5_000).cell(1).text()).isEqualTo("Strängnäs");
        assertThat(read.rows.get(5_000).number()).isEqualTo(5_002);
    }

    @Test
    void aFileTooLargeIsRefusedBeforeItIsRead() throws IOException {
        Path file = folder.resolve("stor.csv");
        try (var channel = Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.position(SheetReader.MOST_BYTES);
            channel.write(ByteBuffer.wrap(new byte[] {'a'}));
        }
        assertThatThrownBy(() -> read(file)).hasMessageContaining("is larger than 64 MB");
    }

    @Test
    void aWorkbookProtectedByAPasswordIsRefusedAsSuch() throws Exception {
        Path file = folder.resolve("skyddad.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("hemligt");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream encrypted = encryptor.getDataStream(container)) {
                text(workbook.createSheet().createRow(0), "organisationsnummer");
                workbook.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> read(file)).hasMessageContaining("protected by a password");
    }

    @Test
    void aSpooledUploadIsPrivateToTheServiceAndGoneWhenClosed() throws IOException {
        Path path;
        try (SheetFile file = SheetFile.copyOf(new ByteArrayInputStream("organisationsnummer\n".getBytes(StandardCharsets.UTF_8)))) {
            path = file.path();
            assertThat(Files.getPosixFilePermissions(path)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void readingReportsRowsAsTheyComeAndTheTallyCountsCheckingAndStoring() throws IOException {
        StringBuilder csv = new StringBuilder("organisationsnummer;arbetsgivare;sektor;sni;ort;verksamheter\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append("559910-0004;Exempel Lager AB;privat;52100;Eskilstuna;eskilstuna\n");
        }
        Path file = folder.resolve("platser.csv");
        Files.writeString(file, csv);
        List<ImportProgress> reported = new ArrayList<>();

        BankSheetRows rows = new BankSheetRows(REFERENCE.industries(), new Vocabulary(REFERENCE.sites()), reported::add);
        SheetReader.read(file, rows);
        Tally tally = new Tally(ImportMode.STORE, rows.rows().size(), List.of(), reported::add);
        tally.checking();
        tally.checked(1_200);
        tally.checked(1_300);
        tally.storing(501);
        for (int i = 0; i < 501; i++) {
            tally.add(i % 2 == 0 ? Tally.Outcome.SLOT_CREATED : Tally.Outcome.SLOT_UNCHANGED);
        }
        tally.add(Tally.Outcome.EMPLOYER_CREATED);

        assertThat(reported).containsExactly(
                new ImportProgress(ImportProgress.Phase.READING, 0, 0),
                new ImportProgress(ImportProgress.Phase.READING, 1_000, 0),
                new ImportProgress(ImportProgress.Phase.READING, 2_000, 0),
                new ImportProgress(ImportProgress.Phase.CHECKING, 0, 2_500),
                new ImportProgress(ImportProgress.Phase.CHECKING, 1_200, 2_500),
                new ImportProgress(ImportProgress.Phase.CHECKING, 2_500, 2_500),
                new ImportProgress(ImportProgress.Phase.STORING, 0, 501),
                new ImportProgress(ImportProgress.Phase.STORING, 500, 501),
                new ImportProgress(ImportProgress.Phase.STORING, 501, 501));
    }

    /**
     * A 100,000-row bank as .xlsx (some 20 columns, written as a stream) is read, every row mapped to the
     * domain's values, in a JVM of 128 MB heap: as a whole workbook its cells alone would take several times that.
     */
    @Test
    void aHundredThousandRowWorkbookIsReadInASmallHeap() throws IOException, InterruptedException {
        Path file = folder.resolve("stor.xlsx");
        HundredThousandRows.write(file, 100_000);
        Path log = folder.resolve("probe.log");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), HundredThousandRows.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(probe.waitFor(2, TimeUnit.MINUTES)).as("the probe ends within two minutes").isTrue();
        String output = Files.readString(log);
        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output).contains("rows 100000");
    }

    @Test
    void aWorkbookWithoutAStylesPartReadsItsNumbersInTheGeneralFormat() throws IOException {
        Path file = minimalWorkbook("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>organisationsnummer</t></is></c><c r="B1" t="inlineStr"><is><t>platser</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>559910-0004</t></is></c><c r="B2" s="3"><v>12</v></c></row>""");

        Recorded read = read(file);

        assertThat(read.headers).containsExactly("organisationsnummer", "platser");
        assertThat(read.rows).singleElement().satisfies(row -> assertThat(row.cell(1)).isEqualTo(new CellValue.Number(12, "12")));
    }

    @Test
    void aCellPastExcelsLastColumnIsAFileErrorNotAHeapOfEmptyCells() throws IOException {
        Path file = minimalWorkbook("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>titel</t></is></c><c r="ZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>""");

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("file"))
                .hasMessageContaining("last column XFD");
    }

    @Test
    void aNumberCellThatIsNoNumberIsAFileErrorThatSaysSo() throws IOException {
        Path file = minimalWorkbook("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>titel</t></is></c></row>
                <row r="2"><c r="A2"><v>tolv</v></c></row>""");

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("file"))
                .hasMessageContaining("row 2, column 1");
    }

    // --- fixtures -----------------------------------------------------------------------------------------

    /** The least an .xlsx needs: no styles part, no shared strings, one sheet with the given rows. */
    private Path minimalWorkbook(String rows) throws IOException {
        Path file = folder.resolve("minimal.xlsx");
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rels + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rels + "\"><sheets>"
                    + "<sheet name=\"Platser\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rels + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main + "\"><sheetData>" + rows + "</sheetData></worksheet>");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static Recorded read(Path file) {
        Recorded recorded = new Recorded();
        SheetReader.read(file, recorded);
        return recorded;
    }

    private static final class Recorded implements SheetRows {

        private int headerRow;
        private List<String> headers;
        private final List<Sheet.Row> rows = new ArrayList<>();

        @Override
        public void header(String kind, int row, List<String> headers) {
            assertThat(this.headers).as("one header").isNull();
            this.headerRow = row;
            this.headers = headers;
        }

        @Override
        public void row(Sheet.Row row) {
            rows.add(row);
        }
    }
}
