package se.tuna.placement.catalog.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the demo data under {@code demo/} on the classpath: UTF-8 CSV with a header row and {@code #} comment lines. */
final class DemoCsv {

    private static final String DIRECTORY = "demo/";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get();

    private DemoCsv() {
    }

    /** Maps every row of {@code demo/<fileName>}; a bad row fails with the file name and line number. */
    static <T> List<T> read(String fileName, Function<CSVRecord, T> mapper) {
        String resource = DIRECTORY + fileName;
        InputStream in = DemoCsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<T> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                try {
                    rows.add(mapper.apply(row));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(
                            "Unreadable row at line " + parser.getCurrentLineNumber() + " of " + resource + ": " + e.getMessage(), e);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    static String required(CSVRecord row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value.strip();
    }

    /** A ';'-separated list, possibly empty. */
    static List<String> list(CSVRecord row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    static boolean yes(CSVRecord row, String column) {
        return switch (required(row, column)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("column " + column + " must be yes or no");
        };
    }
}
