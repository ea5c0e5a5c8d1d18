package se.tuna.placement.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import se.tuna.placement.catalog.error.InvalidInputException;

/**
 * Reads a CSV file or an Excel workbook, telling them apart by content, not by name, and hands its rows on one
 * at a time ({@link SheetRows}), so a large file is never held in memory whole.
 *
 * <p><b>CSV</b> ({@link CsvSheet}): UTF-8 with or without a byte-order mark (UTF-16 with a byte-order mark,
 * and Windows-1252, which older Swedish Excel writes for "CSV (semikolonavgränsad)", are recognised too);
 * separated by commas, semicolons or tabs, whichever the header line holds most of outside quotes, or as an
 * Excel {@code sep=;} first line says. Row numbers are record numbers, as Excel shows them when it opens the
 * file.
 *
 * <p><b>Excel</b>: the first sheet of an .xlsx workbook, read as a stream ({@link XlsxSheet}), or of an old
 * .xls one (at most 65,536 rows, read whole); formulas count with their last computed value. The header is the
 * first non-empty row in both.
 */
public final class SheetReader {

    /** Far larger than any placement bank; a bigger file is a mistake. */
    public static final int MOST_BYTES = 64 * 1024 * 1024;

    static final String NEITHER = "is neither a CSV file nor an Excel workbook (.xlsx); save the sheet as one of them";

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** Enough of the start to tell the kinds apart and to see a binary file for what it is. */
    private static final int HEAD = 8192;

    private SheetReader() {
    }

    /**
     * Reads the file's rows into {@code rows}, the header first.
     *
     * @throws InvalidInputException with field {@code file} if the file is empty, too large, neither CSV nor
     *                               Excel, protected by a password or without a header row; or as thrown by
     *                               {@code rows}
     */
    public static void read(Path file, SheetRows rows) {
        byte[] head;
        try {
            if (Files.size(file) > MOST_BYTES) {
                throw fileError("is larger than " + MOST_BYTES / (1024 * 1024) + " MB; split it into smaller files");
            }
            try (InputStream input = Files.newInputStream(file)) {
                head = input.readNBytes(HEAD);
            }
        } catch (IOException e) {
            throw fileError("could not be read: " + e.getMessage());
        }
        if (head.length == 0) {
            throw fileError("is empty");
        }
        if (startsWith(head, ZIP)) {
            readWorkbook(() -> XlsxSheet.read(file, rows));
        } else if (startsWith(head, OLE2)) {
            readWorkbook(() -> readOldWorkbook(file, rows));
        } else {
            try {
                CsvSheet.read(file, head, rows);
            } catch (IOException e) {
                throw fileError("is not a CSV file that can be read: " + e.getMessage());
            }
        }
    }

    /** A small file read whole into a {@link Sheet}, e.g. a caseload; a placement bank is read row by row. */
    public static Sheet read(Path file) {
        SheetCollector collector = new SheetCollector();
        read(file, collector);
        return collector.sheet();
    }

    /** As {@link #read(Path)}, from a stream (spooled to a private temporary file first). */
    public static Sheet read(InputStream input) {
        try (SheetFile file = SheetFile.copyOf(input)) {
            return read(file.path());
        }
    }

    static InvalidInputException fileError(String reason) {
        return InvalidInputException.of("file", reason);
    }

    // --- Excel -------------------------------------------------------------------------------------------

    private interface WorkbookRead {
        void run() throws Exception;
    }

    /** Runs a workbook read, turning what the workbook libraries throw into file errors. */
    private static void readWorkbook(WorkbookRead read) {
        try {
            read.run();
        } catch (EncryptedDocumentException e) {
            throw fileError("is protected by a password; save it without one");
        } catch (Exception e) {
            InvalidInputException invalid = invalidIn(e);
            if (invalid != null) {
                throw invalid;
            }
            throw fileError(NEITHER);
        }
    }

    /** What {@link SheetRows} threw, also when the XML parser wrapped it. */
    private static InvalidInputException invalidIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** An .xls workbook (or an encrypted .xlsx, which is refused): the workbook model, as it holds 65,536 rows at most. */
    private static void readOldWorkbook(Path file, SheetRows rows) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw fileError("is a workbook without sheets");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            boolean headerSeen = false;
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                int width = Math.max(0, row.getLastCellNum());
                CellValue[] cells = new CellValue[width];
                boolean empty = true;
                for (int column = 0; column < width; column++) {
                    Cell cell = row.getCell(column);
                    cells[column] = cell == null ? null : value(cell, formatter);
                    empty &= cells[column] == null;
                }
                if (empty) {
                    continue;
                }
                if (!headerSeen) {
                    rows.header("Excel", row.getRowNum() + 1,
                            Arrays.stream(cells).map(cell -> cell == null ? null : cell.text()).toList());
                    headerSeen = true;
                } else {
                    rows.row(new Sheet.Row(row.getRowNum() + 1, Arrays.asList(cells)));
                }
            }
            if (!headerSeen) {
                throw fileError("has an empty first sheet");
            }
        }
    }

    private static CellValue value(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new CellValue.Date(cell.getLocalDateTimeCellValue())
                    : number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString(), formatter);
            case BOOLEAN -> new CellValue.Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new CellValue.Text(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }

    /** A text cell, stripped; {@code null} if nothing is left. */
    static CellValue text(String value) {
        String text = value.strip();
        return text.isEmpty() ? null : new CellValue.Text(text);
    }

    /**
     * A number as Excel shows it: plain digits in the General format, the cell's own number format otherwise
     * ({@code formatter}, which is not thread-safe, belongs to the one read).
     */
    static CellValue number(double value, int format, String formatString, DataFormatter formatter) {
        boolean general = format == 0 || formatString == null || "General".equalsIgnoreCase(formatString);
        String text;
        if (general && value == Math.rint(value) && Math.abs(value) < 1e15) {
            text = Long.toString((long) value);
        } else if (general) {
            text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        } else {
            text = formatter.formatRawCellContents(value, format, formatString).strip();
        }
        return new CellValue.Number(value, text);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Gathers the rows into a {@link Sheet}. */
    private static final class SheetCollector implements SheetRows {

        private String kind;
        private int headerRow;
        private List<String> headers;
        private final List<Sheet.Row> rows = new ArrayList<>();

        @Override
        public void header(String kind, int row, List<String> headers) {
            this.kind = kind;
            this.headerRow = row;
            this.headers = headers;
        }

        @Override
        public void row(Sheet.Row row) {
            rows.add(row);
        }

        Sheet sheet() {
            return new Sheet(kind, headerRow, headers, rows);
        }
    }
}
