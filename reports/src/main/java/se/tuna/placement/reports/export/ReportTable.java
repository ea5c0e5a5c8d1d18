package se.tuna.placement.reports.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One table of a report as it is downloaded and printed: a name for its file, a Swedish title, the
 * column headings and the rows. A cell is text, a whole number, a decimal ({@link java.math.BigDecimal}),
 * a day or empty ({@code null}: no figure).
 *
 * @param name   the file name's stem, lower case without spaces, e.g. {@code aktiva-per-fas}
 * @param title  the Swedish title
 * @param header the column headings
 * @param rows   the rows, each as long as the header
 */
public record ReportTable(String name, String title, List<String> header, List<List<Object>> rows) {

    public ReportTable {
        header = List.copyOf(header);
        int width = header.size();
        for (List<Object> row : rows) {
            if (row.size() != width) {
                throw new IllegalArgumentException("A row of " + name + " has " + row.size() + " cells, its header " + width);
            }
        }
        // Cells may be empty (null), which List.copyOf refuses.
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    /** Whether a figure of the table is withheld (an export for outside the programme). */
    boolean withholdsAny() {
        return rows.stream().flatMap(List::stream).anyMatch(cell -> cell == Withholding.Withheld.FIGURE);
    }

    /** A table being built row by row. */
    static Builder named(String name, String title, String... header) {
        return new Builder(name, title, List.of(header));
    }

    static final class Builder {
        private final String name;
        private final String title;
        private final List<String> header;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, String title, List<String> header) {
            this.name = name;
            this.title = title;
            this.header = header;
        }

        Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        ReportTable build() {
            return new ReportTable(name, title, header, rows);
        }
    }
}
