package se.tuna.placement.catalog.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.tuna.placement.catalog.reference.ReferenceData;

/**
 * A large bank written as a stream (SXSSF), and the probe {@link SheetStreamingTest} runs in a JVM of a small
 * heap: it reads the workbook, mapping each row to a {@link BankRow} as the import does, and prints how many.
 */
final class HundredThousandRows {

    private static final List<String> HEADER = List.of("organisationsnummer", "arbetsgivare", "sektor", "sni", "ort",
            "verksamheter", "platsreferens", "titel", "arbetsuppgifter", "ssyk", "timmar min", "timmar max", "schema", "platser",
            "tillgänglig från", "krav", "stöd", "tillgänglighet", "status", "kontaktperson");

    private HundredThousandRows() {
    }

    static void write(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            var sheet = workbook.createSheet("Platser");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                String[] texts = {"559910-0004", "Exempel Lager AB", "privat", null, "Eskilstuna", "eskilstuna", "P-" + i,
                    "Lagerarbete " + i, "Plock, pack och inventering av varor i lagret.", null, null, null, "mån-fre 09:00-13:00", null,
                    null, "Arbete i grupp; Högt tempo", "Erfaren handledare", null, "öppen", "Ingrid Exempel"};
                for (int c = 0; c < texts.length; c++) {
                    if (texts[c] != null) {
                        row.createCell(c).setCellValue(texts[c]);
                    }
                }
                row.createCell(3).setCellValue(52100);
                row.createCell(9).setCellValue(9621);
                row.createCell(10).setCellValue(4);
                row.createCell(11).setCellValue(10);
                row.createCell(13).setCellValue(1);
                row.createCell(14).setCellValue(LocalDate.of(2026, 1, 1));
                row.getCell(14).setCellStyle(date);
            }
            workbook.write(out);
        }
    }

    /** Reads the workbook named by the argument; prints the rows read and the heap used at most. */
    public static void main(String[] args) {
        ReferenceData reference = ReferenceData.loadFromClasspath();
        int[] count = {0};
        String[] firstErrors = {null};
        RowReader[] reader = new RowReader[1];
        SheetReader.read(Path.of(args[0]), new SheetRows() {
            @Override
            public void header(String kind, int row, List<String> headers) {
                reader[0] = new RowReader(SheetLayout.of(row, headers), reference.industries(), new Vocabulary(reference.sites()));
            }

            @Override
            public void row(Sheet.Row row) {
                BankRow read = reader[0].read(row);
                if (read != null && read.errors().isEmpty()) {
                    count[0]++;
                } else if (firstErrors[0] == null) {
                    firstErrors[0] = "row " + row.number() + ": " + (read == null ? "empty" : read.errors());
                }
            }
        });
        Runtime runtime = Runtime.getRuntime();
        System.out.println("rows " + count[0] + ", heap max " + runtime.maxMemory() / (1024 * 1024) + " MB, used now "
                + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MB" + (firstErrors[0] == null ? "" : "; first refused " + firstErrors[0]));
    }
}
