package se.tuna.placement.matcher.planning;

import se.tuna.placement.matcher.fit.PairAssessment;

/**
 * One slot a participant could get, with how they fit it: what a plan is built from. Candidates
 * of different participants share the slot fact, which is what seats and load are counted on.
 *
 * @param slot       the slot
 * @param assessment how the participant fits it
 */
public record Candidate(SlotFact slot, PairAssessment assessment) {
}
