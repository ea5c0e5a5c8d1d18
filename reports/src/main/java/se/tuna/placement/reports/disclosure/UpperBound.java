package se.tuna.placement.reports.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * How large (or small) a reader could believe an unseen figure to be: the largest (smallest) value
 * it takes over every non-negative assignment of the unseen figures that agrees with the relations
 * and the printed figures. A linear program, solved by a two-phase simplex with Bland's rule (which cannot cycle)
 * on a dense tableau: the systems are a few dozen figures at most. The bound is over real values;
 * the figures are whole numbers, so the true largest whole count is its floor.
 */
final class UpperBound {

    private static final double EPSILON = 1e-9;

    private UpperBound() {
    }

    /** The largest value {@code target} can take; {@link Double#POSITIVE_INFINITY} when nothing bounds it. */
    static double of(FigureSystem system, boolean[] unknown, int target) {
        return extreme(system, unknown, target, 1);
    }

    /** The smallest value {@code target} can take. */
    static double lowest(FigureSystem system, boolean[] unknown, int target) {
        return -extreme(system, unknown, target, -1);
    }

    private static double extreme(FigureSystem system, boolean[] unknown, int target, double direction) {
        int[] variable = new int[unknown.length];
        int n = 0;
        for (int id = 0; id < unknown.length; id++) {
            variable[id] = unknown[id] ? n++ : -1;
        }
        List<double[]> rows = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        for (FigureSystem.Relation relation : system.relations()) {
            double[] row = new double[n];
            double constant = 0;
            boolean any = false;
            int[] ids = new int[relation.parts().length + 1];
            ids[0] = relation.sum();
            System.arraycopy(relation.parts(), 0, ids, 1, relation.parts().length);
            for (int k = 0; k < ids.length; k++) {
                double coefficient = k == 0 ? 1 : -1;
                int id = ids[k];
                if (unknown[id]) {
                    row[variable[id]] += coefficient;
                    any = true;
                } else {
                    constant -= coefficient * system.nodes().get(id).count();
                }
            }
            if (any) {
                rows.add(row);
                rhs.add(constant);
            }
        }
        double[] objective = new double[n];
        objective[variable[target]] = direction;
        return maximise(rows, rhs, objective);
    }

    /** Maximises {@code objective · y} subject to {@code rows · y = rhs}, {@code y ≥ 0}, which must be feasible. */
    static double maximise(List<double[]> rows, List<Double> rhs, double[] objective) {
        int m = rows.size();
        int n = objective.length;
        // Columns: the n variables, m artificials, the right-hand side.
        double[][] tableau = new double[m][n + m + 1];
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            double sign = rhs.get(i) < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                tableau[i][j] = sign * rows.get(i)[j];
            }
            tableau[i][n + i] = 1;
            tableau[i][n + m] = sign * rhs.get(i);
            basis[i] = n + i;
        }
        double[] phaseOne = new double[n + m];
        for (int i = 0; i < m; i++) {
            phaseOne[n + i] = -1;
        }
        simplex(tableau, basis, phaseOne, n + m);
        if (value(tableau, basis, phaseOne) < -1e-6) {
            throw new IllegalStateException("the printed figures contradict each other");
        }
        // Drive the artificials out of the basis; a row where none can go is redundant: dropped.
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                int entering = -1;
                for (int j = 0; j < n && entering < 0; j++) {
                    if (Math.abs(tableau[i][j]) > EPSILON) {
                        entering = j;
                    }
                }
                if (entering < 0) {
                    continue;
                }
                pivot(tableau, basis, i, entering);
            }
            keep.add(i);
        }
        double[][] reduced = new double[keep.size()][];
        int[] reducedBasis = new int[keep.size()];
        for (int k = 0; k < keep.size(); k++) {
            reduced[k] = tableau[keep.get(k)];
            reducedBasis[k] = basis[keep.get(k)];
        }
        double[] phaseTwo = new double[n + m];
        System.arraycopy(objective, 0, phaseTwo, 0, n);
        if (!simplex(reduced, reducedBasis, phaseTwo, n)) {
            return Double.POSITIVE_INFINITY;
        }
        return value(reduced, reducedBasis, phaseTwo);
    }

    /** Maximises {@code cost} letting only the first {@code columns} columns enter; false when unbounded. */
    private static boolean simplex(double[][] tableau, int[] basis, double[] cost, int columns) {
        int rhs = tableau.length == 0 ? 0 : tableau[0].length - 1;
        while (true) {
            int entering = -1;
            for (int j = 0; j < columns && entering < 0; j++) {
                double reducedCost = cost[j];
                for (int i = 0; i < tableau.length; i++) {
                    reducedCost -= cost[basis[i]] * tableau[i][j];
                }
                if (reducedCost > EPSILON) {
                    entering = j;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < tableau.length; i++) {
                if (tableau[i][entering] > EPSILON) {
                    double ratio = tableau[i][rhs] / tableau[i][entering];
                    if (ratio < best - EPSILON || (Math.abs(ratio - best) <= EPSILON && basis[i] < basis[leaving])) {
                        best = ratio;
                        leaving = i;
                    }
                }
            }
            if (leaving < 0) {
                return false;
            }
            pivot(tableau, basis, leaving, entering);
        }
    }

    private static void pivot(double[][] tableau, int[] basis, int row, int column) {
        double[] pivotRow = tableau[row];
        double pivot = pivotRow[column];
        for (int j = 0; j < pivotRow.length; j++) {
            pivotRow[j] /= pivot;
        }
        for (int i = 0; i < tableau.length; i++) {
            if (i != row && Math.abs(tableau[i][column]) > EPSILON) {
                double factor = tableau[i][column];
                for (int j = 0; j < pivotRow.length; j++) {
                    tableau[i][j] -= factor * pivotRow[j];
                }
            }
        }
        basis[row] = column;
    }

    private static double value(double[][] tableau, int[] basis, double[] cost) {
        double value = 0;
        for (int i = 0; i < tableau.length; i++) {
            value += cost[basis[i]] * tableau[i][tableau[i].length - 1];
        }
        return value;
    }
}
