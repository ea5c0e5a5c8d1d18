package se.tuna.placement.matcher.planning;

import static se.tuna.placement.matcher.planning.PlacementWeights.EMPLOYER_LOAD;
import static se.tuna.placement.matcher.planning.PlacementWeights.READY_PARTICIPANT_WITHOUT_PLACE;
import static se.tuna.placement.matcher.planning.PlacementWeights.SUPERVISOR_LOAD;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.matcher.planning.flow.AssignmentFlow;

/**
 * Builds a plan by an exact min-cost flow instead of placing participants one by one: every
 * participant not pinned gets the slot (or none) of the best plan the flow can express, and pinned
 * participants keep theirs, their seats and load counted first.
 *
 * <p>What the flow expresses is almost the whole score: a participant may only take a candidate
 * that breaks no hard rule on its own; seats are capacities; a placed ready participant is worth
 * the medium weight of {@link PlacementConstraints#readyParticipantWithoutPlace} (10 000 + waiting
 * days); a pair is worth its soft rules (fit, trip, needs not met, proven employer); and, with
 * {@link #setLoads(boolean) loads} on, supervisor and employer load are the convex costs of the
 * supervisor and employer nodes the slots hang below (a supervisor's slots all belong to one
 * employer, so the nodes form a tree). Medium outranks soft: each medium point is scaled above every
 * soft difference a plan can make. Only the soft part of a load weight is used, and a supervisor's or
 * employer's existing load is the largest any of its slots states; local search after this phase
 * sees the real score and corrects anything beyond that.
 */
public class FlowConstruction implements CustomPhaseCommand<PlacementPlan> {

    private static final Logger log = LoggerFactory.getLogger(FlowConstruction.class);

    private boolean loads = true;

    /** Whether supervisor and employer load enter the flow (solver XML: custom property {@code loads}). */
    public void setLoads(boolean loads) {
        this.loads = loads;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<PlacementPlan> director) {
        PlacementPlan plan = director.getWorkingSolution();
        long start = System.nanoTime();
        List<SlotFact> slots = optimalSlots(plan, loads);
        List<PlannedPlacement> placements = plan.getPlacements();
        for (int i = 0; i < placements.size(); i++) {
            PlannedPlacement placement = placements.get(i);
            if (!placement.isPinned() && placement.getSlot() != slots.get(i)) {
                director.beforeVariableChanged(placement, "slot");
                placement.setSlot(slots.get(i));
                director.afterVariableChanged(placement, "slot");
            }
        }
        director.triggerVariableListeners();
        log.debug("Flow construction of {} placements took {} ms", placements.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The slot the flow gives each placement of the plan, in the plan's order; a pinned placement
     * keeps its own. The plan is not changed.
     *
     * @param loads whether supervisor and employer load enter the flow
     */
    public static List<SlotFact> optimalSlots(PlacementPlan plan, boolean loads) {
        if (loads) {
            try {
                return new Network(plan, true).solve();
            } catch (ArithmeticException tooLarge) {
                log.warn("Loads make the flow's numbers too large ({}); planning without them", tooLarge.getMessage());
            }
        }
        return new Network(plan, false).solve();
    }

    /** The plan as a flow network: one row per placement not pinned, one column per slot. */
    private static final class Network {

        private final PlacementPlan plan;
        private final List<PlannedPlacement> rows = new ArrayList<>();
        private final List<SlotFact> columns = new ArrayList<>();
        private final AssignmentFlow flow;

        Network(PlacementPlan plan, boolean loads) {
            this.plan = plan;
            PlacementWeights weights = plan.getWeights() == null ? new PlacementWeights() : plan.getWeights();
            plan.getPlacements().stream().filter(p -> !p.isPinned()).forEach(rows::add);

            Map<SlotFact, Integer> columnOf = new HashMap<>();
            plan.getSlots().forEach(slot -> columnOf.putIfAbsent(slot, columnOf.size()));
            rows.forEach(row -> row.getCandidateSlots().forEach(slot -> columnOf.putIfAbsent(slot, columnOf.size())));
            SlotFact[] slots = new SlotFact[columnOf.size()];
            columnOf.forEach((slot, index) -> slots[index] = slot);

            // Pinned placements take their seats and add to their supervisor's and employer's load first.
            int[] capacity = new int[slots.length];
            for (int c = 0; c < slots.length; c++) {
                capacity[c] = slots[c].freeSeats();
            }
            Map<String, Long> pinnedAtSupervisor = new HashMap<>();
            Map<String, Long> pinnedAtEmployer = new HashMap<>();
            for (PlannedPlacement placement : plan.getPlacements()) {
                if (placement.isPinned() && placement.getSlot() != null) {
                    SlotFact slot = placement.getSlot();
                    Integer column = columnOf.get(slot);
                    if (column != null) {
                        capacity[column] = Math.max(0, capacity[column] - 1);
                    }
                    pinnedAtEmployer.merge(slot.employerId(), 1L, Long::sum);
                    if (slot.supervisorKey() != null) {
                        pinnedAtSupervisor.merge(slot.supervisorKey(), 1L, Long::sum);
                    }
                }
            }

            // Each pair's worth: medium (what placing saves) and soft (its own rules); hard-breaking pairs are left out.
            long[][] medium = new long[rows.size()][];
            long[][] soft = new long[rows.size()][];
            int[][] target = new int[rows.size()][];
            long softBound = 1;
            for (int r = 0; r < rows.size(); r++) {
                PlannedPlacement row = rows.get(r);
                List<SlotFact> candidates = row.getCandidateSlots();
                medium[r] = new long[candidates.size()];
                soft[r] = new long[candidates.size()];
                target[r] = new int[candidates.size()];
                HardMediumSoftScore placed = row.isReady()
                        ? weights.weightOf(READY_PARTICIPANT_WITHOUT_PLACE)
                                .multiply(RuleMeasures.unplaced(false, true, row.getWaitingDays()))
                        : HardMediumSoftScore.ZERO;
                long largest = 0;
                for (int k = 0; k < candidates.size(); k++) {
                    SlotFact slot = candidates.get(k);
                    HardMediumSoftScore worth = CandidateScores.pairWorth(weights, row.assessmentOf(slot), slot).add(placed);
                    target[r][k] = worth.hardScore() < 0 ? -1 : columnOf.get(slot);
                    medium[r][k] = worth.mediumScore();
                    soft[r][k] = worth.softScore();
                    if (target[r][k] >= 0) {
                        largest = Math.max(largest, Math.abs(soft[r][k]));
                    }
                }
                softBound = Math.addExact(softBound, largest);
            }

            flow = new AssignmentFlow(rows.size());
            int[] parentOf = new int[slots.length];
            Arrays.fill(parentOf, AssignmentFlow.SINK);
            if (loads) {
                softBound = Math.addExact(softBound, addLoadGroups(weights, slots, capacity, pinnedAtSupervisor,
                        pinnedAtEmployer, parentOf));
            }
            for (int c = 0; c < slots.length; c++) {
                flow.addColumn(capacity[c], parentOf[c]);
                columns.add(slots[c]);
            }
            // One medium point is worth more than every soft difference together; the flow's
            // potentials stay within a few path lengths of the largest value.
            long nodes = (long) rows.size() + slots.length + 2;
            long ceiling = Long.MAX_VALUE / 8 / nodes;
            for (int r = 0; r < rows.size(); r++) {
                for (int k = 0; k < target[r].length; k++) {
                    if (target[r][k] >= 0) {
                        long value = Math.addExact(Math.multiplyExact(medium[r][k], softBound), soft[r][k]);
                        if (Math.abs(value) > ceiling) {
                            throw new ArithmeticException("a pair worth " + value + " in a network of " + nodes + " nodes");
                        }
                        flow.addArc(r, target[r][k], value);
                    }
                }
            }
        }

        /**
         * Employer groups below the sink, supervisor groups below their employer, each slot below its
         * supervisor (or its employer when none is stated); returns the most the loads can cost.
         */
        private long addLoadGroups(PlacementWeights weights, SlotFact[] slots, int[] capacity,
                Map<String, Long> pinnedAtSupervisor, Map<String, Long> pinnedAtEmployer, int[] parentOf) {
            long supervisorWeight = weights.weightOf(SUPERVISOR_LOAD).softScore();
            long employerWeight = weights.weightOf(EMPLOYER_LOAD).softScore();
            Map<String, Long> employerExisting = new LinkedHashMap<>();
            Map<String, Long> employerSeats = new HashMap<>();
            Map<String, Long> supervisorExisting = new LinkedHashMap<>();
            Map<String, Long> supervisorSeats = new HashMap<>();
            Map<String, String> employerOfSupervisor = new HashMap<>();
            for (int c = 0; c < slots.length; c++) {
                SlotFact slot = slots[c];
                employerExisting.merge(slot.employerId(), (long) slot.employerLoad(), Math::max);
                employerSeats.merge(slot.employerId(), (long) capacity[c], Long::sum);
                if (slot.supervisorKey() != null) {
                    supervisorExisting.merge(slot.supervisorKey(), (long) slot.supervisorLoad(), Math::max);
                    supervisorSeats.merge(slot.supervisorKey(), (long) capacity[c], Long::sum);
                    employerOfSupervisor.put(slot.supervisorKey(), slot.employerId());
                }
            }
            long most = 0;
            long rowCount = rows.size();
            Map<String, Integer> employerGroup = new HashMap<>();
            for (Map.Entry<String, Long> employer : employerExisting.entrySet()) {
                long existing = employer.getValue() + pinnedAtEmployer.getOrDefault(employer.getKey(), 0L);
                employerGroup.put(employer.getKey(), flow.addGroup(AssignmentFlow.SINK, Math.max(0, employerWeight), existing));
                most = Math.addExact(most, growth(employerWeight, existing,
                        Math.min(rowCount, employerSeats.get(employer.getKey()))));
            }
            Map<String, Integer> supervisorGroup = new HashMap<>();
            for (Map.Entry<String, Long> supervisor : supervisorExisting.entrySet()) {
                long existing = supervisor.getValue() + pinnedAtSupervisor.getOrDefault(supervisor.getKey(), 0L);
                supervisorGroup.put(supervisor.getKey(), flow.addGroup(
                        employerGroup.get(employerOfSupervisor.get(supervisor.getKey())), Math.max(0, supervisorWeight), existing));
                most = Math.addExact(most, growth(supervisorWeight, existing,
                        Math.min(rowCount, supervisorSeats.get(supervisor.getKey()))));
            }
            for (int c = 0; c < slots.length; c++) {
                parentOf[c] = slots[c].supervisorKey() != null ? supervisorGroup.get(slots[c].supervisorKey())
                        : employerGroup.get(slots[c].employerId());
            }
            return most;
        }

        List<SlotFact> solve() {
            int[] chosen = flow.solve();
            Map<PlannedPlacement, SlotFact> slotOf = new IdentityHashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                slotOf.put(rows.get(r), chosen[r] < 0 ? null : columns.get(chosen[r]));
            }
            List<SlotFact> slots = new ArrayList<>(plan.getPlacements().size());
            for (PlannedPlacement placement : plan.getPlacements()) {
                slots.add(placement.isPinned() ? placement.getSlot() : slotOf.get(placement));
            }
            return slots;
        }
    }

    /** weight · ((existing + added)² − existing²), exactly or not at all. */
    private static long growth(long weight, long existing, long added) {
        long end = Math.addExact(existing, added);
        return Math.multiplyExact(Math.max(0, weight), Math.subtractExact(Math.multiplyExact(end, end), existing * existing));
    }
}
