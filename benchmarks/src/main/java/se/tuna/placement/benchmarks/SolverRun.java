package se.tuna.placement.benchmarks;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import se.tuna.placement.matcher.planning.PlacementPlan;

/**
 * Runs a solver configuration on a problem and watches its best plans: when the last one came,
 * and when a best plan first placed as many as the max-flow bound with at least
 * {@link #FIT_TARGET} of the optimum's fit.
 */
final class SolverRun {

    static final double FIT_TARGET = 0.995;
    /** Linear totals of a new best plan are worked out at most this often (they walk the whole plan). */
    private static final long WATCH_EVERY_NANOS = 20_000_000;

    /**
     * @param config           the solver XML resource
     * @param score            the final best score
     * @param totals           the final best plan's linear totals
     * @param millisToBest     when the final best plan was found
     * @param millisToTarget   when a best plan first met both targets; −1 if none did
     * @param millisTotal      until the solver stopped
     * @param best             the final best plan
     */
    record Outcome(String config, HardMediumSoftScore score, LinearCore.Totals totals, long millisToBest,
            long millisToTarget, long millisTotal, PlacementPlan best) {
    }

    static SolverFactory<PlacementPlan> factory(String config, Long secondsLimit) {
        SolverConfig solverConfig = SolverConfig.createFromXmlResource(config);
        if (secondsLimit != null) {
            solverConfig.withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(secondsLimit));
        }
        return SolverFactory.create(solverConfig);
    }

    static HardMediumSoftScore score(SolverFactory<PlacementPlan> factory, PlacementPlan plan) {
        return SolutionManager.<PlacementPlan, HardMediumSoftScore>create(factory).update(plan);
    }

    static Outcome run(String config, Long secondsLimit, PlacementPlan problem, LinearCore core, LinearCore.Totals optimum) {
        Solver<PlacementPlan> solver = factory(config, secondsLimit).buildSolver();
        // last best, first on target, last watched, skipped best's time
        long[] watch = {0, -1, 0, 0};
        PlacementPlan[] skipped = {null};
        long start = System.nanoTime();
        solver.addEventListener(event -> {
            long now = System.nanoTime();
            watch[0] = now;
            if (watch[1] >= 0) {
                return;
            }
            if (now - watch[2] >= WATCH_EVERY_NANOS) {
                watch[2] = now;
                skipped[0] = null;
                if (meetsTargets(core.totals(event.getNewBestSolution()), optimum)) {
                    watch[1] = now;
                }
            } else {
                skipped[0] = event.getNewBestSolution();
                watch[3] = now;
            }
        });
        PlacementPlan best = solver.solve(problem);
        long end = System.nanoTime();
        if (watch[1] < 0 && skipped[0] != null && meetsTargets(core.totals(skipped[0]), optimum)) {
            watch[1] = watch[3];
        }
        LinearCore.Totals totals = core.totals(best);
        if (watch[1] < 0 && meetsTargets(totals, optimum)) {
            watch[1] = watch[0] == 0 ? end : watch[0];
        }
        return new Outcome(config, best.getScore(), totals, watch[0] == 0 ? 0 : (watch[0] - start) / 1_000_000,
                watch[1] < 0 ? -1 : (watch[1] - start) / 1_000_000, (end - start) / 1_000_000, best);
    }

    static boolean meetsTargets(LinearCore.Totals totals, LinearCore.Totals optimum) {
        return totals.violations() == 0 && totals.placed() >= optimum.placed()
                && totals.soft() >= FIT_TARGET * optimum.soft();
    }

    private SolverRun() {
    }
}
