package se.tuna.placement.reports.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A one-dimensional table of counts as an export publishes it: a name, its cells in the order they
 * are printed, and their total, which is printed too unless the table says otherwise (a table of
 * goal counts, whose cells overlap, has no meaningful total).
 *
 * <p>Built with {@link #named(String)}: {@code CountTable.named("genders").cell("FEMALE", 23).cell("MALE", 17).build()},
 * or {@link Builder#cells(Class, Map)} for a table keyed by an enum, every constant in declaration order.
 *
 * @param name           the table's name, unique among the tables suppressed together
 * @param cells          the cells, codes unique, in printing order
 * @param totalPublished whether the total (the sum of the cells) is printed
 */
public record CountTable(String name, List<Cell> cells, boolean totalPublished) {

    /**
     * One cell: a code (an enum constant's name, say) and how many.
     *
     * @param code  the cell's code, unique in its table
     * @param count how many, never negative
     */
    public record Cell(String code, long count) {
        public Cell {
            Objects.requireNonNull(code, "code");
            if (count < 0) {
                throw new IllegalArgumentException("cell " + code + " has a negative count: " + count);
            }
        }
    }

    public CountTable {
        Objects.requireNonNull(name, "name");
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " has no cells");
        }
        Set<String> codes = new HashSet<>();
        for (Cell cell : cells) {
            if (!codes.add(cell.code())) {
                throw new IllegalArgumentException("table " + name + " has cell " + cell.code() + " twice");
            }
        }
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The sum of the cells. */
    public long total() {
        return cells.stream().mapToLong(Cell::count).sum();
    }

    /** The count of the cell with this code. */
    public long count(String code) {
        return cell(code).count();
    }

    Cell cell(String code) {
        return cells.stream().filter(cell -> cell.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("table " + name + " has no cell " + code));
    }

    /** Builds a table cell by cell, its total published unless {@link #totalNotPublished()} says otherwise. */
    public static final class Builder {
        private final String name;
        private final List<Cell> cells = new ArrayList<>();
        private boolean totalPublished = true;

        private Builder(String name) {
            this.name = name;
        }

        public Builder cell(String code, long count) {
            cells.add(new Cell(code, count));
            return this;
        }

        /** A cell per constant of {@code kind}, in declaration order, by its name; a constant the map lacks counts zero. */
        public <E extends Enum<E>> Builder cells(Class<E> kind, Map<E, Long> counts) {
            for (E constant : kind.getEnumConstants()) {
                cell(constant.name(), counts.getOrDefault(constant, 0L));
            }
            return this;
        }

        /** The table's total is not printed (its cells overlap, or another table prints it). */
        public Builder totalNotPublished() {
            totalPublished = false;
            return this;
        }

        public CountTable build() {
            return new CountTable(name, cells, totalPublished);
        }
    }
}
