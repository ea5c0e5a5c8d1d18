package se.tuna.placement.reports.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * What ties published figures of different tables together, beyond each table's cells summing to
 * its own total: anything an export's reader could subtract with.
 */
public sealed interface Link {

    /**
     * These tables count the same people, split different ways: their cells each sum to one figure,
     * published once for them all (say the active participants, by phase, by gender, by compensation).
     * Hiding it in one table hides it in all. Published when any of the tables publishes its total.
     *
     * @param tables the tables' names, at least two
     */
    record SameTotal(List<String> tables) implements Link {
        public SameTotal {
            tables = List.copyOf(tables);
            if (tables.size() < 2) {
                throw new IllegalArgumentException("a shared total needs at least two tables: " + tables);
            }
        }
    }

    /**
     * A published figure equals the sum of some cells of a table: a goal count is the exits to work
     * plus those to studies.
     *
     * @param figure the figure that is the sum (a cell of another table, or a total)
     * @param table  the table whose cells it sums
     * @param codes  the codes of the cells it sums, at least one
     */
    record SumOf(Ref figure, String table, List<String> codes) implements Link {
        public SumOf {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(table, "table");
            codes = List.copyOf(codes);
            if (codes.isEmpty()) {
                throw new IllegalArgumentException(figure + " sums no cells of " + table);
            }
        }
    }

    static Link sameTotal(String... tables) {
        return new SameTotal(List.of(tables));
    }

    static Link sumOf(Ref figure, String table, String... codes) {
        return new SumOf(figure, table, List.of(codes));
    }
}
