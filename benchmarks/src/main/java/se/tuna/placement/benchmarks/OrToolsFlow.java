package se.tuna.placement.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The exact optimum of the linear core by Google OR-Tools' min-cost flow: source → participant
 * (1) → feasible slot (1, cost −value) → sink (free seats), solved as a maximum flow of minimum
 * cost. Every participant of a benchmark is ready, so placing one more is always worth more than
 * any soft difference and a maximum flow places as many as can be placed; among maximum flows the
 * cost orders plans by medium (waiting days, each worth more than every soft difference together)
 * and then soft.
 */
final class OrToolsFlow {

    /**
     * @param assignment per row the slot index or −1
     * @param maxFlow    participants placed (the max-flow bound)
     * @param buildNanos building the network
     * @param solveNanos solving it
     */
    record Result(int[] assignment, long maxFlow, long buildNanos, long solveNanos) {
    }

    private static boolean loaded;

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    static Result solve(LinearCore core) {
        load();
        int n = core.rowCount();
        int m = core.slots.size();
        long minMedium = Long.MAX_VALUE;
        long softRange = 0;
        for (int i = 0; i < n; i++) {
            if (core.rowMedium[i] <= 0) {
                throw new IllegalArgumentException("The max-flow reference needs every participant ready");
            }
            minMedium = Math.min(minMedium, core.rowMedium[i]);
            long best = 0;
            long worst = 0;
            for (int a = core.rowStart[i]; a < core.rowStart[i + 1]; a++) {
                best = Math.max(best, core.arcSoft[a]);
                worst = Math.min(worst, core.arcSoft[a]);
            }
            softRange += best - worst;
        }
        // Among maximum flows every plan places as many, so only the medium above the smallest counts.
        long big = softRange + 1;
        long start = System.nanoTime();
        MinCostFlow flow = new MinCostFlow(n + m + 2, n + core.arcCount() + m);
        int source = n + m;
        int sink = n + m + 1;
        for (int i = 0; i < n; i++) {
            flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
        }
        int[] arcOf = new int[core.arcCount()];
        for (int i = 0; i < n; i++) {
            for (int a = core.rowStart[i]; a < core.rowStart[i + 1]; a++) {
                long value = (core.rowMedium[i] - minMedium) * big + core.arcSoft[a];
                arcOf[a] = flow.addArcWithCapacityAndUnitCost(i, n + core.arcSlot[a], 1, -value);
            }
        }
        for (int j = 0; j < m; j++) {
            flow.addArcWithCapacityAndUnitCost(n + j, sink, core.capacity[j], 0);
        }
        flow.setNodeSupply(source, n);
        flow.setNodeSupply(sink, -n);
        long built = System.nanoTime();
        MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
        long solved = System.nanoTime();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools min-cost flow: " + status);
        }
        int[] assignment = new int[n];
        for (int i = 0; i < n; i++) {
            assignment[i] = -1;
            for (int a = core.rowStart[i]; a < core.rowStart[i + 1]; a++) {
                if (flow.getFlow(arcOf[a]) > 0) {
                    assignment[i] = core.arcSlot[a];
                }
            }
        }
        long maxFlow = flow.getMaximumFlow();
        flow.delete();
        return new Result(assignment, maxFlow, built - start, solved - built);
    }

    private OrToolsFlow() {
    }
}
