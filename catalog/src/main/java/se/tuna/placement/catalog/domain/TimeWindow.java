package se.tuna.placement.catalog.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/**
 * A time of the week when work can take place, for example Tuesdays 09:00–12:00.
 *
 * @param day   the weekday (veckodag)
 * @param start when the window opens
 * @param end   when the window closes; after {@code start}
 */
public record TimeWindow(DayOfWeek day, LocalTime start, LocalTime end) {

    public double hours() {
        return Duration.between(start, end).toMinutes() / 60.0;
    }

    /** Hours this window shares with {@code other}; zero on different days or without overlap. */
    public double overlapHours(TimeWindow other) {
        if (day != other.day) {
            return 0;
        }
        LocalTime from = start.isAfter(other.start) ? start : other.start;
        LocalTime to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? Duration.between(from, to).toMinutes() / 60.0 : 0;
    }
}
