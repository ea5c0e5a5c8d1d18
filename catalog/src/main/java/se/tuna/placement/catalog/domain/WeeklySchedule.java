package se.tuna.placement.catalog.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The weekdays and times when something can happen (veckoschema): a slot's working times or a
 * participant's availability.
 *
 * @param windows the time windows, at most one or a few per day
 */
public record WeeklySchedule(List<TimeWindow> windows) {

    public WeeklySchedule {
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    public static WeeklySchedule of(TimeWindow... windows) {
        return new WeeklySchedule(List.of(windows));
    }

    public Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        windows.forEach(window -> days.add(window.day()));
        return days;
    }

    public double totalHours() {
        return windows.stream().mapToDouble(TimeWindow::hours).sum();
    }

    /** The earliest start on any day, or empty when the schedule has no windows. */
    public Optional<LocalTime> earliestStart() {
        return windows.stream().map(TimeWindow::start).min(Comparator.naturalOrder());
    }

    /**
     * The most hours a week that fit inside both schedules when no day may hold more than
     * {@code maxHoursPerDay}: what a participant can actually work at a slot.
     */
    public double sharedHours(WeeklySchedule other, double maxHoursPerDay) {
        double total = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            double onDay = 0;
            for (TimeWindow mine : windows) {
                for (TimeWindow theirs : other.windows) {
                    if (mine.day() == day) {
                        onDay += mine.overlapHours(theirs);
                    }
                }
            }
            total += Math.min(onDay, maxHoursPerDay);
        }
        return total;
    }
}
