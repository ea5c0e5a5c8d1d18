package se.tuna.placement.matcher.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * A plan for a waiting list (placeringsplan): which participant gets which slot. Nothing in it
 * is booked; a coordinator decides each placement.
 */
@PlanningSolution
public class PlacementPlan {

    @PlanningEntityCollectionProperty
    private List<PlannedPlacement> placements;
    @ProblemFactCollectionProperty
    private List<SlotFact> slots;
    @ConstraintConfigurationProvider
    private PlacementWeights weights;
    @PlanningScore
    private HardMediumSoftScore score;

    /** For OptaPlanner. */
    PlacementPlan() {
    }

    public PlacementPlan(List<PlannedPlacement> placements, List<SlotFact> slots, PlacementWeights weights) {
        this.placements = placements;
        this.slots = slots;
        this.weights = weights;
    }

    public List<PlannedPlacement> getPlacements() {
        return placements;
    }

    public List<SlotFact> getSlots() {
        return slots;
    }

    public PlacementWeights getWeights() {
        return weights;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }

    /**
     * The same plan with each slot's free seats as {@code freeSeats} gives them by slot id (a slot
     * it does not name keeps its own); every participant stays where they are planned, pinned or not,
     * for the solver to move from there.
     */
    public PlacementPlan withFreeSeats(Map<String, Integer> freeSeats) {
        Map<String, SlotFact> facts = slots.stream()
                .map(fact -> freeSeats.containsKey(fact.id()) ? fact.withFreeSeats(freeSeats.get(fact.id())) : fact)
                .collect(Collectors.toMap(SlotFact::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        PlacementPlan next = new PlacementPlan(placements.stream().map(placement -> placement.on(facts)).toList(),
                List.copyOf(facts.values()), weights);
        next.setScore(score);
        return next;
    }

    /** How many ready participants the plan gives a place. */
    public long placedCount() {
        return placements.stream().filter(p -> p.getSlot() != null).count();
    }
}
