package se.tuna.placement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.junit.jupiter.api.Test;
import se.tuna.placement.matcher.planning.flow.AssignmentFlow;

/**
 * The matcher's pure-Java flow reaches OR-Tools' optimum on random problems of a few hundred rows:
 * plain capacitated assignments, and ones whose columns hang below groups with convex load costs
 * (given to OR-Tools as parallel unit arcs of rising cost).
 */
class AssignmentFlowVersusOrToolsTest {

    @Test
    void reachesOrToolsOptimumWithoutGroups() {
        SplittableRandom random = new SplittableRandom(1);
        for (int round = 0; round < 30; round++) {
            compare(random, false);
        }
    }

    @Test
    void reachesOrToolsOptimumWithConvexGroupLoads() {
        SplittableRandom random = new SplittableRandom(2);
        for (int round = 0; round < 30; round++) {
            compare(random, true);
        }
    }

    private static void compare(SplittableRandom random, boolean groups) {
        int rows = 20 + random.nextInt(400);
        int columns = 5 + random.nextInt(rows / 2 + 1);
        int employers = groups ? 1 + random.nextInt(columns) : 0;
        int supervisors = groups ? random.nextInt(columns + 1) : 0;
        int[] capacity = new int[columns];
        int[] parent = new int[columns];
        long[] groupWeight = new long[employers + supervisors];
        long[] groupExisting = new long[employers + supervisors];
        int[] groupParent = new int[employers + supervisors];
        AssignmentFlow flow = new AssignmentFlow(rows);
        for (int g = 0; g < employers + supervisors; g++) {
            groupParent[g] = g < employers ? AssignmentFlow.SINK : random.nextInt(employers);
            groupWeight[g] = g < employers ? 5 : 10;
            groupExisting[g] = random.nextInt(6);
            flow.addGroup(groupParent[g], groupWeight[g], groupExisting[g]);
        }
        for (int c = 0; c < columns; c++) {
            capacity[c] = random.nextInt(3);
            parent[c] = groups ? random.nextInt(employers + supervisors) : AssignmentFlow.SINK;
            flow.addColumn(capacity[c], parent[c]);
        }
        int[][] arcColumn = new int[rows][];
        long[][] arcValue = new long[rows][];
        for (int r = 0; r < rows; r++) {
            int degree = 1 + random.nextInt(Math.min(columns, 12));
            arcColumn[r] = new int[degree];
            arcValue[r] = new long[degree];
            long medium = 10_000 + random.nextInt(200);
            for (int k = 0; k < degree; k++) {
                arcColumn[r][k] = random.nextInt(columns);
                // as the planner scales: medium above every soft difference, soft from −60 to 180
                arcValue[r][k] = medium * 1_000_000L + random.nextInt(240) - 60;
                flow.addArc(r, arcColumn[r][k], arcValue[r][k]);
            }
        }
        long ours = flow.worth(flow.solve());
        long theirs = orTools(rows, columns, capacity, parent, groupWeight, groupExisting, groupParent, arcColumn, arcValue);

        assertThat(ours).as("%d rows, %d columns, %d groups", rows, columns, employers + supervisors).isEqualTo(theirs);
    }

    /** The same problem for OR-Tools: source → row → column → group … → sink, each row also straight to the sink. */
    private static long orTools(int rows, int columns, int[] capacity, int[] parent, long[] groupWeight, long[] groupExisting,
            int[] groupParent, int[][] arcColumn, long[][] arcValue) {
        OrToolsFlow.load();
        int groups = groupWeight.length;
        int source = rows + columns + groups;
        int sink = source + 1;
        MinCostFlow flow = new MinCostFlow();
        for (int r = 0; r < rows; r++) {
            flow.addArcWithCapacityAndUnitCost(source, r, 1, 0);
            flow.addArcWithCapacityAndUnitCost(r, sink, 1, 0);
            for (int k = 0; k < arcColumn[r].length; k++) {
                if (arcValue[r][k] > 0) {
                    flow.addArcWithCapacityAndUnitCost(r, rows + arcColumn[r][k], 1, -arcValue[r][k]);
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            flow.addArcWithCapacityAndUnitCost(rows + c, parent[c] == AssignmentFlow.SINK ? sink : rows + columns + parent[c],
                    capacity[c], 0);
        }
        for (int g = 0; g < groups; g++) {
            int head = groupParent[g] == AssignmentFlow.SINK ? sink : rows + columns + groupParent[g];
            for (int unit = 1; unit <= rows; unit++) {
                // the unit-th row below the group costs weight · (2 (existing + unit) − 1)
                flow.addArcWithCapacityAndUnitCost(rows + columns + g, head, 1,
                        groupWeight[g] * (2 * (groupExisting[g] + unit) - 1));
            }
        }
        flow.setNodeSupply(source, rows);
        flow.setNodeSupply(sink, -rows);
        MinCostFlowBase.Status status = flow.solve();
        assertThat(status).isEqualTo(MinCostFlowBase.Status.OPTIMAL);
        long cost = flow.getOptimalCost();
        flow.delete();
        return -cost;
    }
}
