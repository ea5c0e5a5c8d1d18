package se.tuna.placement.followup.schedule;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;
import static org.optaplanner.core.api.score.stream.Joiners.lessThan;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The rules of a follow-up schedule, one method each (the table in {@code docs/follow-up.md} names
 * the same rules). Hard: what cannot happen. Medium: every visit planned. Soft: what makes a better
 * week, in minutes of a coach's time or their equivalent.
 */
public class FollowUpConstraints implements ConstraintProvider {

    public static final String OUTSIDE_DUE_WINDOW = "Outside the due window";
    public static final String OUTSIDE_WORKING_TIME = "Outside the visitor's working time";
    public static final String DURING_ABSENCE = "During the visitor's absence";
    public static final String CLASHES_WITH_COMMITMENT = "Clashes with a fixed commitment";
    public static final String PARTICIPANT_NOT_THERE = "Participant not there";
    public static final String TOO_LITTLE_TIME_BETWEEN = "Overlap or too little time to travel";
    public static final String VISITOR_LOOKS_AFTER = "Visitor looks after the participant";
    public static final String UNPLANNED_VISIT = "Unplanned visit";
    public static final String TRAVEL_BETWEEN_VISITS = "Travel between visits";
    public static final String TRAVEL_FROM_BASE = "Travel from the base";
    public static final String TRAVEL_TO_BASE = "Travel back to the base";
    public static final String NEARBY_VISITS_SAME_DAY = "Nearby visits on the same day";
    public static final String OWN_COACH = "The participant's own coach";
    public static final String EVEN_LOAD = "Even load over days";
    public static final String CLOSE_TO_DUE_DATE = "Close to the due date";
    public static final String FEW_CHANGES = "Few changes from the published plan";

    /** Taking another coach than the participant's own costs as much as two hours' travel: only when theirs cannot. */
    static final int OTHER_COACH_COST = 120;
    /** Each day from the due day costs as much as five minutes' travel. */
    static final int DAY_FROM_DUE_COST = 5;
    /**
     * Moving a visit people have seen costs as much as three hours' travel: it moves when its time no longer works,
     * and otherwise only when that much better (an even load alone must not push visits along from day to day).
     */
    static final int MOVE_COST = 180;
    /** Two visits this close (minutes apart) are worth putting on the same day. */
    static final int NEARBY_MINUTES = 10;
    static final int NEARBY_REWARD = 10;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                outsideDueWindow(factory),
                outsideWorkingTime(factory),
                duringAbsence(factory),
                clashesWithCommitment(factory),
                participantNotThere(factory),
                tooLittleTimeBetween(factory),
                visitorLooksAfter(factory),
                unplannedVisit(factory),
                travelBetweenVisits(factory),
                travelFromBase(factory),
                travelToBase(factory),
                nearbyVisitsSameDay(factory),
                ownCoach(factory),
                evenLoad(factory),
                closeToDueDate(factory),
                fewChanges(factory)
        };
    }

    // A visit takes place within its due window (each day outside counts).
    Constraint outsideDueWindow(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .filter(visit -> !visit.insideWindow())
                .penalize(HardMediumSoftScore.ONE_HARD, PlannedVisit::daysOutsideWindow)
                .asConstraint(OUTSIDE_DUE_WINDOW);
    }

    // The visitor works from leaving their base to being back, travel included.
    Constraint outsideWorkingTime(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .filter(visit -> !visit.withinWorkingTime())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(OUTSIDE_WORKING_TIME);
    }

    // Never on a day the visitor is away.
    Constraint duringAbsence(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .filter(visit -> visit.getVisitor().absentOn(visit.day()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(DURING_ABSENCE);
    }

    // Never over a fixed commitment or a booked study visit, travel to and from its place included.
    Constraint clashesWithCommitment(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .join(BusyTime.class, equal(visit -> visit.getVisitor().accountId(), BusyTime::visitorId),
                        equal(PlannedVisit::day, BusyTime::day))
                .filter((visit, busy) -> visit.clashWith(busy) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, PlannedVisit::clashWith)
                .asConstraint(CLASHES_WITH_COMMITMENT);
    }

    // Only while the participant is at the workplace (or can come to the office).
    Constraint participantNotThere(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .filter(visit -> !visit.participantThere())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(PARTICIPANT_NOT_THERE);
    }

    // A visitor's visits do not overlap, and leave time to travel from one to the next.
    Constraint tooLittleTimeBetween(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlannedVisit.class, equal(PlannedVisit::getVisitor), equal(PlannedVisit::day))
                .filter((one, other) -> shortage(one, other) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, FollowUpConstraints::shortage)
                .asConstraint(TOO_LITTLE_TIME_BETWEEN);
    }

    // Only a coach who looks after the participant that day visits: their own, or one standing in for them then.
    Constraint visitorLooksAfter(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .filter(visit -> !visit.visitorLooksAfter())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(VISITOR_LOOKS_AFTER);
    }

    // Every visit planned: one left out is listed with the reason, never dropped.
    Constraint unplannedVisit(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PlannedVisit.class)
                .filter(visit -> visit.getStart() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint(UNPLANNED_VISIT);
    }

    // Less travel: the minutes from each visit to the visitor's next one that day.
    Constraint travelBetweenVisits(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .join(PlannedVisit.class, equal(PlannedVisit::getVisitor), equal(PlannedVisit::day),
                        lessThan(PlannedVisit::order))
                .ifNotExists(PlannedVisit.class, equal((first, next) -> first.getVisitor(), PlannedVisit::getVisitor),
                        equal((first, next) -> first.day(), PlannedVisit::day),
                        filtering((first, next, between) -> between.planned()
                                && first.order() < between.order() && between.order() < next.order()))
                .penalize(HardMediumSoftScore.ONE_SOFT, PlannedVisit::travelTo)
                .asConstraint(TRAVEL_BETWEEN_VISITS);
    }

    // Less travel: from the visitor's base to their first visit of the day.
    Constraint travelFromBase(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .ifNotExists(PlannedVisit.class, equal(PlannedVisit::getVisitor), equal(PlannedVisit::day),
                        filtering((visit, earlier) -> earlier.planned() && earlier.order() < visit.order()))
                .penalize(HardMediumSoftScore.ONE_SOFT, visit -> visit.travelFrom(visit.getVisitor().base()))
                .asConstraint(TRAVEL_FROM_BASE);
    }

    // Less travel: from the visitor's last visit of the day back to their base.
    Constraint travelToBase(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .ifNotExists(PlannedVisit.class, equal(PlannedVisit::getVisitor), equal(PlannedVisit::day),
                        filtering((visit, later) -> later.planned() && later.order() > visit.order()))
                .penalize(HardMediumSoftScore.ONE_SOFT, visit -> visit.travelTo(visit.getVisitor().base()))
                .asConstraint(TRAVEL_TO_BASE);
    }

    // Visits at places close together go well on the same day, by the same visitor.
    Constraint nearbyVisitsSameDay(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlannedVisit.class, equal(PlannedVisit::getVisitor), equal(PlannedVisit::day))
                .filter((one, other) -> one.getPlace() != other.getPlace() && one.travelTo(other) <= NEARBY_MINUTES)
                .reward(HardMediumSoftScore.ofSoft(NEARBY_REWARD))
                .asConstraint(NEARBY_VISITS_SAME_DAY);
    }

    // The participant's own coach visits; one standing in only when that is clearly better (theirs is away).
    Constraint ownCoach(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .filter(visit -> !visit.byOwnCoach())
                .penalize(HardMediumSoftScore.ofSoft(OTHER_COACH_COST))
                .asConstraint(OWN_COACH);
    }

    // An even load: a long day costs more than two half days (minutes of visits, squared, per hour).
    Constraint evenLoad(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .groupBy(PlannedVisit::getVisitor, PlannedVisit::day, sum(PlannedVisit::getMinutes))
                .penalize(HardMediumSoftScore.ONE_SOFT, (visitor, day, minutes) -> minutes * minutes / 600)
                .asConstraint(EVEN_LOAD);
    }

    // Close to the due day: each day before or after it counts.
    Constraint closeToDueDate(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .filter(visit -> visit.daysFromDue() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, visit -> visit.daysFromDue() * DAY_FROM_DUE_COST)
                .asConstraint(CLOSE_TO_DUE_DATE);
    }

    // Few changes from the plan people already saw: a visit moves only when clearly better.
    Constraint fewChanges(ConstraintFactory factory) {
        return factory.forEach(PlannedVisit.class)
                .filter(PlannedVisit::movedFromPublished)
                .penalize(HardMediumSoftScore.ofSoft(MOVE_COST))
                .asConstraint(FEW_CHANGES);
    }

    private static int shortage(PlannedVisit one, PlannedVisit other) {
        return one.order() < other.order() ? one.shortageBefore(other) : other.shortageBefore(one);
    }
}
