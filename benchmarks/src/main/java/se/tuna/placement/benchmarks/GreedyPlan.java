package se.tuna.placement.benchmarks;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A coordinator's plan: down the waiting list, longest waiting first, each participant takes the
 * best of their feasible candidates (by the per-pair fit) that still has a free seat.
 */
final class GreedyPlan {

    static int[] solve(LinearCore core) {
        int n = core.rowCount();
        int[] left = core.capacity.clone();
        int[] assignment = new int[n];
        Arrays.fill(assignment, -1);
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -core.rows.get(i).getWaitingDays())
                .thenComparing(i -> core.rows.get(i).getParticipantId()));
        for (int i : order) {
            int best = -1;
            long bestSoft = Long.MIN_VALUE;
            for (int a = core.rowStart[i]; a < core.rowStart[i + 1]; a++) {
                if (left[core.arcSlot[a]] > 0 && core.arcSoft[a] > bestSoft) {
                    best = core.arcSlot[a];
                    bestSoft = core.arcSoft[a];
                }
            }
            if (best >= 0) {
                left[best]--;
                assignment[i] = best;
            }
        }
        return assignment;
    }

    private GreedyPlan() {
    }
}
