package se.tuna.placement.reports.disclosure;

import java.util.Objects;

/**
 * A published figure of a table: one of its cells, or its total.
 *
 * @param table the table's name
 * @param code  the cell's code; {@code null} for the table's total
 */
public record Ref(String table, String code) {

    public Ref {
        Objects.requireNonNull(table, "table");
    }

    public static Ref cell(String table, String code) {
        return new Ref(table, Objects.requireNonNull(code, "code"));
    }

    public static Ref total(String table) {
        return new Ref(table, null);
    }

    public boolean isTotal() {
        return code == null;
    }

    @Override
    public String toString() {
        return table + "." + (code == null ? "total" : code);
    }
}
