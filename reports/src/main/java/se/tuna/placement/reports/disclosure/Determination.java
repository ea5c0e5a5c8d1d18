package se.tuna.placement.reports.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Which unknown figures the relations pin down exactly. The relations are linear equations in the
 * figures a reader does not see (hidden, or not published); the figures they see are constants.
 * An unknown figure is determined when some combination of the equations (adding and subtracting
 * them) leaves it alone: when its unit vector lies in the span of the equations' rows restricted
 * to the unknowns. Reduced to row echelon form, that is when its column is a pivot whose row has
 * nothing else in it. Exact integer arithmetic (fraction-free elimination, each row divided by
 * the gcd of its entries), so no rounding decides.
 */
final class Determination {

    private Determination() {
    }

    /** For each figure, whether it is unknown and pinned down by the relations. */
    static boolean[] determined(FigureSystem system, boolean[] unknown) {
        int n = unknown.length;
        List<long[]> rows = new ArrayList<>();
        for (FigureSystem.Relation relation : system.relations()) {
            long[] row = new long[n];
            if (unknown[relation.sum()]) {
                row[relation.sum()] += 1;
            }
            for (int part : relation.parts()) {
                if (unknown[part]) {
                    row[part] -= 1;
                }
            }
            rows.add(row);
        }
        boolean[] determined = new boolean[n];
        int pivotRow = 0;
        for (int column = 0; column < n && pivotRow < rows.size(); column++) {
            int found = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (rows.get(r)[column] != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            long[] pivot = rows.get(found);
            rows.set(found, rows.get(pivotRow));
            rows.set(pivotRow, pivot);
            for (int r = 0; r < rows.size(); r++) {
                long[] row = rows.get(r);
                if (r != pivotRow && row[column] != 0) {
                    long factor = row[column];
                    long scale = pivot[column];
                    for (int c = 0; c < n; c++) {
                        row[c] = Math.subtractExact(Math.multiplyExact(row[c], scale), Math.multiplyExact(pivot[c], factor));
                    }
                    reduce(row);
                }
            }
            pivotRow++;
        }
        for (long[] row : rows) {
            int nonZero = -1;
            int count = 0;
            for (int c = 0; c < n; c++) {
                if (row[c] != 0) {
                    nonZero = c;
                    count++;
                }
            }
            if (count == 1) {
                determined[nonZero] = true;
            }
        }
        return determined;
    }

    private static void reduce(long[] row) {
        long gcd = 0;
        for (long value : row) {
            gcd = gcd(gcd, Math.abs(value));
        }
        if (gcd > 1) {
            for (int c = 0; c < row.length; c++) {
                row[c] /= gcd;
            }
        }
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
