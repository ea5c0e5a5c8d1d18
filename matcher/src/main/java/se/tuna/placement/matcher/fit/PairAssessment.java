package se.tuna.placement.matcher.fit;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.participants.participant.FunctionalLimitation;

/**
 * Everything the matching rules need to know about one participant at one slot, worked out
 * once from the two (see {@link PairAssessor}). A value that cannot be told from the recorded data
 * is {@code null} (or {@link OccupationMatch#UNKNOWN}), never a guess: explanations show it as
 * unknown and it is never counted as a match.
 *
 * @param conflictingDemands    demands of the slot that the participant's limitations rule out
 * @param liftTooHeavy          the slot's heaviest lift exceeds the participant's limit; {@code null} if the slot does not say
 * @param missingAccessibility  accessibility the participant needs that the workplace lacks
 * @param startHours            the weekly hours to start with (the lowest both can agree on); {@code null} when none fits
 * @param startRangeLow         the lowest hours both accept (participant's and slot's minimum)
 * @param startRangeHigh        the highest start both accept (maximums and the start ceiling)
 * @param attainableHours       weekly hours the slot's times give within the participant's windows and daily maximum;
 *                              {@code null} if the participant's availability is not recorded
 * @param travelMinutes         the estimated one-way trip; {@code null} if it cannot be told
 * @param maxTravelMinutes      the participant's limit; {@code null} if not recorded
 * @param avoidedEmployer       the participant should not be placed with this employer
 * @param occupationMatch       how the occupation fits the participant's goals and experience
 * @param interestRelevance     how well the tasks match interests, skills and strengths, 0–1; {@code null} if nothing recorded
 * @param sharedInterestWords   the participant's words the slot's title and tasks also use (words that carry
 *                              no meaning, such as "arbeta" or "uppgifter", never count)
 * @param relatedInterestWords  the participant's words the tasks do not use but whose related term from the
 *                              JobTech taxonomy they do: the participant's word to that term (kock → kallskänka)
 * @param needsMet              stated needs the slot's support meets
 * @param needsUnmet            stated needs it does not meet
 */
public record PairAssessment(
        Set<WorkDemand> conflictingDemands,
        Boolean liftTooHeavy,
        Set<Accessibility> missingAccessibility,
        Integer startHours,
        int startRangeLow,
        int startRangeHigh,
        Double attainableHours,
        Integer travelMinutes,
        Integer maxTravelMinutes,
        boolean avoidedEmployer,
        OccupationMatch occupationMatch,
        Double interestRelevance,
        Set<String> sharedInterestWords,
        Map<String, String> relatedInterestWords,
        Set<FunctionalLimitation> needsMet,
        Set<FunctionalLimitation> needsUnmet) {

    public PairAssessment {
        conflictingDemands = Set.copyOf(conflictingDemands);
        missingAccessibility = Set.copyOf(missingAccessibility);
        sharedInterestWords = Collections.unmodifiableSet(new TreeSet<>(sharedInterestWords));
        relatedInterestWords = Collections.unmodifiableMap(new TreeMap<>(relatedInterestWords));
        needsMet = Set.copyOf(needsMet);
        needsUnmet = Set.copyOf(needsUnmet);
    }

    /** How many ways the slot's demands clash with the participant's limitations. */
    public int limitationConflicts() {
        return conflictingDemands.size() + missingAccessibility.size() + (Boolean.TRUE.equals(liftTooHeavy) ? 1 : 0);
    }

    public boolean startHoursFit() {
        return startHours != null;
    }

    /**
     * The slot's times give at least the start hours (or, with no agreed start, the lowest
     * acceptable); an unrecorded availability is not held against the slot.
     */
    public boolean scheduleFits() {
        return attainableHours == null || attainableHours + 1e-9 >= (startHours != null ? startHours : startRangeLow);
    }

    /** Minutes over the participant's limit; 0 when within it or when it cannot be told. */
    public int travelMinutesOverLimit() {
        return travelMinutes == null || maxTravelMinutes == null ? 0 : Math.max(0, travelMinutes - maxTravelMinutes);
    }

    /** Whether every hard rule that depends only on the pair holds. */
    public boolean feasible() {
        return limitationConflicts() == 0 && startHoursFit() && scheduleFits() && travelMinutesOverLimit() == 0
                && !avoidedEmployer;
    }
}
