package se.tuna.placement.participants.placement.path;

import java.time.LocalDate;
import java.time.Period;

import se.tuna.placement.catalog.shared.CommonRules;

/**
 * Days from one to another, both included: a trial's three weeks or a month of work training.
 *
 * @param start the first day
 * @param end   the last day, included
 */
public record DateSpan(LocalDate start, LocalDate end) {

    /** The span of {@code length} that starts on {@code start}: three weeks from a Monday end on the Sunday. */
    public static DateSpan starting(LocalDate start, Period length) {
        if (start == null || start.isAfter(CommonRules.LATEST_DATE)) {
            // A start the records cannot hold is refused by the rules; its end is not worked out (it may not exist).
            return new DateSpan(start, start);
        }
        return new DateSpan(start, start.plus(length).minusDays(1));
    }

    /** The same span, ending on {@code lastDay} instead. */
    public DateSpan endingOn(LocalDate lastDay) {
        return new DateSpan(start, lastDay);
    }
}
