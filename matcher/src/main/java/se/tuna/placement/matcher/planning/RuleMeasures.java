package se.tuna.placement.matcher.planning;

import java.util.Objects;

import se.tuna.placement.matcher.fit.OccupationMatch;
import se.tuna.placement.matcher.fit.PairAssessment;

/**
 * Each rule's measure (match weight) for one placement, before the rule's configured weight: the one
 * definition of what a rule counts, read both by the constraint streams of {@link PlacementConstraints}
 * and by {@link CandidateScores} (a participant alone at a slot, as a suggestion scores it), so the two
 * can never drift. A rule with a measure of 0 does not match.
 */
public final class RuleMeasures {

    /** An empty place for a ready participant costs this, plus a point per day they have waited. */
    public static final int UNPLACED_BASE = 10_000;

    private RuleMeasures() {
    }

    /** Slot seats: the participants planned at a slot beyond its free seats. */
    public static int seatsShort(int freeSeats, int planned) {
        return planned > freeSeats ? planned - freeSeats : 0;
    }

    /** Limitation versus demand: how many ways the slot's demands clash with the limitations. */
    public static int limitationConflicts(PairAssessment a) {
        return a.limitationConflicts();
    }

    /** Start hours: 1 when no start fits both hour ranges under the ceiling. */
    public static int startHoursMissing(PairAssessment a) {
        return a.startHoursFit() ? 0 : 1;
    }

    /** Schedule fit: 1 when the slot's days and times do not give the start hours. */
    public static int scheduleMisfit(PairAssessment a) {
        return a.scheduleFits() ? 0 : 1;
    }

    /** Travel time: minutes over the participant's limit. */
    public static int minutesOverLimit(PairAssessment a) {
        return a.travelMinutesOverLimit();
    }

    /** Avoided employer: 1 with an employer the participant should avoid. */
    public static int avoided(PairAssessment a) {
        return a.avoidedEmployer() ? 1 : 0;
    }

    /** Ready participant without place: the base and the days waited, for a ready participant with no slot. */
    public static int unplaced(boolean placed, boolean ready, int waitingDays) {
        return !placed && ready ? UNPLACED_BASE + waitingDays : 0;
    }

    /** Occupation: goal 100, same group as a goal 60, experience 40, related 25; interests up to 50 more. */
    public static int fitPoints(PairAssessment a) {
        int occupation = switch (Objects.requireNonNullElse(a.occupationMatch(), OccupationMatch.UNKNOWN)) {
            case GOAL -> 100;
            case GOAL_GROUP -> 60;
            case EXPERIENCE -> 40;
            case RELATED -> 25;
            case NONE, UNKNOWN -> 0;
        };
        int interests = a.interestRelevance() == null ? 0 : (int) Math.round(50 * a.interestRelevance());
        return occupation + interests;
    }

    /** Short trips: every minute on the way; 0 when the trip cannot be told. */
    public static int tripMinutes(PairAssessment a) {
        return a.travelMinutes() == null ? 0 : a.travelMinutes();
    }

    /** Support for needs: stated needs the workplace does not say it meets. */
    public static int needsUnmet(PairAssessment a) {
        return a.needsUnmet().size();
    }

    /**
     * Supervisor and employer load: what {@code planned} more participants add to a load of {@code existing},
     * (existing + planned)² − existing², so the tenth participant at one supervisor costs far more than the
     * second at another.
     */
    public static int squareGrowth(int existing, int planned) {
        int total = existing + planned;
        return total * total - existing * existing;
    }

    /** Proven employer: a fifth of the share of earlier trials that continued, in percent, once known. */
    public static int provenPoints(SlotFact slot) {
        EmployerTrackRecord record = slot.trackRecord();
        return record.known() ? record.continuedPercent() / 5 : 0;
    }
}
