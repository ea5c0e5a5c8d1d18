package se.tuna.placement.followup.calendar;

import java.time.LocalDate;

/**
 * Days a person is away (frånvaro): whole days, as coaches report them.
 *
 * @param from  the first day
 * @param until the last day (inclusive)
 * @param kind  what kind of absence; never why someone is ill
 */
public record Absence(LocalDate from, LocalDate until, AbsenceKind kind) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
