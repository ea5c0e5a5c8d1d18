package se.tuna.placement.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.tuna.placement.catalog.CatalogFixtures;

/**
 * Placement banks to import, as coordinators' sheets (CSV or .xlsx): many rows, employers of their own each time,
 * and slots withdrawn (återkallad) on arrival, so a test that stores them crowds no other test's searches and plans.
 */
public final class BankFiles {

    private static final List<String> HEADER = List.of("organisationsnummer", "arbetsgivare", "sektor", "sni", "ort",
            "verksamheter", "platsreferens", "titel", "arbetsuppgifter", "ssyk", "timmar min", "timmar max", "schema", "platser",
            "tillgänglig från", "status");
    /** Slots per employer. */
    private static final int SLOTS_EACH = 25;

    private BankFiles() {
    }

    /**
     * The cells of {@code rows} slot rows (after the header, on rows 2 and on), one employer per 25; the rows listed
     * in {@code refused} have hours that are no number ("fyra"), so the import refuses them.
     */
    public static List<List<String>> rows(int rows, int... refused) {
        List<List<String>> sheet = new ArrayList<>(rows);
        Set<String> employers = new HashSet<>();
        String employer = null;
        for (int i = 0; i < rows; i++) {
            if (i % SLOTS_EACH == 0) {
                // Thousands of random numbers may meet; two groups of one number would disagree on its name.
                do {
                    employer = CatalogFixtures.freshOrganisationNumber();
                } while (!employers.add(employer));
            }
            int row = i + 2;
            boolean bad = Arrays.stream(refused).anyMatch(r -> r == row);
            sheet.add(List.of(employer, "Importlager " + i / SLOTS_EACH + " AB", "privat", "52100", "Eskilstuna", "eskilstuna",
                    "P-" + i, "Lagerarbete " + i, "Plock och pack.", "9621", bad ? "fyra" : "4", "10", "mån-fre 09:00-13:00", "1",
                    "2026-01-01", "återkallad"));
        }
        return sheet;
    }

    /** As {@link #rows}, as a CSV separated by semicolons. */
    public static byte[] csv(int rows, int... refused) {
        return csv(rows(rows, refused));
    }

    public static byte[] csv(List<List<String>> rows) {
        StringBuilder sheet = new StringBuilder(String.join(";", HEADER)).append('\n');
        rows.forEach(row -> sheet.append(String.join(";", row)).append('\n'));
        return sheet.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows as an .xlsx workbook of text cells, written as a stream. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Platser");
            text(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows.size(); i++) {
                text(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
