package se.tuna.placement.reports.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which unknown figures the relations pin down exactly. The relations are linear equations in the
 * figures a reader does not see (hidden, or not published); the figures they see are constants.
 * An unknown figure is determined when some combination of the equations (adding and subtracting
 * them) leaves it alone: when its unit vector lies in the span of the equations' rows restricted
 * to the unknowns. Reduced to row echelon form, that is when its column is a pivot whose row has
 * nothing else in it. Exact integer arithmetic (fraction-free elimination in big integers, each
 * row divided by the gcd of its entries), so neither rounding nor overflow decides.
 */
final class Determination {

    private Determination() {
    }

    /** For each figure, whether it is unknown and pinned down by the relations. */
    static boolean[] determined(FigureSystem system, boolean[] unknown) {
        int n = unknown.length;
        List<BigInteger[]> rows = new ArrayList<>();
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
            rows.add(Arrays.stream(row).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new));
        }
        int pivotRow = 0;
        for (int column = 0; column < n && pivotRow < rows.size(); column++) {
            int found = -1;
            for (int r = pivotRow; r < rows.size() && found < 0; r++) {
                if (rows.get(r)[column].signum() != 0) {
                    found = r;
                }
            }
            if (found < 0) {
                continue;
            }
            BigInteger[] pivot = rows.get(found);
            rows.set(found, rows.get(pivotRow));
            rows.set(pivotRow, pivot);
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r != pivotRow && row[column].signum() != 0) {
                    BigInteger factor = row[column];
                    BigInteger scale = pivot[column];
                    for (int c = 0; c < n; c++) {
                        row[c] = row[c].multiply(scale).subtract(pivot[c].multiply(factor));
                    }
                    reduce(row);
                }
            }
            pivotRow++;
        }
        boolean[] determined = new boolean[n];
        for (BigInteger[] row : rows) {
            int[] nonZero = IntStream.range(0, n).filter(c -> row[c].signum() != 0).toArray();
            if (nonZero.length == 1) {
                determined[nonZero[0]] = true;
            }
        }
        return determined;
    }

    private static void reduce(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger value : row) {
            gcd = gcd.gcd(value);
        }
        if (gcd.compareTo(BigInteger.ONE) > 0) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c].divide(gcd);
            }
        }
    }
}
