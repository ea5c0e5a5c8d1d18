package se.tuna.placement.matcher.planning;

import java.util.ArrayList;
import java.util.Comparator;
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
import se.tuna.placement.matcher.fit.PairAssessment;

/**
 * The model's score of placements, rule by rule: for ranking one participant's candidates (one
 * score calculation per candidate) and for what each rule did to each placement of a plan.
 * Through the solver's public {@link SolutionManager}, so a suggestion is ranked by exactly the
 * rules a plan is solved with.
 */
public class PlanScoring {

    private final SolutionManager<PlacementPlan, HardMediumSoftScore> solutions;

    public PlanScoring(SolverFactory<PlacementPlan> solverFactory) {
        this.solutions = SolutionManager.create(solverFactory);
    }

    /**
     * A candidate slot with the score the whole plan gets when the participant takes it.
     *
     * @param slot    the slot
     * @param score   the plan's score with it
     * @param effects what each rule did, by rule name (only filled for the ranked top)
     */
    public record ScoredCandidate(SlotFact slot, HardMediumSoftScore score, Map<String, HardMediumSoftScore> effects) {
    }

    /**
     * Ranks the candidates of one participant of {@code plan}, best first, with the rule effects
     * of the best {@code top}. The participant's slot is left as it was. Equal scores are ordered
     * by {@link #bestFirst}, never by the order the candidates came in.
     */
    public List<ScoredCandidate> rank(PlacementPlan plan, PlannedPlacement participant, int top) {
        SlotFact was = participant.getSlot();
        try {
            List<ScoredCandidate> scored = new ArrayList<>();
            for (SlotFact candidate : participant.getCandidateSlots()) {
                participant.setSlot(candidate);
                scored.add(new ScoredCandidate(candidate, solutions.update(plan), Map.of()));
            }
            scored.sort(bestFirst(participant));
            List<ScoredCandidate> ranked = new ArrayList<>(scored.size());
            for (int i = 0; i < scored.size(); i++) {
                ScoredCandidate candidate = scored.get(i);
                if (i < top) {
                    participant.setSlot(candidate.slot());
                    candidate = new ScoredCandidate(candidate.slot(), candidate.score(),
                            effectsOf(solutions.explain(plan).getIndictmentMap(), new SharedGroups(plan), participant));
                }
                ranked.add(candidate);
            }
            return ranked;
        } finally {
            participant.setSlot(was);
            solutions.update(plan);
        }
    }

    /**
     * The order of a participant's candidates: the higher score first; on equal scores the shorter trip
     * (an unknown trip after every known one), then the slot id, so the same candidates always come in the
     * same order, whatever order the search returned them in.
     */
    static Comparator<ScoredCandidate> bestFirst(PlannedPlacement participant) {
        return Comparator.comparing(ScoredCandidate::score).reversed()
                .thenComparing(candidate -> tripOf(participant, candidate.slot()), Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                .thenComparing(candidate -> candidate.slot().id());
    }

    private static Integer tripOf(PlannedPlacement participant, SlotFact slot) {
        PairAssessment assessment = participant.assessmentOf(slot);
        return assessment == null ? null : assessment.travelMinutes();
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
