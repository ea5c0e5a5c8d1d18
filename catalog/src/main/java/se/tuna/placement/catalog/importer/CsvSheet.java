package se.tuna.placement.catalog.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as a stream of records, never its whole text at once. The character set is decided first,
 * in a pass over the bytes that keeps none of them: a byte-order mark says UTF-8 or UTF-16; otherwise the file
 * is UTF-8 if all of it decodes as UTF-8, else Windows-1252 (what older Swedish Excel writes for "CSV
 * (semikolonavgränsad)"). Separated by commas, semicolons or tabs, whichever the header line holds most of
 * outside quotes, or as an Excel {@code sep=;} first line says.
 */
final class CsvSheet {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How far ahead the first non-blank line is looked for; a header line longer than this is no header. */
    private static final int LOOK_AHEAD = 1024 * 1024;

    private CsvSheet() {
    }

    /** Reads the file, whose first bytes are {@code head}, to its end. */
    static void read(Path file, byte[] head, SheetRows rows) throws IOException {
        try (BufferedReader reader = reader(file, head)) {
            skipByteOrderMark(reader);
            char delimiter = delimiter(reader);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            boolean headerSeen = false;
            try (CSVParser parser = CSVParser.parse(reader, format)) {
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
                    if (!headerSeen) {
                        rows.header("CSV", number, cells.stream().map(cell -> cell == null ? null : cell.text()).toList());
                        headerSeen = true;
                    } else {
                        rows.row(new Sheet.Row(number, cells));
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw SheetReader.fileError("is not a CSV file that can be read: " + e.getMessage());
            }
            if (!headerSeen) {
                throw SheetReader.fileError("has no header row");
            }
        }
    }

    private static BufferedReader reader(Path file, byte[] head) throws IOException {
        Charset charset;
        long skip = 0;
        if (head.length >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (looksBinary(head)) {
            throw SheetReader.fileError(SheetReader.NEITHER);
        } else {
            charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        InputStream input = Files.newInputStream(file);
        input.skipNBytes(skip);
        return new BufferedReader(new InputStreamReader(input, charset), 64 * 1024);
    }

    /** Control characters other than tab and line breaks never occur in a CSV file. */
    private static boolean looksBinary(byte[] head) {
        for (byte value : head) {
            int b = value & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true;
            }
        }
        return false;
    }

    /** Whether the whole file decodes as UTF-8; decodes it a buffer at a time and keeps nothing. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, end);
                    out.clear();
                } while (result.isOverflow());
                if (result.isError()) {
                    return false;
                }
                in.compact();
            }
            return !decoder.flush(out).isError();
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /**
     * The separator an Excel {@code sep=} first line names (the line is then consumed), or the one the first
     * non-blank line holds most of (nothing consumed).
     */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(LOOK_AHEAD);
        String line = reader.readLine();
        if (line != null && line.strip().toLowerCase(Locale.ROOT).matches("sep=.")) {
            return line.strip().charAt(4);
        }
        while (line != null && line.isBlank()) {
            line = reader.readLine();
        }
        try {
            reader.reset();
        } catch (IOException headerTooLong) {
            throw SheetReader.fileError("has no header row within its first " + LOOK_AHEAD / (1024 * 1024) + " MB");
        }
        return delimiterOf(line == null ? "" : line);
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
}
