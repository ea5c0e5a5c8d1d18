package se.tuna.placement.benchmarks;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import se.tuna.placement.matcher.fit.PairAssessment;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.PlacementWeights;
import se.tuna.placement.matcher.planning.PlannedPlacement;
import se.tuna.placement.matcher.planning.RuleMeasures;
import se.tuna.placement.matcher.planning.SlotFact;

/**
 * The linear core of a plan, worked out here independently of the matcher's flow: a capacitated
 * assignment of participants to the feasible among their candidates, seats as capacities. A pair's
 * medium value is what placing the participant saves (10 000 + waiting days when ready), its soft
 * value the per-pair soft rules (fit points − travel minutes + 30 per need met + proven employer);
 * the load rules (squares) are left out. Pinned participants keep their slot and use its seats.
 */
final class LinearCore {

    final List<PlannedPlacement> rows = new ArrayList<>();
    final long[] rowMedium;
    final List<SlotFact> slots;
    final int[] capacity;
    final int[] rowStart;
    final int[] arcSlot;
    final long[] arcSoft;
    private final Map<SlotFact, Integer> slotIndex = new IdentityHashMap<>();
    private final PlacementWeights weights;

    LinearCore(PlacementPlan plan) {
        this.weights = plan.getWeights();
        this.slots = plan.getSlots();
        this.capacity = new int[slots.size()];
        for (int j = 0; j < slots.size(); j++) {
            slotIndex.put(slots.get(j), j);
            capacity[j] = slots.get(j).freeSeats();
        }
        for (PlannedPlacement placement : plan.getPlacements()) {
            if (placement.isPinned()) {
                if (placement.getSlot() != null) {
                    int j = slotIndex.get(placement.getSlot());
                    capacity[j] = Math.max(0, capacity[j] - 1);
                }
            } else {
                rows.add(placement);
            }
        }
        rowMedium = new long[rows.size()];
        rowStart = new int[rows.size() + 1];
        List<long[]> arcs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PlannedPlacement row = rows.get(i);
            rowMedium[i] = row.isReady() ? mediumPerPlaced() * (RuleMeasures.UNPLACED_BASE + row.getWaitingDays()) : 0;
            for (SlotFact slot : row.getCandidateSlots()) {
                PairAssessment assessment = row.assessmentOf(slot);
                if (assessment.feasible()) {
                    arcs.add(new long[] {slotIndex.get(slot), soft(assessment, slot)});
                }
            }
            rowStart[i + 1] = arcs.size();
        }
        arcSlot = new int[arcs.size()];
        arcSoft = new long[arcs.size()];
        for (int a = 0; a < arcs.size(); a++) {
            arcSlot[a] = (int) arcs.get(a)[0];
            arcSoft[a] = arcs.get(a)[1];
        }
    }

    private long mediumPerPlaced() {
        return weights.weightOf(PlacementWeights.READY_PARTICIPANT_WITHOUT_PLACE).mediumScore();
    }

    /** The per-pair soft rules, with the plan's weights. */
    long soft(PairAssessment a, SlotFact slot) {
        long soft = (long) soft(PlacementWeights.OCCUPATION_AND_INTEREST_FIT) * RuleMeasures.fitPoints(a);
        if (a.travelMinutes() != null) {
            soft -= (long) soft(PlacementWeights.SHORT_TRIPS) * a.travelMinutes();
        }
        // The rule charges each need not met; counted here as met needs earned, which differs only by a constant
        // per placed participant (their needs), so the optimum is the same and the fit ratios stay comparable.
        soft += (long) soft(PlacementWeights.SUPPORT_FOR_NEEDS) * a.needsMet().size();
        if (slot.trackRecord().known() && slot.trackRecord().continuedPercent() > 0) {
            soft += (long) soft(PlacementWeights.PROVEN_EMPLOYER) * (slot.trackRecord().continuedPercent() / 5);
        }
        return soft;
    }

    private int soft(String rule) {
        return weights.weightOf(rule).softScore();
    }

    int rowCount() {
        return rows.size();
    }

    int arcCount() {
        return arcSlot.length;
    }

    /**
     * What a plan achieves on the linear core.
     *
     * @param placed      participants (not pinned) with a slot
     * @param medium      sum of the medium values of the placed
     * @param soft        sum of the soft values of the placed
     * @param violations  infeasible pairs used plus seats over capacity (0 for a feasible plan)
     */
    record Totals(int placed, long medium, long soft, int violations) {
    }

    Totals totals(PlacementPlan plan) {
        Map<PlannedPlacement, Integer> rowOf = new IdentityHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            rowOf.put(rows.get(i), i);
        }
        int[] assignment = new int[rows.size()];
        for (PlannedPlacement placement : plan.getPlacements()) {
            Integer row = rowOf.get(placement);
            if (row == null) {
                // a clone: match by participant id
                row = indexById(placement.getParticipantId());
            }
            if (row != null && !placement.isPinned()) {
                assignment[row] = placement.getSlot() == null ? -1 : slotIndex.get(sameSlot(placement.getSlot()));
            }
        }
        return totals(assignment);
    }

    private Map<String, Integer> byId;

    private Integer indexById(String id) {
        if (byId == null) {
            byId = new java.util.HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                byId.put(rows.get(i).getParticipantId(), i);
            }
        }
        return byId.get(id);
    }

    private Map<String, SlotFact> slotById;

    private SlotFact sameSlot(SlotFact slot) {
        if (slotIndex.containsKey(slot)) {
            return slot;
        }
        if (slotById == null) {
            slotById = new java.util.HashMap<>();
            slots.forEach(s -> slotById.put(s.id(), s));
        }
        return slotById.get(slot.id());
    }

    /** Totals of an assignment: per row a slot index, or −1 for none. */
    Totals totals(int[] assignment) {
        int placed = 0;
        long medium = 0;
        long soft = 0;
        int violations = 0;
        int[] used = new int[slots.size()];
        for (int i = 0; i < rows.size(); i++) {
            int j = assignment[i];
            if (j < 0) {
                continue;
            }
            placed++;
            used[j]++;
            medium += rowMedium[i];
            PairAssessment assessment = rows.get(i).assessmentOf(slots.get(j));
            if (!assessment.feasible()) {
                violations++;
            }
            soft += soft(assessment, slots.get(j));
        }
        for (int j = 0; j < slots.size(); j++) {
            violations += Math.max(0, used[j] - capacity[j]);
        }
        return new Totals(placed, medium, soft, violations);
    }

    /** Writes an assignment into the plan's (not pinned) placements. */
    void apply(int[] assignment) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setSlot(assignment[i] < 0 ? null : slots.get(assignment[i]));
        }
    }

    void clear() {
        rows.forEach(row -> row.setSlot(null));
    }
}
