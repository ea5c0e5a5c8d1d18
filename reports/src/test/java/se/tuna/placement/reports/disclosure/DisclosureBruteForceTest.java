package se.tuna.placement.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import se.tuna.placement.reports.disclosure.Figure.Hidden;
import se.tuna.placement.reports.disclosure.Figure.Why;

/**
 * The rule checked against a reader who tries everything, on many random small exports.
 *
 * <p>An export here: one to three tables counting the same people split different ways (their
 * cells each sum to one total; with one table, its total printed or not), and sometimes a goals
 * table, no total printed, whose cells are each the sum of some cells of one of the tables. Counts
 * are small (a total of 0 to 12) so small cells are common; the threshold is 2 to 4. Seeded, so a
 * failure repeats.
 *
 * <p>The reader sees the printed figures and knows how the tables hang together. Their
 * <em>possible worlds</em> are all assignments of non-negative integers to the cells they do not
 * see that agree with every printed figure: each table's cells sum to the same total, which is the
 * printed total when it is printed; each printed goal cell is the sum of its cells. The checker
 * enumerates them, each unseen cell from 0 to a bound {@code B = max(total, threshold)}. The true
 * counts are one world. Leaving out worlds above the bound can only make a figure look more
 * determined, never less, so a property that holds within the bound holds without it.
 *
 * <p>Properties, for every export:
 * <ol>
 * <li>every figure counting 1 up to one below the threshold is hidden as small, and no other is;</li>
 * <li><b>no hidden figure with a non-zero count can be worked out</b>: across the possible worlds
 * it takes at least two values (a hidden cell, the hidden total, a hidden goal cell alike);</li>
 * <li><b>no small figure can be told to be small</b>: in some possible world it is at least the
 * threshold, so the reader cannot even bound it below the threshold;</li>
 * <li>nothing is hidden when no figure is small;</li>
 * <li>in a lone table with its total printed and no goals: with one small cell, exactly one more
 * cell is hidden, the smallest other non-zero one, the first of equals; with several small cells
 * whose sum is not small, exactly those.</li>
 * </ol>
 */
class DisclosureBruteForceTest {

    private static final int EXPORTS = 5000;

    @Test
    void noHiddenFigureCanBeWorkedOutFromThePrintedOnes() {
        int withHidden = 0;
        int withGoals = 0;
        for (int seed = 0; seed < EXPORTS; seed++) {
            Export export = Export.random(new Random(seed));
            List<DisclosedTable> disclosed = Disclosure.suppress(export.tables(), export.links(), export.threshold);
            String at = "seed " + seed + ": " + export;
            checkPrimary(export, disclosed, at);
            checkNothingCanBeWorkedOut(export, disclosed, at);
            checkNothingMoreThanNeededInALoneTable(export, disclosed, at);
            withHidden += disclosed.stream().anyMatch(DisclosedTable::hidesAny) ? 1 : 0;
            withGoals += export.goals.isEmpty() ? 0 : 1;
        }
        // The random exports exercise what they are meant to.
        assertThat(withHidden).isGreaterThan(EXPORTS / 3);
        assertThat(withGoals).isGreaterThan(EXPORTS / 3);
    }

    private static void checkPrimary(Export export, List<DisclosedTable> disclosed, String at) {
        List<CountTable> tables = export.tables();
        boolean anySmall = false;
        for (int t = 0; t < tables.size(); t++) {
            for (CountTable.Cell cell : tables.get(t).cells()) {
                boolean small = cell.count() >= 1 && cell.count() < export.threshold;
                anySmall |= small;
                Figure figure = disclosed.get(t).cell(cell.code());
                assertThat(figure.equals(new Hidden(Why.SMALL))).as(at + " " + tables.get(t).name() + "." + cell.code()).isEqualTo(small);
            }
            if (tables.get(t).totalPublished()) {
                boolean small = export.total >= 1 && export.total < export.threshold;
                anySmall |= small;
                assertThat(disclosed.get(t).total().orElseThrow().equals(new Hidden(Why.SMALL))).as(at + " total").isEqualTo(small);
            }
        }
        if (!anySmall) {
            assertThat(disclosed).as(at + " hides nothing").noneMatch(DisclosedTable::hidesAny);
        }
    }

    private static void checkNothingCanBeWorkedOut(Export export, List<DisclosedTable> disclosed, String at) {
        Worlds worlds = Worlds.of(export, disclosed);
        for (int t = 0; t < export.counts.size(); t++) {
            long[] counts = export.counts.get(t);
            for (int i = 0; i < counts.length; i++) {
                Figure figure = disclosed.get(t).cell("C" + i);
                check(export, figure, counts[i], worlds.cellValues.get(t).get(i), at + " table T" + t + " cell C" + i);
            }
        }
        for (int g = 0; g < export.goals.size(); g++) {
            Figure figure = disclosed.get(export.counts.size()).cell("G" + g);
            check(export, figure, export.goalCount(g), worlds.goalValues.get(g), at + " goal G" + g);
        }
        disclosed.stream().flatMap(table -> table.total().stream()).findFirst()
                .ifPresent(total -> check(export, total, export.total, worlds.totals, at + " total"));
    }

    private static void check(Export export, Figure figure, long count, Set<Integer> possible, String what) {
        if (!figure.hidden()) {
            return;
        }
        assertThat(possible).as(what + ": the true count is a possible world").contains((int) count);
        if (count != 0) {
            assertThat(possible).as(what + " (count " + count + ") has another possible value").hasSizeGreaterThan(1);
        }
        if (figure.equals(new Hidden(Why.SMALL))) {
            assertThat(possible.stream().mapToInt(Integer::intValue).max().orElseThrow())
                    .as(what + " (count " + count + ") might be at least the threshold").isGreaterThanOrEqualTo(export.threshold);
        }
    }

    private static void checkNothingMoreThanNeededInALoneTable(Export export, List<DisclosedTable> disclosed, String at) {
        if (export.counts.size() != 1 || !export.goals.isEmpty() || !export.totalPublished[0] || export.total < export.threshold) {
            return;
        }
        long[] counts = export.counts.get(0);
        int[] small = IntStream.range(0, counts.length).filter(i -> counts[i] >= 1 && counts[i] < export.threshold).toArray();
        if (small.length >= 2 && IntStream.of(small).mapToLong(i -> counts[i]).sum() >= export.threshold) {
            for (int i = 0; i < counts.length; i++) {
                int cell = i;
                assertThat(disclosed.get(0).cell("C" + i).hidden()).as(at + " C" + i).isEqualTo(IntStream.of(small).anyMatch(k -> k == cell));
            }
            return;
        }
        if (small.length != 1) {
            return;
        }
        int second = IntStream.range(0, counts.length).filter(i -> i != small[0] && counts[i] > 0).boxed()
                .min((a, b) -> counts[a] != counts[b] ? Long.compare(counts[a], counts[b]) : Integer.compare(a, b)).orElseThrow();
        for (int i = 0; i < counts.length; i++) {
            assertThat(disclosed.get(0).cell("C" + i).hidden()).as(at + " C" + i).isEqualTo(i == small[0] || i == second);
        }
        assertThat(disclosed.get(0).total().orElseThrow().hidden()).as(at + " total").isFalse();
    }

    /**
     * A random export: tables T0.. with cells C0.., the same total; goal cells G0.. of table "goals",
     * each the sum of the cells at its indices of its table.
     */
    private record Export(int threshold, long total, List<long[]> counts, boolean[] totalPublished, List<int[]> goals,
            List<Integer> goalTables) {

        static Export random(Random random) {
            int threshold = 2 + random.nextInt(3);
            long total = random.nextInt(13);
            int tables = 1 + random.nextInt(3);
            List<long[]> counts = new ArrayList<>();
            boolean[] published = new boolean[tables];
            for (int t = 0; t < tables; t++) {
                long[] cells = new long[2 + random.nextInt(3)];
                for (int unit = 0; unit < total; unit++) {
                    cells[random.nextInt(cells.length)]++;
                }
                counts.add(cells);
                published[t] = random.nextInt(5) > 0;
            }
            List<int[]> goals = new ArrayList<>();
            List<Integer> goalTables = new ArrayList<>();
            if (random.nextBoolean()) {
                for (int g = 1 + random.nextInt(2); g > 0; g--) {
                    int table = random.nextInt(tables);
                    int n = counts.get(table).length;
                    int[] subset = IntStream.range(0, n).filter(i -> random.nextBoolean()).toArray();
                    goals.add(subset.length > 0 ? subset : new int[] {random.nextInt(n)});
                    goalTables.add(table);
                }
            }
            return new Export(threshold, total, counts, published, goals, goalTables);
        }

        long goalCount(int g) {
            return IntStream.of(goals.get(g)).mapToLong(i -> counts.get(goalTables.get(g))[i]).sum();
        }

        List<CountTable> tables() {
            List<CountTable> tables = new ArrayList<>();
            for (int t = 0; t < counts.size(); t++) {
                CountTable.Builder builder = CountTable.named("T" + t);
                long[] cells = counts.get(t);
                IntStream.range(0, cells.length).forEach(i -> builder.cell("C" + i, cells[i]));
                tables.add(totalPublished[t] ? builder.build() : builder.totalNotPublished().build());
            }
            if (!goals.isEmpty()) {
                CountTable.Builder builder = CountTable.named("goals").totalNotPublished();
                IntStream.range(0, goals.size()).forEach(g -> builder.cell("G" + g, goalCount(g)));
                tables.add(builder.build());
            }
            return tables;
        }

        List<Link> links() {
            List<Link> links = new ArrayList<>();
            if (counts.size() > 1) {
                links.add(new Link.SameTotal(IntStream.range(0, counts.size()).mapToObj(t -> "T" + t).toList()));
            }
            for (int g = 0; g < goals.size(); g++) {
                links.add(new Link.SumOf(Ref.cell("goals", "G" + g), "T" + goalTables.get(g),
                        IntStream.of(goals.get(g)).mapToObj(i -> "C" + i).toList()));
            }
            return links;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("threshold " + threshold + ", total " + total);
            for (int t = 0; t < counts.size(); t++) {
                text.append(", T").append(t).append(java.util.Arrays.toString(counts.get(t))).append(totalPublished[t] ? "" : " (no total)");
            }
            for (int g = 0; g < goals.size(); g++) {
                text.append(", G").append(g).append(" = T").append(goalTables.get(g)).append(java.util.Arrays.toString(goals.get(g)));
            }
            return text.toString();
        }
    }

    /** The values each figure takes across the reader's possible worlds. */
    private record Worlds(List<List<Set<Integer>>> cellValues, List<Set<Integer>> goalValues, Set<Integer> totals) {

        static Worlds of(Export export, List<DisclosedTable> disclosed) {
            int bound = (int) Math.max(export.total, export.threshold);
            boolean totalPrinted = disclosed.stream().flatMap(table -> table.total().stream()).anyMatch(total -> !total.hidden());
            // Per table: the assignments of its cells agreeing with what it and the goals on it print, by their sum.
            List<Map<Integer, List<int[]>>> bySum = new ArrayList<>();
            for (int t = 0; t < export.counts.size(); t++) {
                long[] counts = export.counts.get(t);
                DisclosedTable table = disclosed.get(t);
                Map<Integer, List<int[]>> assignments = new HashMap<>();
                enumerate(counts, table, 0, new int[counts.length], bound, values -> {
                    int sum = IntStream.of(values).sum();
                    if (totalPrinted && sum != export.total) {
                        return;
                    }
                    assignments.computeIfAbsent(sum, s -> new ArrayList<>()).add(values.clone());
                });
                bySum.add(assignments);
            }
            if (!export.goals.isEmpty()) {
                DisclosedTable goals = disclosed.get(export.counts.size());
                for (int g = 0; g < export.goals.size(); g++) {
                    int goal = g;
                    if (!goals.cell("G" + g).hidden()) {
                        bySum.get(export.goalTables.get(g)).values()
                                .forEach(list -> list.removeIf(values -> goalSum(export, goal, values) != export.goalCount(goal)));
                    }
                }
            }
            Set<Integer> totals = new TreeSet<>(bySum.get(0).keySet());
            bySum.forEach(assignments -> totals.removeIf(sum -> assignments.getOrDefault(sum, List.of()).isEmpty()));
            List<List<Set<Integer>>> cellValues = new ArrayList<>();
            for (int t = 0; t < export.counts.size(); t++) {
                List<Set<Integer>> values = new ArrayList<>();
                for (int i = 0; i < export.counts.get(t).length; i++) {
                    int cell = i;
                    Set<Integer> possible = new TreeSet<>();
                    int table = t;
                    totals.forEach(sum -> bySum.get(table).get(sum).forEach(assignment -> possible.add(assignment[cell])));
                    values.add(possible);
                }
                cellValues.add(values);
            }
            List<Set<Integer>> goalValues = new ArrayList<>();
            for (int g = 0; g < export.goals.size(); g++) {
                int goal = g;
                Set<Integer> possible = new TreeSet<>();
                totals.forEach(sum -> bySum.get(export.goalTables.get(goal)).get(sum)
                        .forEach(assignment -> possible.add(goalSum(export, goal, assignment))));
                goalValues.add(possible);
            }
            return new Worlds(cellValues, goalValues, totals);
        }

        private static int goalSum(Export export, int g, int[] values) {
            return IntStream.of(export.goals.get(g)).map(i -> values[i]).sum();
        }

        /** Every assignment of a table's cells: a printed cell its count, an unseen one 0 to the bound. */
        private static void enumerate(long[] counts, DisclosedTable table, int i, int[] values, int bound,
                java.util.function.Consumer<int[]> each) {
            if (i == counts.length) {
                each.accept(values);
                return;
            }
            if (!table.cell("C" + i).hidden()) {
                values[i] = (int) counts[i];
                enumerate(counts, table, i + 1, values, bound, each);
                return;
            }
            for (int value = 0; value <= bound; value++) {
                values[i] = value;
                enumerate(counts, table, i + 1, values, bound, each);
            }
        }
    }
}
