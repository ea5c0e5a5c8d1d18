package se.tuna.placement.reports.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import se.tuna.placement.reports.disclosure.DisclosedTable.DisclosedCell;
import se.tuna.placement.reports.disclosure.Figure.Why;

/**
 * Small-count suppression for an export meant for outside the programme: hides every small count,
 * then as few and as small other figures as it takes so that no hidden one can be worked out from
 * what is printed. See {@code docs/reports.md}, "Hiding small counts", for the rule and its limits.
 *
 * <ol>
 * <li><b>Primary:</b> every published figure (cell or total) counting at least 1 and less than the
 * threshold is hidden. Zero is printed.</li>
 * <li><b>Secondary</b>, until nothing changes: in every relation (a table's cells sum to its total,
 * a shared total, a derived sum), no hidden figure may be the only figure the reader does not see;
 * and when the relation's sum is printed, the hidden cells' sum, which the reader gets by
 * subtraction, is not itself small (at least 1 and below the threshold). Each time a relation
 * breaks this, one more of its printed figures is hidden: one that mends the relation by itself.</li>
 * <li><b>Audit</b>, when the relations are all satisfied: if a combination of relations still pins
 * a hidden non-zero figure down (say a goal count and the exits table together:
 * {@link Determination}; or its lowest and highest possible values, {@link UpperBound}, leave one
 * whole number), one more figure is hidden, one that frees it; then back to the relations.
 * Likewise if the relations together keep a small figure's largest possible value below the
 * threshold, so that a reader could tell it is small ({@link UpperBound}).</li>
 * </ol>
 * Which figure: of those that would do, ordered cheapest first (non-zero before zero, smallest
 * count, printing order), the first few are each tried to the end of the rule, and the one that
 * hides least in the end is taken, the cheaper of equals. Figures are only ever hidden, never
 * shown again, so it ends; at worst with everything hidden, where no non-zero figure is determined
 * and none is bounded. Deterministic: the same tables give the same result. Not least in general:
 * the least to hide is an integer programme (what τ-ARGUS solves); this is greedy with a step of
 * lookahead.
 */
public final class Disclosure {

    private Disclosure() {
    }

    /**
     * The tables as they may be printed.
     *
     * @param tables    the tables of one export, in printing order (which breaks ties)
     * @param links     the shared totals and derived sums between them
     * @param threshold counts from 1 up to one below this are small; 0 (the setting's default) or 1
     *                  hides nothing
     */
    public static List<DisclosedTable> suppress(List<CountTable> tables, List<Link> links, int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("the threshold is negative: " + threshold);
        }
        FigureSystem system = new FigureSystem(tables, links);
        Why[] hidden = new Suppression(system, threshold).run();
        List<DisclosedTable> disclosed = new ArrayList<>();
        for (CountTable table : system.tables()) {
            List<DisclosedCell> cells = table.cells().stream().map(cell -> new DisclosedCell(cell.code(),
                    figure(hidden, system.id(Ref.cell(table.name(), cell.code())), cell.count()))).toList();
            int total = system.id(Ref.total(table.name()));
            Optional<Figure> totalFigure = table.totalPublished() ? Optional.of(figure(hidden, total, table.total())) : Optional.empty();
            disclosed.add(new DisclosedTable(table.name(), cells, totalFigure));
        }
        return disclosed;
    }

    private static Figure figure(Why[] hidden, int id, long count) {
        return hidden[id] == null ? new Figure.Shown(count) : new Figure.Hidden(hidden[id]);
    }

    /** One run of the rule over one system of figures. */
    private static final class Suppression {
        /** How many of the cheapest figures that would do are tried to the end before one is chosen. */
        private static final int LOOKAHEAD = 6;

        private final FigureSystem system;
        private final List<FigureSystem.Node> nodes;
        private final long threshold;
        private final Why[] hidden;
        private final boolean lookahead;

        Suppression(FigureSystem system, long threshold) {
            this(system, threshold, new Why[system.nodes().size()], true);
        }

        private Suppression(FigureSystem system, long threshold, Why[] hidden, boolean lookahead) {
            this.system = system;
            this.nodes = system.nodes();
            this.threshold = threshold;
            this.hidden = hidden;
            this.lookahead = lookahead;
        }

        Why[] run() {
            if (threshold <= 1) {
                return hidden;
            }
            for (int id = 0; id < nodes.size(); id++) {
                if (nodes.get(id).published() && small(nodes.get(id).count())) {
                    hidden[id] = Why.SMALL;
                }
            }
            secondary();
            return hidden;
        }

        private void secondary() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (FigureSystem.Relation relation : system.relations()) {
                    while (breaks(relation)) {
                        hidden[cheapestThatMends(relation)] = Why.PROTECTS_ANOTHER;
                        changed = true;
                    }
                }
                if (!changed) {
                    changed = freeTheFirstDetermined() || liftTheFirstBoundedSmall();
                }
            }
        }

        /**
         * Of the figures that would each do, cheapest first, the one that costs least in the end:
         * each of the first few is hidden and the rule run on from there without looking ahead,
         * and the one whose end hides the least (the sum of the counts hidden to protect others,
         * then how many) is chosen; the cheaper of equals. Hiding the smallest cell can cost more
         * later: a cell inside a printed goal count drags the goal's other cells in with it.
         */
        private int leastInTheEnd(int[] wouldDo) {
            if (!lookahead || wouldDo.length == 1) {
                return wouldDo[0];
            }
            int best = wouldDo[0];
            long[] bestCost = null;
            for (int k = 0; k < Math.min(LOOKAHEAD, wouldDo.length); k++) {
                Why[] trial = hidden.clone();
                trial[wouldDo[k]] = Why.PROTECTS_ANOTHER;
                Suppression rest = new Suppression(system, threshold, trial, false);
                rest.secondary();
                long[] cost = rest.lost();
                if (bestCost == null || cost[0] < bestCost[0] || (cost[0] == bestCost[0] && cost[1] < bestCost[1])) {
                    best = wouldDo[k];
                    bestCost = cost;
                }
            }
            return best;
        }

        /** What the figures hidden to protect others take from the reader: the sum of their counts, and how many. */
        private long[] lost() {
            long sum = 0;
            long count = 0;
            for (int id = 0; id < nodes.size(); id++) {
                if (hidden[id] == Why.PROTECTS_ANOTHER) {
                    sum += nodes.get(id).count();
                    count++;
                }
            }
            return new long[] {sum, count};
        }

        private boolean small(long count) {
            return count >= 1 && count < threshold;
        }

        private boolean unknown(int id) {
            return hidden[id] != null || !nodes.get(id).published();
        }

        /**
         * Whether the relation lets a reader work out a hidden non-zero figure (it is the only
         * figure in it they do not see), or a small sum of hidden cells (the printed sum less the
         * printed cells).
         */
        private boolean breaks(FigureSystem.Relation relation) {
            int[] unknowns = IntStream.concat(IntStream.of(relation.sum()), IntStream.of(relation.parts())).filter(this::unknown).toArray();
            if (unknowns.length == 1 && hidden[unknowns[0]] != null && nodes.get(unknowns[0]).count() != 0) {
                return true;
            }
            if (unknown(relation.sum()) || IntStream.of(relation.parts()).anyMatch(part -> !nodes.get(part).published())) {
                return false;
            }
            long hiddenSum = IntStream.of(relation.parts()).filter(part -> hidden[part] != null).mapToLong(part -> nodes.get(part).count()).sum();
            return small(hiddenSum);
        }

        /**
         * The cheapest printed figure of a broken relation that mends it by itself; if none does
         * (only zeros are left besides the sum), the cheapest, and the relation is looked at again.
         * A broken relation always has a printed figure: the only unseen one is hidden, or its sum
         * is printed.
         */
        private int cheapestThatMends(FigureSystem.Relation relation) {
            int[] mending = cheapestFirst(shownIn(relation)).filter(id -> !breaksWith(relation, id)).limit(LOOKAHEAD).toArray();
            return mending.length > 0 ? leastInTheEnd(mending) : cheapestFirst(shownIn(relation)).findFirst().orElseThrow();
        }

        private boolean breaksWith(FigureSystem.Relation relation, int id) {
            hidden[id] = Why.PROTECTS_ANOTHER;
            boolean breaks = breaks(relation);
            hidden[id] = null;
            return breaks;
        }

        private IntStream shownIn(FigureSystem.Relation relation) {
            return IntStream.concat(IntStream.of(relation.sum()), IntStream.of(relation.parts())).filter(id -> !unknown(id)).distinct();
        }

        /**
         * The candidates to hide next, cheapest first: non-zero before zero (a hidden zero adds
         * nothing to a sum a reader gets by subtraction, so it protects nothing there), then the
         * smallest count (the least lost to the reader), then printing order.
         */
        private IntStream cheapestFirst(IntStream candidates) {
            Comparator<Integer> cheapest = Comparator.<Integer, Boolean>comparing(id -> nodes.get(id).count() == 0)
                    .thenComparingLong(id -> nodes.get(id).count()).thenComparingInt(id -> id);
            return candidates.boxed().sorted(cheapest).mapToInt(Integer::intValue);
        }

        /**
         * Frees the first hidden non-zero figure that a combination of relations pins down, or that
         * its bounds squeeze to one whole number, by hiding a printed figure that frees it.
         */
        private boolean freeTheFirstDetermined() {
            boolean[] unknown = unknowns();
            boolean[] determined = Determination.determined(system, unknown);
            int target = IntStream.range(0, nodes.size()).filter(id -> hidden[id] != null && nodes.get(id).count() != 0)
                    .filter(id -> determined[id] || oneWholeValue(unknown, id)).findFirst().orElse(-1);
            if (target < 0) {
                return false;
            }
            hideTheCheapestThatHelps(target, trial -> !Determination.determined(system, trial)[target] && !oneWholeValue(trial, target));
            return true;
        }

        /**
         * Whether the figure's lowest and highest possible values leave room for one whole number
         * only: non-negativity can pin a figure down where the equations alone do not.
         */
        private boolean oneWholeValue(boolean[] unknown, int id) {
            double highest = UpperBound.of(system, unknown, id);
            return Double.isFinite(highest) && Math.floor(highest + 1e-6) <= Math.ceil(UpperBound.lowest(system, unknown, id) - 1e-6);
        }

        /**
         * Lifts the bound of the first small figure that the relations together keep below the
         * threshold (a reader could tell it is small without seeing it), by hiding a printed figure
         * that lifts it.
         */
        private boolean liftTheFirstBoundedSmall() {
            int target = IntStream.range(0, nodes.size()).filter(id -> hidden[id] == Why.SMALL && !unbounded(unknowns(), id))
                    .findFirst().orElse(-1);
            if (target < 0) {
                return false;
            }
            hideTheCheapestThatHelps(target, unknown -> unbounded(unknown, target));
            return true;
        }

        /** Whether a reader could believe the figure to be at least the threshold, counting whole numbers. */
        private boolean unbounded(boolean[] unknown, int id) {
            return Math.floor(UpperBound.of(system, unknown, id) + 1e-6) >= threshold;
        }

        /**
         * Hides the cheapest printed figure whose hiding helps the target, wherever it is (a goal
         * count may cost less than the total of the table the target is in). If none alone helps,
         * hides the cheapest in the target's relations and lets the loop come back.
         */
        private void hideTheCheapestThatHelps(int target, Predicate<boolean[]> helps) {
            int[] helping = cheapestFirst(IntStream.range(0, nodes.size()).filter(id -> !unknown(id))).filter(id -> {
                boolean[] unknown = unknowns();
                unknown[id] = true;
                return helps.test(unknown);
            }).limit(LOOKAHEAD).toArray();
            int choice = helping.length > 0 ? leastInTheEnd(helping) : cheapestFirst(system.relations().stream()
                    .filter(relation -> relation.sum() == target || IntStream.of(relation.parts()).anyMatch(part -> part == target))
                    .flatMapToInt(this::shownIn).distinct()).findFirst()
                    .orElseGet(() -> cheapestFirst(IntStream.range(0, nodes.size()).filter(id -> !unknown(id))).findFirst().orElseThrow());
            hidden[choice] = Why.PROTECTS_ANOTHER;
        }

        private boolean[] unknowns() {
            boolean[] unknown = new boolean[nodes.size()];
            for (int id = 0; id < nodes.size(); id++) {
                unknown[id] = unknown(id);
            }
            return unknown;
        }
    }
}
