package se.tuna.placement.followup.visit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a visit should take place: on a day from {@code earliest} to {@code latest}, best on {@code due}.
 *
 * @param earliest the first day it may take place
 * @param due      the day it is due
 * @param latest   the last day it may take place; after it the visit is overdue
 */
public record DueWindow(LocalDate earliest, LocalDate due, LocalDate latest) {

    public DueWindow {
        if (earliest.isAfter(due) || due.isAfter(latest)) {
            throw new IllegalArgumentException("A due window runs earliest ≤ due ≤ latest, not " + earliest + ", " + due + ", " + latest);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /** Days from {@code day} to the nearest day of the window; zero inside it. */
    public long daysOutside(LocalDate day) {
        if (day.isBefore(earliest)) {
            return ChronoUnit.DAYS.between(day, earliest);
        }
        return day.isAfter(latest) ? ChronoUnit.DAYS.between(latest, day) : 0;
    }

    /** Days between {@code day} and the due day, either way. */
    public long daysFromDue(LocalDate day) {
        return Math.abs(ChronoUnit.DAYS.between(due, day));
    }
}
