package se.tuna.placement.benchmarks;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.optaplanner.benchmark.api.PlannerBenchmark;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import se.tuna.placement.matcher.planning.PlacementPlan;

/**
 * Runs OptaPlanner's Benchmarker with {@code benchmark/plan-benchmark.xml} (in solver-config) on
 * generated problems: by default 300 × 2,000 and 2,000 × 10,000 with as many free seats as
 * participants. Arguments as {@code key=value}: {@code sizes=300x2000,2000x10000},
 * {@code ratios=1.0}, {@code seed=2008}. The HTML report lands in {@code target/plan-benchmark/}.
 */
public final class PlanBenchmarker {

    public static void main(String[] args) {
        Map<String, String> options = PlanningBenchmark.options(args);
        long seed = Long.parseLong(options.getOrDefault("seed", "2008"));
        PlanningInstances instances = new PlanningInstances();
        List<PlacementPlan> problems = new ArrayList<>();
        for (String size : options.getOrDefault("sizes", "300x2000,2000x10000").split(",")) {
            String[] parts = size.split("x");
            for (String ratio : options.getOrDefault("ratios", "1.0").split(",")) {
                PlanningInstances.Spec spec = new PlanningInstances.Spec(size + "@" + ratio, Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]), Double.parseDouble(ratio), seed);
                problems.add(instances.generate(spec).plan());
            }
        }
        PlannerBenchmark benchmark = PlannerBenchmarkFactory.createFromXmlResource("benchmark/plan-benchmark.xml")
                .buildPlannerBenchmark(problems.toArray(PlacementPlan[]::new));
        File directory = benchmark.benchmark();
        // Each run writes a dated folder; the newest is this one.
        File[] runs = directory.listFiles(File::isDirectory);
        File latest = runs == null ? directory : Arrays.stream(runs).max(Comparator.comparing(File::getName)).orElse(directory);
        System.out.println("Benchmark report: " + new File(latest, "index.html").getAbsolutePath());
    }

    private PlanBenchmarker() {
    }
}
