package se.tuna.placement.followup.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A time a visit can start: a day and the minute of that day, on a quarter-hour.
 *
 * @param day    the day
 * @param minute minutes after midnight
 */
public record VisitStart(LocalDate day, int minute) implements Comparable<VisitStart> {

    /** Visits start on the quarter-hour, as people book them. */
    public static final int STEP_MINUTES = 15;

    public static VisitStart of(LocalDateTime at) {
        return new VisitStart(at.toLocalDate(), at.getHour() * 60 + at.getMinute());
    }

    public LocalDateTime at() {
        return day.atTime(time());
    }

    public LocalTime time() {
        return LocalTime.of(minute / 60, minute % 60);
    }

    @Override
    public int compareTo(VisitStart other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : Integer.compare(minute, other.minute);
    }

    @Override
    public String toString() {
        return at().toString();
    }
}
