package se.tuna.placement.reports.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import se.tuna.placement.reports.status.StatusReport;

/**
 * A status report as CSV files for Swedish Excel, one per table of {@link StatusReportTables}
 * ({@code <name>-dagens-lage.csv}, {@code <name>-aktiva-per-fas.csv} …), in one ZIP file to
 * download: each opens by a double click with å, ä and ö intact (see {@link SwedishCsv}).
 */
public final class StatusReportCsv {

    private StatusReportCsv() {
    }

    /** The ZIP of the report's tables, each file named {@code <baseName>-<table>.csv}. */
    public static byte[] zip(StatusReport report, String baseName) {
        return zip(report, baseName, Withholding.NONE);
    }

    /** The same, the figures {@code withheld} written {@value Withholding#MARK}: for outside the programme. */
    public static byte[] zip(StatusReport report, String baseName, Withholding withheld) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ReportTable table : StatusReportTables.of(report, withheld)) {
                zip.putNextEntry(new ZipEntry(baseName + "-" + table.name() + ".csv"));
                zip.write(csv(table));
                zip.closeEntry();
            }
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return out.toByteArray();
    }

    /** One table as a CSV file. */
    static byte[] csv(ReportTable table) {
        SwedishCsv csv = SwedishCsv.table(table.header());
        table.rows().forEach(row -> csv.row(row.toArray()));
        return csv.bytes();
    }
}
