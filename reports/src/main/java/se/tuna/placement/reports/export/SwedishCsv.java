package se.tuna.placement.reports.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A table as a CSV file that Swedish Excel opens right by a double click: UTF-8 with a byte-order
 * mark (without it Excel reads Windows-1252 and å, ä, ö come out wrong), {@code ;} between cells (a
 * Swedish Excel's list separator, since the comma is its decimal sign), a decimal comma, dates as
 * ISO dates (2026-07-01, which Excel takes as a date), CRLF line ends, and a cell holding {@code ;},
 * {@code "}, CR or LF quoted as RFC 4180 says.
 *
 * <p>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR gets a
 * leading {@code '}, so a spreadsheet shows it as text rather than running it as a formula (CSV
 * injection; OWASP's advice). Numbers are written as numbers, so -3 stays a number.
 *
 * <pre>{@code
 * byte[] file = SwedishCsv.table(List.of("Utfall", "Antal", "Andel (%)"))
 *         .row("Arbete", 7, new BigDecimal("13.5"))
 *         .bytes();
 * }</pre>
 *
 * A cell is text ({@link String}), a whole number ({@link Integer}, {@link Long}, {@link Short},
 * {@link Byte}, {@link BigInteger}), a decimal ({@link BigDecimal}), a day ({@link LocalDate}) or
 * empty ({@code null}); a caller writes a code or label for anything else. Not thread-safe: one
 * table is built by one caller.
 */
public final class SwedishCsv {

    /** The answer's media type, for a caller that serves the file. */
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";
    /** What a spreadsheet may read as the start of a formula (OWASP, CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final int columns;
    private final StringBuilder text = new StringBuilder();

    private SwedishCsv(List<String> header) {
        this.columns = header.size();
        line(header.toArray());
    }

    /** A table with these column names, its first line. */
    public static SwedishCsv table(List<String> header) {
        if (header == null || header.isEmpty()) {
            throw new IllegalArgumentException("A table has at least one column");
        }
        return new SwedishCsv(header);
    }

    /** Adds a row: as many cells as the header has columns, each text, a number, a day or null. */
    public SwedishCsv row(Object... cells) {
        if (cells == null || cells.length != columns) {
            throw new IllegalArgumentException("A row has " + columns + " cells, as the header has columns; got "
                    + (cells == null ? 0 : cells.length));
        }
        line(cells);
        return this;
    }

    /** The file: the byte-order mark, then the lines in UTF-8. */
    public byte[] bytes() {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BYTE_ORDER_MARK.length + body.length];
        System.arraycopy(BYTE_ORDER_MARK, 0, file, 0, BYTE_ORDER_MARK.length);
        System.arraycopy(body, 0, file, BYTE_ORDER_MARK.length, body.length);
        return file;
    }

    /** Writes {@link #bytes()} to {@code output}, which it leaves open. */
    public void write(OutputStream output) {
        try {
            output.write(bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(Object[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(SEPARATOR);
            }
            text.append(cell(cells[i]));
        }
        text.append(LINE_END);
    }

    /** One cell as written between the separators: text guarded and quoted, anything else as {@link CellText} writes it. */
    static String cell(Object value) {
        return value instanceof String string ? quoted(guarded(string)) : CellText.of(value);
    }

    /** Text a spreadsheet would take for a formula, made plain text by a leading apostrophe. */
    private static String guarded(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Quoted, with its quotes doubled, when it holds a separator, a quote or a line break (RFC 4180). */
    private static String quoted(String text) {
        boolean needs = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
