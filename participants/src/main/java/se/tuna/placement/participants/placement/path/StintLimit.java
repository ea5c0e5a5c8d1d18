package se.tuna.placement.participants.placement.path;

import java.time.LocalDate;
import java.time.Period;

import se.tuna.placement.catalog.error.ConflictException;

/**
 * The last day of a participant's stint (inskrivning): nobody stays in the programme longer than a
 * year after enrolment ("Maximal tid för deltagande i TUNA är ett år"), or whatever the site has
 * set. Training is fitted inside it, and coaches are warned from a month before.
 *
 * @param lastDay the stint's last day, included
 */
public record StintLimit(LocalDate lastDay) {

    /** The programme's longest stint, unless a site sets its own. */
    public static final Period ONE_YEAR = Period.ofYears(1);
    /** How long before the last day the coach is warned, to plan the exit in time. */
    public static final Period WARNING = Period.ofMonths(1);

    /** The limit of a stint enrolled on {@code enrolledOn} that may last {@code longest}: enrolled 15 January, last day 14 January. */
    public static StintLimit after(LocalDate enrolledOn, Period longest) {
        return new StintLimit(enrolledOn.plus(longest).minusDays(1));
    }

    /** Whether {@code today} is a month or less before the last day, or past it: the time to warn. */
    public boolean warnsOn(LocalDate today) {
        return !today.isBefore(lastDay.minus(WARNING));
    }

    /**
     * The period fitted inside the stint: ending on the last day if it would pass it (and saying it
     * was shortened), refused if it would start after it.
     */
    TrainingPeriod fit(DateSpan span, WeeklyTerms terms) {
        if (span.start().isAfter(lastDay)) {
            throw new ConflictException("start", "The stint ends on " + lastDay + "; a period from " + span.start()
                    + " would start after it");
        }
        if (span.end().isAfter(lastDay)) {
            return new TrainingPeriod(span.endingOn(lastDay), terms, true);
        }
        return new TrainingPeriod(span, terms, false);
    }
}
