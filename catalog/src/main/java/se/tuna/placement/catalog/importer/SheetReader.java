package se.tuna.placement.catalog.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 * Reads a CSV file or an Excel workbook into a {@link Sheet}, telling them apart by content, not by name.
 *
 * <p><b>CSV</b>: UTF-8 with or without a byte-order mark (UTF-16 with a byte-order mark, and Windows-1252,
 * which older Swedish Excel writes for "CSV (semikolonavgränsad)", are recognised too); separated by
 * commas, semicolons or tabs, whichever the header line holds most of outside quotes, or as an Excel
 * {@code sep=;} first line says. Row numbers are record numbers, as Excel shows them when it opens the file.
 *
 * <p><b>Excel</b>: the first sheet of an .xlsx workbook (or an .xls one); formulas count with their last
 * computed value. The header is the first non-empty row in both.
 */
public final class SheetReader {

    /** Far larger than any placement bank; a bigger file is a mistake, and would only fill the heap. */
    static final int MOST_BYTES = 64 * 1024 * 1024;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String NEITHER = "is neither a CSV file nor an Excel workbook (.xlsx); save the sheet as one of them";

    private SheetReader() {
    }

    public static Sheet read(InputStream input) {
        byte[] bytes;
        try {
            bytes = input.readNBytes(MOST_BYTES + 1);
        } catch (IOException e) {
            throw fileError("could not be read: " + e.getMessage());
        }
        if (bytes.length > MOST_BYTES) {
            throw fileError("is larger than " + MOST_BYTES / (1024 * 1024) + " MB; split it into smaller files");
        }
        if (bytes.length == 0) {
            throw fileError("is empty");
        }
        if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
            return readWorkbook(bytes);
        }
        return readCsv(text(bytes));
    }

    static InvalidInputException fileError(String reason) {
        return InvalidInputException.of("file", reason);
    }

    // --- CSV ---------------------------------------------------------------------------------------------

    private static String text(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (looksBinary(bytes)) {
            throw fileError(NEITHER);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Control characters other than tab and line breaks never occur in a CSV file. */
    private static boolean looksBinary(byte[] bytes) {
        int end = Math.min(bytes.length, 8192);
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true;
            }
        }
        return false;
    }

    private static Sheet readCsv(String text) {
        String body = text;
        char delimiter;
        String firstLine = firstLine(text);
        if (firstLine.strip().toLowerCase(Locale.ROOT).matches("sep=.")) {
            delimiter = firstLine.strip().charAt(4);
            int newline = text.indexOf('\n');
            body = newline < 0 ? "" : text.substring(newline + 1);
        } else {
            delimiter = delimiterOf(firstNonBlankLine(text));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        int headerRow = 0;
        List<Sheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(body, format)) {
            for (CSVRecord record : parser) {
                List<CellValue> cells = new ArrayList<>(record.size());
                boolean empty = true;
                for (String value : record) {
                    String stripped = value.strip();
                    cells.add(stripped.isEmpty() ? null : new CellValue.Text(stripped));
                    empty &= stripped.isEmpty();
                }
                if (empty) {
                    continue;
                }
                int number = Math.toIntExact(record.getRecordNumber());
                if (headers == null) {
                    headers = cells.stream().map(cell -> cell == null ? null : cell.text()).toList();
                    headerRow = number;
                } else {
                    rows.add(new Sheet.Row(number, cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw fileError("is not a CSV file that can be read: " + e.getMessage());
        }
        if (headers == null) {
            throw fileError("has no header row");
        }
        return new Sheet("CSV", headerRow, headers, rows);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String firstNonBlankLine(String text) {
        return text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
    }

    /** The separator the header line holds most of outside quotes; a comma when it holds none. */
    static char delimiterOf(String headerLine) {
        char[] candidates = {';', ',', '\t'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; !quoted && i < candidates.length; i++) {
                if (c == candidates[i]) {
                    counts[i]++;
                }
            }
        }
        int best = 1;
        for (int i = 0; i < candidates.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return candidates[best];
    }

    // --- Excel -------------------------------------------------------------------------------------------

    private static Sheet readWorkbook(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw fileError("is a workbook without sheets");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = null;
            int headerRow = 0;
            List<Sheet.Row> rows = new ArrayList<>();
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
                if (headers == null) {
                    headers = Arrays.stream(cells).map(cell -> cell == null ? null : cell.text()).toList();
                    headerRow = row.getRowNum() + 1;
                } else {
                    rows.add(new Sheet.Row(row.getRowNum() + 1, Arrays.asList(cells)));
                }
            }
            if (headers == null) {
                throw fileError("has an empty first sheet");
            }
            return new Sheet("Excel", headerRow, headers, rows);
        } catch (EncryptedDocumentException e) {
            throw fileError("is protected by a password; save it without one");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw fileError(NEITHER);
        }
    }

    private static CellValue value(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue().strip();
                yield text.isEmpty() ? null : new CellValue.Text(text);
            }
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new CellValue.Date(cell.getLocalDateTimeCellValue())
                    : number(cell, formatter);
            case BOOLEAN -> new CellValue.Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new CellValue.Text(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }

    private static CellValue number(Cell cell, DataFormatter formatter) {
        double value = cell.getNumericCellValue();
        short format = cell.getCellStyle().getDataFormat();
        String formatString = cell.getCellStyle().getDataFormatString();
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
}
