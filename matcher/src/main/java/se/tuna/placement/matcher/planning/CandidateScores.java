package se.tuna.placement.matcher.planning;

import static se.tuna.placement.matcher.planning.PlacementWeights.AVOIDED_EMPLOYER;
import static se.tuna.placement.matcher.planning.PlacementWeights.EMPLOYER_LOAD;
import static se.tuna.placement.matcher.planning.PlacementWeights.LIMITATION_VERSUS_DEMAND;
import static se.tuna.placement.matcher.planning.PlacementWeights.OCCUPATION_AND_INTEREST_FIT;
import static se.tuna.placement.matcher.planning.PlacementWeights.PROVEN_EMPLOYER;
import static se.tuna.placement.matcher.planning.PlacementWeights.SCHEDULE_FIT;
import static se.tuna.placement.matcher.planning.PlacementWeights.SHORT_TRIPS;
import static se.tuna.placement.matcher.planning.PlacementWeights.SLOT_SEATS;
import static se.tuna.placement.matcher.planning.PlacementWeights.START_HOURS;
import static se.tuna.placement.matcher.planning.PlacementWeights.SUPERVISOR_LOAD;
import static se.tuna.placement.matcher.planning.PlacementWeights.SUPPORT_FOR_NEEDS;
import static se.tuna.placement.matcher.planning.PlacementWeights.TRAVEL_TIME;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import se.tuna.placement.matcher.fit.PairAssessment;

/**
 * The model's score of a participant alone taking a slot (a suggestion), worked out directly from
 * the pair's assessment and the slot's fact: each rule's {@link RuleMeasures measure} times its
 * configured weight, the same as the score of a plan of that one participant (the seats rule sees one
 * participant at the slot, the load rules one more at its supervisor and employer, the rule of an
 * empty place nothing). Scoring a hundred candidates this way costs microseconds, where a score
 * calculation of the solver per candidate cost most of a suggestion; {@code CandidateScoresTest}
 * holds it equal to the solver's {@code SolutionManager} on the same plan.
 */
public final class CandidateScores {

    private CandidateScores() {
    }

    /** A candidate with the score of the participant taking it alone. */
    public record Scored(Candidate candidate, HardMediumSoftScore score) {
    }

    /** Where a rule's effect goes: a rule with no match, or a weight of zero, is never passed. */
    private interface Effects {
        void add(String rule, HardMediumSoftScore effect);
    }

    /** The candidates scored, best first by {@link #bestFirst}. */
    public static List<Scored> rank(List<Candidate> candidates, PlacementWeights weights) {
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            scored.add(new Scored(candidate, alone(candidate, weights)));
        }
        scored.sort(bestFirst());
        return scored;
    }

    /**
     * The order of a participant's candidates: the higher score first; on equal scores the shorter trip
     * (an unknown trip after every known one), then the slot id, so the same candidates always come in the
     * same order, whatever order the search returned them in.
     */
    public static Comparator<Scored> bestFirst() {
        return Comparator.comparing(Scored::score).reversed()
                .thenComparing((Scored s) -> s.candidate().assessment().travelMinutes(),
                        Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                .thenComparing(s -> s.candidate().slot().id());
    }

    /** The score of the participant alone at the candidate's slot. */
    public static HardMediumSoftScore alone(Candidate candidate, PlacementWeights weights) {
        HardMediumSoftScore[] sum = {HardMediumSoftScore.ZERO};
        alone(candidate, weights, (rule, effect) -> sum[0] = sum[0].add(effect));
        return sum[0];
    }

    /** What each rule did to {@link #alone}'s score, by rule name; rules that did nothing are left out. */
    public static Map<String, HardMediumSoftScore> effectsAlone(Candidate candidate, PlacementWeights weights) {
        Map<String, HardMediumSoftScore> effects = new HashMap<>();
        alone(candidate, weights, effects::put);
        return effects;
    }

    /** What a placed pair adds by the rules that concern the pair alone (no seats, no load). */
    public static HardMediumSoftScore pairWorth(PlacementWeights weights, PairAssessment a, SlotFact slot) {
        HardMediumSoftScore[] sum = {HardMediumSoftScore.ZERO};
        pair(a, slot, weights, (rule, effect) -> sum[0] = sum[0].add(effect));
        return sum[0];
    }

    private static void alone(Candidate candidate, PlacementWeights weights, Effects effects) {
        SlotFact slot = candidate.slot();
        penalty(effects, weights, SLOT_SEATS, RuleMeasures.seatsShort(slot.freeSeats(), 1));
        pair(candidate.assessment(), slot, weights, effects);
        penalty(effects, weights, SUPERVISOR_LOAD, RuleMeasures.squareGrowth(slot.supervisorLoad(), 1));
        penalty(effects, weights, EMPLOYER_LOAD, RuleMeasures.squareGrowth(slot.employerLoad(), 1));
        // Ready participant without place: a suggestion places them, so the rule does nothing.
    }

    private static void pair(PairAssessment a, SlotFact slot, PlacementWeights weights, Effects effects) {
        penalty(effects, weights, LIMITATION_VERSUS_DEMAND, RuleMeasures.limitationConflicts(a));
        penalty(effects, weights, START_HOURS, RuleMeasures.startHoursMissing(a));
        penalty(effects, weights, SCHEDULE_FIT, RuleMeasures.scheduleMisfit(a));
        penalty(effects, weights, TRAVEL_TIME, RuleMeasures.minutesOverLimit(a));
        penalty(effects, weights, AVOIDED_EMPLOYER, RuleMeasures.avoided(a));
        reward(effects, weights, OCCUPATION_AND_INTEREST_FIT, RuleMeasures.fitPoints(a));
        penalty(effects, weights, SHORT_TRIPS, RuleMeasures.tripMinutes(a));
        penalty(effects, weights, SUPPORT_FOR_NEEDS, RuleMeasures.needsUnmet(a));
        reward(effects, weights, PROVEN_EMPLOYER, RuleMeasures.provenPoints(slot));
    }

    private static void penalty(Effects effects, PlacementWeights weights, String rule, int measure) {
        reward(effects, weights, rule, -measure);
    }

    /** As the solver does: a rule whose weight is zero is switched off, one whose measure is 0 does not match. */
    private static void reward(Effects effects, PlacementWeights weights, String rule, int measure) {
        HardMediumSoftScore weight = weights.weightOf(rule);
        if (measure != 0 && !weight.isZero()) {
            effects.add(rule, weight.multiply(measure));
        }
    }
}
