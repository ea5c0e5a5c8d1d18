package se.tuna.placement.catalog.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the reference CSV files under {@code reference/} on the classpath: UTF-8, comma separated,
 * one header row, values as strings (codes keep their leading zeros).
 */
final class ReferenceCsv {

    static final String DIRECTORY = "reference/";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private ReferenceCsv() {
    }

    /**
     * Maps every data row of {@code reference/<fileName>} with {@code mapper}. A missing file, a missing
     * column or a value the mapper rejects fails with the file name and line number.
     */
    static <T> List<T> read(String fileName, Function<CSVRecord, T> mapper) {
        String resource = DIRECTORY + fileName;
        try (InputStream in = open(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<T> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                try {
                    rows.add(mapper.apply(row));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(
                            "Unreadable row at line " + parser.getCurrentLineNumber() + " of " + resource, e);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    /**
     * A line of a curated word list.
     *
     * @param number its line number in the file, for a message that points at it
     * @param entry  its text, trimmed and in Swedish lower case
     */
    record WordListLine(int number, String entry) {
    }

    /**
     * The entries of a curated word list (a resource under {@code reference/}, one entry a line): blank
     * lines and {@code #} comments left out, every entry trimmed and in Swedish lower case.
     */
    static List<WordListLine> wordList(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            List<WordListLine> lines = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String entry = line.strip().toLowerCase(SWEDISH);
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(new WordListLine(number, entry));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    /** Opens a resource under {@code reference/}; fails if it is not on the classpath. */
    static InputStream open(String resource) {
        InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        return in;
    }

    /** A value that must be present and non-blank. */
    static String required(CSVRecord row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Column " + column + " is empty");
        }
        return value;
    }

    /** A value that may be empty; returns {@code null} when it is. */
    static String optional(CSVRecord row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value;
    }
}
