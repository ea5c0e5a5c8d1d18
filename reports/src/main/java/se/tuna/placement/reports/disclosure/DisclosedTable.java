package se.tuna.placement.reports.disclosure;

import java.util.List;
import java.util.Optional;

/**
 * A table as an export may print it: each cell shown or hidden, and the total likewise.
 *
 * @param name  the table's name
 * @param cells the cells in the table's order
 * @param total the total; empty when the table does not publish it
 */
public record DisclosedTable(String name, List<DisclosedCell> cells, Optional<Figure> total) {

    /**
     * @param code   the cell's code
     * @param figure shown with its count, or hidden
     */
    public record DisclosedCell(String code, Figure figure) {
    }

    public DisclosedTable {
        cells = List.copyOf(cells);
    }

    /** The figure of the cell with this code. */
    public Figure cell(String code) {
        return cells.stream().filter(cell -> cell.code().equals(code)).findFirst().map(DisclosedCell::figure)
                .orElseThrow(() -> new IllegalArgumentException("table " + name + " has no cell " + code));
    }

    /** Whether any cell or the total is hidden. */
    public boolean hidesAny() {
        return cells.stream().anyMatch(cell -> cell.figure().hidden()) || total.map(Figure::hidden).orElse(false);
    }
}
