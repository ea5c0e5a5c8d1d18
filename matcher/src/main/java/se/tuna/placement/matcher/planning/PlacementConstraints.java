package se.tuna.placement.matcher.planning;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;
import static se.tuna.placement.matcher.planning.PlacementWeights.AVOIDED_EMPLOYER;
import static se.tuna.placement.matcher.planning.PlacementWeights.EMPLOYER_LOAD;
import static se.tuna.placement.matcher.planning.PlacementWeights.LIMITATION_VERSUS_DEMAND;
import static se.tuna.placement.matcher.planning.PlacementWeights.OCCUPATION_AND_INTEREST_FIT;
import static se.tuna.placement.matcher.planning.PlacementWeights.PROVEN_EMPLOYER;
import static se.tuna.placement.matcher.planning.PlacementWeights.READY_PARTICIPANT_WITHOUT_PLACE;
import static se.tuna.placement.matcher.planning.PlacementWeights.SCHEDULE_FIT;
import static se.tuna.placement.matcher.planning.PlacementWeights.SHORT_TRIPS;
import static se.tuna.placement.matcher.planning.PlacementWeights.SLOT_SEATS;
import static se.tuna.placement.matcher.planning.PlacementWeights.START_HOURS;
import static se.tuna.placement.matcher.planning.PlacementWeights.SUPERVISOR_LOAD;
import static se.tuna.placement.matcher.planning.PlacementWeights.SUPPORT_FOR_NEEDS;
import static se.tuna.placement.matcher.planning.PlacementWeights.TRAVEL_TIME;

import java.util.Objects;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import se.tuna.placement.matcher.fit.OccupationMatch;
import se.tuna.placement.matcher.fit.PairAssessment;

/**
 * The rules of a good placement, one method each; hard rules first. The table in
 * {@code docs/matching.md} and README names the same rules, and each has a ConstraintVerifier
 * test of the same name.
 */
public class PlacementConstraints implements ConstraintProvider {

    /** An empty place for a ready participant costs this, plus a point per day they have waited. */
    public static final int UNPLACED_BASE = 10_000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            slotSeats(factory),
            limitationVersusDemand(factory),
            startHours(factory),
            scheduleFit(factory),
            travelTime(factory),
            avoidedEmployer(factory),
            readyParticipantWithoutPlace(factory),
            occupationAndInterestFit(factory),
            shortTrips(factory),
            supportForNeeds(factory),
            supervisorLoad(factory),
            employerLoad(factory),
            provenEmployer(factory)
        };
    }

    // A slot never takes more participants than it has free seats.
    Constraint slotSeats(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .groupBy(PlannedPlacement::getSlot, count())
                .filter((slot, placed) -> placed > slot.freeSeats())
                .penalizeConfigurable((slot, placed) -> placed - slot.freeSeats())
                .asConstraint(SLOT_SEATS);
    }

    // Nobody is placed where the work demands what their limitations rule out.
    Constraint limitationVersusDemand(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .filter(placement -> assessment(placement).limitationConflicts() > 0)
                .penalizeConfigurable(placement -> assessment(placement).limitationConflicts())
                .asConstraint(LIMITATION_VERSUS_DEMAND);
    }

    // The start hours fit both hour ranges and stay under the participant's start ceiling.
    Constraint startHours(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .filter(placement -> !assessment(placement).startHoursFit())
                .penalizeConfigurable()
                .asConstraint(START_HOURS);
    }

    // The slot's days and times give the start hours within the participant's windows and daily maximum.
    Constraint scheduleFit(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .filter(placement -> !assessment(placement).scheduleFits())
                .penalizeConfigurable()
                .asConstraint(SCHEDULE_FIT);
    }

    // The trip is within the participant's limit for their way of travelling.
    Constraint travelTime(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .filter(placement -> assessment(placement).travelMinutesOverLimit() > 0)
                .penalizeConfigurable(placement -> assessment(placement).travelMinutesOverLimit())
                .asConstraint(TRAVEL_TIME);
    }

    // Nobody is placed with an employer they should avoid.
    Constraint avoidedEmployer(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .filter(placement -> assessment(placement).avoidedEmployer())
                .penalizeConfigurable()
                .asConstraint(AVOIDED_EMPLOYER);
    }

    // Leave as few ready participants without a place as possible, longest waiting first.
    Constraint readyParticipantWithoutPlace(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PlannedPlacement.class)
                .filter(placement -> placement.getSlot() == null && placement.isReady())
                .penalizeConfigurable(placement -> UNPLACED_BASE + placement.getWaitingDays())
                .asConstraint(READY_PARTICIPANT_WITHOUT_PLACE);
    }

    // Prefer the occupations a participant aims for or knows, and tasks that match their interests.
    Constraint occupationAndInterestFit(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .filter(placement -> fitPoints(assessment(placement)) > 0)
                .rewardConfigurable(placement -> fitPoints(assessment(placement)))
                .asConstraint(OCCUPATION_AND_INTEREST_FIT);
    }

    // Prefer shorter trips: every minute on the way counts.
    Constraint shortTrips(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .filter(placement -> assessment(placement).travelMinutes() != null)
                .penalizeConfigurable(placement -> assessment(placement).travelMinutes())
                .asConstraint(SHORT_TRIPS);
    }

    // A stated need the workplace does not say it meets costs: it is unknown until the employer is asked.
    Constraint supportForNeeds(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .filter(placement -> !assessment(placement).needsUnmet().isEmpty())
                .penalizeConfigurable(placement -> assessment(placement).needsUnmet().size())
                .asConstraint(SUPPORT_FOR_NEEDS);
    }

    // Spread participants over supervisors: load grows with the square of what one supervisor carries.
    Constraint supervisorLoad(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .groupBy(placement -> placement.getSlot().supervisorKey(), count(),
                        max(
                                (PlannedPlacement placement) -> placement.getSlot().supervisorLoad()))
                .penalizeConfigurable((supervisor, planned, existing) -> squareGrowth(existing, planned))
                .asConstraint(SUPERVISOR_LOAD);
    }

    // Spread participants over employers, the same way.
    Constraint employerLoad(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .groupBy(placement -> placement.getSlot().employerId(), count(),
                        max(
                                (PlannedPlacement placement) -> placement.getSlot().employerLoad()))
                .penalizeConfigurable((employer, planned, existing) -> squareGrowth(existing, planned))
                .asConstraint(EMPLOYER_LOAD);
    }

    // Prefer employers with whom earlier trials continued into work training.
    Constraint provenEmployer(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .filter(placement -> placement.getSlot().trackRecord().known()
                        && placement.getSlot().trackRecord().continuedPercent() > 0)
                .rewardConfigurable(placement -> placement.getSlot().trackRecord().continuedPercent() / 5)
                .asConstraint(PROVEN_EMPLOYER);
    }

    private static PairAssessment assessment(PlannedPlacement placement) {
        return placement.assessment();
    }

    /** Occupation: goal 100, same group as a goal 60, experience 40, related 25; interests up to 50 more. */
    public static int fitPoints(PairAssessment assessment) {
        int occupation = switch (Objects.requireNonNullElse(assessment.occupationMatch(), OccupationMatch.UNKNOWN)) {
            case GOAL -> 100;
            case GOAL_GROUP -> 60;
            case EXPERIENCE -> 40;
            case RELATED -> 25;
            case NONE, UNKNOWN -> 0;
        };
        int interests = assessment.interestRelevance() == null ? 0 : (int) Math.round(50 * assessment.interestRelevance());
        return occupation + interests;
    }

    /**
     * What {@code planned} more participants add to a load of {@code existing}: (existing + planned)² − existing²,
     * so the tenth participant at one supervisor costs far more than the second at another.
     */
    public static int squareGrowth(int existing, int planned) {
        int total = existing + planned;
        return total * total - existing * existing;
    }
}
