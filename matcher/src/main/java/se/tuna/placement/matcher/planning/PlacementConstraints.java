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

import java.util.function.ToIntFunction;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import se.tuna.placement.matcher.fit.PairAssessment;

/**
 * The rules of a good placement, one method each; hard rules first. The table in
 * {@code docs/matching.md} and README names the same rules, and each has a ConstraintVerifier
 * test of the same name. What each rule counts for a placement is {@link RuleMeasures}, which a
 * suggestion's direct score ({@link CandidateScores}) reads too.
 */
public class PlacementConstraints implements ConstraintProvider {

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
                .filter((slot, placed) -> RuleMeasures.seatsShort(slot.freeSeats(), placed) > 0)
                .penalizeConfigurable((slot, placed) -> RuleMeasures.seatsShort(slot.freeSeats(), placed))
                .asConstraint(SLOT_SEATS);
    }

    // Nobody is placed where the work demands what their limitations rule out.
    Constraint limitationVersusDemand(ConstraintFactory factory) {
        return pairRule(factory, RuleMeasures::limitationConflicts, false, LIMITATION_VERSUS_DEMAND);
    }

    // The start hours fit both hour ranges and stay under the participant's start ceiling.
    Constraint startHours(ConstraintFactory factory) {
        return pairRule(factory, RuleMeasures::startHoursMissing, false, START_HOURS);
    }

    // The slot's days and times give the start hours within the participant's windows and daily maximum.
    Constraint scheduleFit(ConstraintFactory factory) {
        return pairRule(factory, RuleMeasures::scheduleMisfit, false, SCHEDULE_FIT);
    }

    // The trip is within the participant's limit for their way of travelling.
    Constraint travelTime(ConstraintFactory factory) {
        return pairRule(factory, RuleMeasures::minutesOverLimit, false, TRAVEL_TIME);
    }

    // Nobody is placed with an employer they should avoid.
    Constraint avoidedEmployer(ConstraintFactory factory) {
        return pairRule(factory, RuleMeasures::avoided, false, AVOIDED_EMPLOYER);
    }

    // Leave as few ready participants without a place as possible, longest waiting first.
    Constraint readyParticipantWithoutPlace(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PlannedPlacement.class)
                .filter(placement -> unplaced(placement) > 0)
                .penalizeConfigurable(PlacementConstraints::unplaced)
                .asConstraint(READY_PARTICIPANT_WITHOUT_PLACE);
    }

    // Prefer the occupations a participant aims for or knows, and tasks that match their interests.
    Constraint occupationAndInterestFit(ConstraintFactory factory) {
        return pairRule(factory, RuleMeasures::fitPoints, true, OCCUPATION_AND_INTEREST_FIT);
    }

    // Prefer shorter trips: every minute on the way counts.
    Constraint shortTrips(ConstraintFactory factory) {
        return pairRule(factory, RuleMeasures::tripMinutes, false, SHORT_TRIPS);
    }

    // A stated need the workplace does not say it meets costs: it is unknown until the employer is asked.
    Constraint supportForNeeds(ConstraintFactory factory) {
        return pairRule(factory, RuleMeasures::needsUnmet, false, SUPPORT_FOR_NEEDS);
    }

    // Spread participants over supervisors: load grows with the square of what one supervisor carries.
    Constraint supervisorLoad(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .groupBy(placement -> placement.getSlot().supervisorKey(), count(),
                        max(
                                (PlannedPlacement placement) -> placement.getSlot().supervisorLoad()))
                .penalizeConfigurable((supervisor, planned, existing) -> RuleMeasures.squareGrowth(existing, planned))
                .asConstraint(SUPERVISOR_LOAD);
    }

    // Spread participants over employers, the same way.
    Constraint employerLoad(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .groupBy(placement -> placement.getSlot().employerId(), count(),
                        max(
                                (PlannedPlacement placement) -> placement.getSlot().employerLoad()))
                .penalizeConfigurable((employer, planned, existing) -> RuleMeasures.squareGrowth(existing, planned))
                .asConstraint(EMPLOYER_LOAD);
    }

    // Prefer employers with whom earlier trials continued into work training.
    Constraint provenEmployer(ConstraintFactory factory) {
        return factory.forEach(PlannedPlacement.class)
                .filter(placement -> RuleMeasures.provenPoints(placement.getSlot()) > 0)
                .rewardConfigurable(placement -> RuleMeasures.provenPoints(placement.getSlot()))
                .asConstraint(PROVEN_EMPLOYER);
    }

    /** A rule of one placement's pair, matching where its measure is above 0. */
    private static Constraint pairRule(ConstraintFactory factory, ToIntFunction<PairAssessment> measure, boolean reward,
            String name) {
        var matches = factory.forEach(PlannedPlacement.class)
                .filter(placement -> measure.applyAsInt(placement.assessment()) > 0);
        return (reward ? matches.rewardConfigurable(placement -> measure.applyAsInt(placement.assessment()))
                : matches.penalizeConfigurable(placement -> measure.applyAsInt(placement.assessment())))
                .asConstraint(name);
    }

    private static int unplaced(PlannedPlacement placement) {
        return RuleMeasures.unplaced(placement.getSlot() != null, placement.isReady(), placement.getWaitingDays());
    }
}
