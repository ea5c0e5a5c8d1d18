package se.tuna.placement.participants.history;

import java.time.LocalDate;
import java.util.function.BinaryOperator;
import java.util.function.IntFunction;

import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.StintLimit;
import se.tuna.placement.participants.placement.path.WeeklyTerms;

/**
 * Steps recorded after the fact, for a history that happened before the platform knew of it (the
 * demo's year, a site's caseload going live): each step goes through the real {@code Stint} and
 * {@link PlacementPath} methods, so it passes their rules, and is recorded on its own day.
 */
public final class Backdated {

    private Backdated() {
    }

    /** Recorded by {@code by} on {@code day} itself, at its start in the programme's zone. */
    public static Recorded on(LocalDate day, String by) {
        return new Recorded(by, day.atStartOfDay(ParticipantRules.PROGRAMME_ZONE).toInstant());
    }

    /**
     * The training extended a month at a time until a period takes in {@code day}: each extension
     * decided on the day {@code decidedOn} gives from the period's last day and the last step's day
     * (never before the latter), on the terms {@code termsOfMonth} gives for its month (1, 2, …).
     */
    public static PlacementPath extendedThrough(PlacementPath path, LocalDate day, BinaryOperator<LocalDate> decidedOn,
            IntFunction<WeeklyTerms> termsOfMonth, StintLimit limit, String by) {
        int month = 1;
        while (path.currentPeriod().orElseThrow().span().end().isBefore(day)) {
            LocalDate periodEnd = path.currentPeriod().orElseThrow().span().end();
            LocalDate last = path.stepsInForce().get(path.stepsInForce().size() - 1).on();
            LocalDate decided = decidedOn.apply(periodEnd, last);
            decided = decided.isBefore(last) ? last : decided;
            path = path.extend(decided, termsOfMonth.apply(month++), limit, on(decided, by)).path();
        }
        return path;
    }
}
