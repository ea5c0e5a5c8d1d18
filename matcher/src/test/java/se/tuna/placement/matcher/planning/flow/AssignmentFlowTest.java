package se.tuna.placement.matcher.planning.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Small cases whose optimum is known, and random ones checked against every possible assignment. */
class AssignmentFlowTest {

    @Test
    void theMoreValuableRowGetsTheOnlySeat() {
        AssignmentFlow flow = new AssignmentFlow(2);
        int seat = flow.addColumn(1, AssignmentFlow.SINK);
        flow.addArc(0, seat, 5);
        flow.addArc(1, seat, 7);

        assertThat(flow.solve()).containsExactly(-1, 0);
    }

    @Test
    void aRowMovesToItsSecondChoiceSoThatAnotherIsPlacedToo() {
        AssignmentFlow flow = new AssignmentFlow(2);
        int first = flow.addColumn(1, AssignmentFlow.SINK);
        int second = flow.addColumn(1, AssignmentFlow.SINK);
        flow.addArc(0, first, 10);
        flow.addArc(0, second, 9);
        flow.addArc(1, first, 3);

        assertThat(flow.solve()).containsExactly(second, first);
    }

    @Test
    void aChainOfMovesFreesTheSeatTheLastRowNeeds() {
        // Rows 0 and 1 prefer column 0; row 2 can only go there. The best plan shifts everyone along.
        AssignmentFlow flow = new AssignmentFlow(3);
        int a = flow.addColumn(1, AssignmentFlow.SINK);
        int b = flow.addColumn(1, AssignmentFlow.SINK);
        int c = flow.addColumn(1, AssignmentFlow.SINK);
        flow.addArc(0, a, 20);
        flow.addArc(0, b, 19);
        flow.addArc(1, b, 20);
        flow.addArc(1, c, 18);
        flow.addArc(2, a, 5);

        int[] assignment = flow.solve();

        assertThat(assignment).containsExactly(b, c, a);
        assertThat(flow.worth(assignment)).isEqualTo(19 + 18 + 5);
    }

    @Test
    void aColumnTakesAsManyAsItsCapacity() {
        AssignmentFlow flow = new AssignmentFlow(3);
        int two = flow.addColumn(2, AssignmentFlow.SINK);
        for (int row = 0; row < 3; row++) {
            flow.addArc(row, two, 10 + row);
        }

        assertThat(flow.solve()).containsExactly(-1, two, two);
    }

    @Test
    void aRowWithoutArcsOrWithWorthlessOnesStaysUnassigned() {
        AssignmentFlow flow = new AssignmentFlow(2);
        int seat = flow.addColumn(5, AssignmentFlow.SINK);
        flow.addArc(1, seat, 0);
        flow.addArc(1, seat, -4);

        assertThat(flow.solve()).containsExactly(-1, -1);
    }

    @Test
    void aGroupsGrowingLoadSpreadsRowsOverGroups() {
        // Both rows like the crowded group's slot a little more, but its load grows with the square.
        AssignmentFlow flow = new AssignmentFlow(2);
        int crowded = flow.addGroup(AssignmentFlow.SINK, 5, 3);
        int quiet = flow.addGroup(AssignmentFlow.SINK, 5, 0);
        int busySlot = flow.addColumn(2, crowded);
        int quietSlot = flow.addColumn(2, quiet);
        flow.addArc(0, busySlot, 100);
        flow.addArc(0, quietSlot, 80);
        flow.addArc(1, busySlot, 100);
        flow.addArc(1, quietSlot, 80);

        int[] assignment = flow.solve();

        // crowded: the 4th costs 5·7 = 35, the 5th 5·9 = 45; quiet: the 1st 5, the 2nd 15
        assertThat(assignment).containsExactlyInAnyOrder(busySlot, quietSlot);
        assertThat(flow.worth(assignment)).isEqualTo(100 - 35 + 80 - 5);
    }

    @Test
    void nestedGroupsCountBothLoads() {
        AssignmentFlow flow = new AssignmentFlow(1);
        int employer = flow.addGroup(AssignmentFlow.SINK, 1, 10);
        int supervisor = flow.addGroup(employer, 2, 1);
        int slot = flow.addColumn(1, supervisor);
        flow.addArc(0, slot, 30);

        int[] assignment = flow.solve();

        // employer 1·(121 − 100) = 21, supervisor 2·(4 − 1) = 6: still worth 3
        assertThat(assignment).containsExactly(slot);
        assertThat(flow.worth(assignment)).isEqualTo(3);
    }

    @Test
    void aRowIsLeftOutWhenTheLoadCostsMoreThanItIsWorth() {
        AssignmentFlow flow = new AssignmentFlow(1);
        int employer = flow.addGroup(AssignmentFlow.SINK, 5, 10);
        int slot = flow.addColumn(1, employer);
        flow.addArc(0, slot, 100);

        assertThat(flow.solve()).containsExactly(-1);
    }

    @Test
    void solvesOnlyOnce() {
        AssignmentFlow flow = new AssignmentFlow(0);
        flow.solve();

        assertThatThrownBy(flow::solve).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void matchesEveryPossibleAssignmentOnRandomSmallProblems() {
        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 400; round++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(4);
            int groups = random.nextInt(4);
            AssignmentFlow flow = new AssignmentFlow(rows);
            int[] groupParent = new int[groups];
            for (int g = 0; g < groups; g++) {
                groupParent[g] = g == 0 || random.nextBoolean() ? AssignmentFlow.SINK : random.nextInt(g);
                flow.addGroup(groupParent[g], random.nextInt(4), random.nextInt(4));
            }
            for (int c = 0; c < columns; c++) {
                flow.addColumn(random.nextInt(3), groups == 0 || random.nextBoolean() ? AssignmentFlow.SINK : random.nextInt(groups));
            }
            long[][] value = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (random.nextDouble() < 0.6) {
                        // lexicographic like the planner's: a medium part far above the soft part
                        value[r][c] = (random.nextBoolean() ? 1000 + random.nextInt(3) : 0) * 1000L + random.nextInt(200) - 60;
                        flow.addArc(r, c, value[r][c]);
                    }
                }
            }
            int[] assignment = flow.solve();
            long best = bestByEnumeration(flow, rows, columns, value, new int[rows], 0);

            assertThat(flow.worth(assignment)).as("round %d", round).isEqualTo(best);
        }
    }

    private static long bestByEnumeration(AssignmentFlow flow, int rows, int columns, long[][] value, int[] assignment,
            int row) {
        if (row == rows) {
            try {
                return flow.worth(assignment);
            } catch (IllegalArgumentException overCapacity) {
                return Long.MIN_VALUE;
            }
        }
        assignment[row] = -1;
        long best = bestByEnumeration(flow, rows, columns, value, assignment, row + 1);
        for (int c = 0; c < columns; c++) {
            if (value[row][c] > 0) {
                assignment[row] = c;
                best = Math.max(best, bestByEnumeration(flow, rows, columns, value, assignment, row + 1));
            }
        }
        assignment[row] = -1;
        return best;
    }
}
