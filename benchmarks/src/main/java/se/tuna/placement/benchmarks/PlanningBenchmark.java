package se.tuna.placement.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import se.tuna.placement.matcher.planning.FlowConstruction;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.SlotFact;

/**
 * The planning benchmark: for each instance, the exact optimum of the linear core (OR-Tools), a
 * coordinator's greedy plan, the matcher's own flow alone (without and with load) and each solver
 * configuration, as a Markdown table on standard output, appended to
 * {@code target/planning-benchmark.md}. Every plan's full score is computed by the production rules.
 *
 * <p>Arguments, all optional, as {@code key=value}:
 * <ul>
 *   <li>{@code sizes=300x2000,2000x10000,20000x100000} participants × slots</li>
 *   <li>{@code ratios=1.0,0.5} free seats per participant among the retrieved slots</li>
 *   <li>{@code configs=solver/plan-solver.xml} solver XML resources, compared in turn</li>
 *   <li>{@code seconds=N} overrides every configuration's termination with a plain time limit</li>
 *   <li>{@code seed=2008}</li>
 * </ul>
 */
public final class PlanningBenchmark {

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        List<int[]> sizes = new ArrayList<>();
        for (String size : options.getOrDefault("sizes", "300x2000,2000x10000,20000x100000").split(",")) {
            String[] parts = size.split("x");
            sizes.add(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
        }
        double[] ratios = Arrays.stream(options.getOrDefault("ratios", "1.0,0.5").split(",")).mapToDouble(Double::parseDouble)
                .toArray();
        List<String> configs = Arrays.stream(options.getOrDefault("configs", "solver/plan-solver.xml").split(","))
                .filter(config -> !config.isBlank()).toList();
        Long seconds = options.containsKey("seconds") ? Long.parseLong(options.get("seconds")) : null;
        long seed = Long.parseLong(options.getOrDefault("seed", "2008"));

        PlanningInstances instances = new PlanningInstances();
        StringBuilder report = new StringBuilder();
        report.append("\n## Run of ").append(LocalDateTime.now().withNano(0)).append("\n\n")
                .append(machine()).append("\n");
        print(report);
        for (int[] size : sizes) {
            for (double ratio : ratios) {
                PlanningInstances.Spec spec = new PlanningInstances.Spec(size[0] + " × " + size[1] + ", seats " + ratio + "×",
                        size[0], size[1], ratio, seed);
                String section = runInstance(instances, spec, configs, seconds);
                print(new StringBuilder(section));
                report.append(section);
            }
        }
        append(report.toString());
    }

    static String runInstance(PlanningInstances instances, PlanningInstances.Spec spec, List<String> configs, Long seconds) {
        PlanningInstances.Instance instance = instances.generate(spec);
        PlacementPlan plan = instance.plan();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### %s%n%n", spec.name()));
        out.append(String.format(Locale.ROOT,
                "%d participants, %d retrieved slots with %d free seats (%.1f %% of the bank's seats booked), "
                        + "%.1f candidates per participant of which %.1f feasible; generated in %.1f s.%n%n",
                plan.getPlacements().size(), instance.retrievedSlots(), instance.freeSeats(), 100 * instance.bookedShare(),
                instance.candidates(), instance.feasible(), instance.millis() / 1000.0));

        LinearCore core = new LinearCore(plan);
        OrToolsFlow.Result exact = null;
        long bestSolve = Long.MAX_VALUE;
        long bestBuild = Long.MAX_VALUE;
        for (int repeat = 0; repeat < 3; repeat++) {
            exact = OrToolsFlow.solve(core);
            bestSolve = Math.min(bestSolve, exact.solveNanos());
            bestBuild = Math.min(bestBuild, exact.buildNanos());
        }
        LinearCore.Totals optimum = core.totals(exact.assignment());
        SolverFactory<PlacementPlan> scoring = SolverRun.factory("solver/plan-solver.xml", 1L);
        core.apply(exact.assignment());
        HardMediumSoftScore exactScore = SolverRun.score(scoring, plan);
        core.clear();

        long greedyStart = System.nanoTime();
        int[] greedy = GreedyPlan.solve(core);
        long greedyNanos = System.nanoTime() - greedyStart;
        LinearCore.Totals greedyTotals = core.totals(greedy);
        core.apply(greedy);
        HardMediumSoftScore greedyScore = SolverRun.score(scoring, plan);
        core.clear();

        out.append("| method | placed / bound | fit % of optimum | time to best | time to target | total time | score (hard/medium/soft) |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        out.append(row("exact linear core (OR-Tools min-cost flow)", optimum, optimum,
                String.format(Locale.ROOT, "%.0f ms solve (+%.0f ms build)", bestSolve / 1e6, bestBuild / 1e6), "–", "–",
                exactScore));
        out.append(row("greedy, longest waiting first", greedyTotals, optimum,
                String.format(Locale.ROOT, "%.0f ms", greedyNanos / 1e6), "–", "–", greedyScore));
        for (boolean loads : new boolean[] {false, true}) {
            long flowStart = System.nanoTime();
            List<SlotFact> slots = FlowConstruction.optimalSlots(plan, loads);
            long flowNanos = System.nanoTime() - flowStart;
            for (int i = 0; i < slots.size(); i++) {
                plan.getPlacements().get(i).setSlot(slots.get(i));
            }
            out.append(row(loads ? "matcher flow with loads (pure Java)" : "matcher flow, linear core (pure Java)",
                    core.totals(plan), optimum, String.format(Locale.ROOT, "%.0f ms", flowNanos / 1e6), "–", "–",
                    SolverRun.score(scoring, plan)));
            core.clear();
        }
        for (String config : configs) {
            core.clear();
            SolverRun.Outcome outcome = SolverRun.run(config, seconds, plan, core, optimum);
            out.append(row("solver " + config, outcome.totals(), optimum,
                    seconds(outcome.millisToBest()),
                    outcome.millisToTarget() < 0 ? "not reached" : seconds(outcome.millisToTarget()),
                    seconds(outcome.millisTotal()), outcome.score()));
        }
        core.clear();
        out.append(String.format(Locale.ROOT, "%nload: %s%n%n", load()));
        return out.toString();
    }

    private static String row(String method, LinearCore.Totals totals, LinearCore.Totals optimum, String toBest,
            String toTarget, String total, HardMediumSoftScore score) {
        double fit = optimum.soft() == 0 ? 100 : 100.0 * totals.soft() / optimum.soft();
        return String.format(Locale.ROOT, "| %s | %d / %d%s | %.2f %% | %s | %s | %s | %s |%n", method, totals.placed(),
                optimum.placed(), totals.violations() > 0 ? " (" + totals.violations() + " violations)" : "", fit, toBest,
                toTarget, total, score);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Machine: %d cores, max heap %.1f GB, Java %s (%s); load %s%n",
                runtime.availableProcessors(), runtime.maxMemory() / 1e9, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), load());
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void print(StringBuilder text) {
        System.out.print(text);
        System.out.flush();
    }

    private static void append(String text) {
        try {
            Path file = Path.of("target", "planning-benchmark.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Arguments are key=value, not " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return options;
    }

    private PlanningBenchmark() {
    }
}
