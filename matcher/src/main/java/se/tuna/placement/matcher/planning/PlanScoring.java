package se.tuna.placement.matcher.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * What each rule did to each placement of a plan, through the solver's public
 * {@link SolutionManager}. (A suggestion is scored without it: {@link CandidateScores}.)
 */
public class PlanScoring {

    private final SolutionManager<PlacementPlan, HardMediumSoftScore> solutions;

    public PlanScoring(SolverFactory<PlacementPlan> solverFactory) {
        this.solutions = SolutionManager.create(solverFactory);
    }

    /** What each rule did to each placement of the plan, by participant id, and the plan's score. */
    public Map<String, Map<String, HardMediumSoftScore>> effects(PlacementPlan plan) {
        Map<Object, Indictment<HardMediumSoftScore>> indictments = solutions.explain(plan).getIndictmentMap();
        SharedGroups groups = new SharedGroups(plan);
        Map<String, Map<String, HardMediumSoftScore>> effects = new HashMap<>();
        plan.getPlacements().forEach(p -> effects.put(p.getParticipantId(), effectsOf(indictments, groups, p)));
        return effects;
    }

    /**
     * The rule effects that concern one placement: its own matches, plus its share of the shared ones of
     * its slot (seats), its supervisor and its employer (load), which are indicted on those keys (see
     * {@link #shareOf}), so that the members' checklists add up to what the rule did to the plan.
     */
    private static Map<String, HardMediumSoftScore> effectsOf(Map<Object, Indictment<HardMediumSoftScore>> indictments,
            SharedGroups groups, PlannedPlacement placement) {
        List<Object> keys = new ArrayList<>();
        keys.add(placement);
        if (placement.getSlot() != null) {
            keys.add(placement.getSlot());
            keys.add(placement.getSlot().employerId());
            keys.add(placement.getSlot().supervisorKey());
        }
        // A match indicted on several of these keys counts once.
        Set<ConstraintMatch<HardMediumSoftScore>> matches = new HashSet<>();
        for (Object key : keys) {
            Indictment<HardMediumSoftScore> indictment = indictments.get(key);
            if (indictment != null) {
                matches.addAll(indictment.getConstraintMatchSet());
            }
        }
        Map<String, HardMediumSoftScore> effects = new HashMap<>();
        matches.forEach(match -> effects.merge(match.getConstraintName(), shareOf(match, groups, placement),
                HardMediumSoftScore::add));
        return effects;
    }

    /**
     * One placement's share of a match. A rule of one placement is all its own. A shared rule is split
     * so that the shares add up to the match: the load rules ((existing + n)² − existing² = n × (2 ×
     * existing + n), times the weight) in n equal shares, one per participant planned with that
     * supervisor or employer; the seats rule to the participants beyond the free seats, one weight each,
     * the seats going first to the placements a coordinator decided (pinned), then to the longest
     * waiting, then by participant id.
     */
    private static HardMediumSoftScore shareOf(ConstraintMatch<HardMediumSoftScore> match, SharedGroups groups,
            PlannedPlacement placement) {
        SlotFact slot = placement.getSlot();
        if (slot == null) {
            return match.getScore();
        }
        return switch (match.getConstraintName()) {
            case PlacementWeights.SLOT_SEATS -> {
                Seating seating = groups.seating(placement);
                yield seating.seated() ? HardMediumSoftScore.ZERO
                        : match.getScore().divide(seating.planned() - Math.max(0, slot.freeSeats()));
            }
            case PlacementWeights.SUPERVISOR_LOAD -> match.getScore().divide(groups.withSupervisorOf(slot));
            case PlacementWeights.EMPLOYER_LOAD -> match.getScore().divide(groups.withEmployerOf(slot));
            default -> match.getScore();
        };
    }

    /**
     * Each placement's standing at its slot's seats, by participant id. When a slot has too few, the seats go
     * first to the placements a coordinator decided (pinned), then to the longest waiting, then by participant
     * id; the seats rule's shares ({@link #shareOf}) and the checklist's seats line both follow this, so they
     * never disagree. A placement without a slot has no seat.
     */
    public static Map<String, Seating> seatings(PlacementPlan plan) {
        SharedGroups groups = new SharedGroups(plan);
        Map<String, Seating> seatings = new HashMap<>();
        plan.getPlacements().forEach(p -> seatings.put(p.getParticipantId(), groups.seating(p)));
        return seatings;
    }
}
