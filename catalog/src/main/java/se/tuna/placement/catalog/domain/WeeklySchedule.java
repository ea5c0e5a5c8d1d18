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

    /** Hours a week; windows that overlap on a day count once. */
    public double totalHours() {
        double total = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeWindow window : mergedOn(day)) {
                total += window.hours();
            }
        }
        return total;
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
            List<TimeWindow> theirs = other.mergedOn(day);
            for (TimeWindow mine : mergedOn(day)) {
                for (TimeWindow their : theirs) {
                    onDay += mine.overlapHours(their);
                }
            }
            total += Math.min(onDay, maxHoursPerDay);
        }
        return total;
    }

    /**
     * Whether the schedule holds the whole of {@code from}–{@code to} on {@code day} (windows that touch
     * count as one): when a participant is at the workplace, when a coach works.
     */
    public boolean covers(DayOfWeek day, LocalTime from, LocalTime to) {
        return mergedOn(day).stream().anyMatch(window -> !window.start().isAfter(from) && !window.end().isBefore(to));
    }

    /** The day's windows, sorted, with overlapping or touching ones joined, so no hour counts twice. */
    List<TimeWindow> mergedOn(DayOfWeek day) {
        List<TimeWindow> sorted = windows.stream().filter(window -> window.day() == day && window.start() != null
                        && window.end() != null && window.start().isBefore(window.end()))
                .sorted(Comparator.comparing(TimeWindow::start)).toList();
        List<TimeWindow> merged = new java.util.ArrayList<>();
        for (TimeWindow window : sorted) {
            TimeWindow last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !window.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new TimeWindow(day, last.start(), window.end().isAfter(last.end())
                        ? window.end() : last.end()));
            } else {
                merged.add(window);
            }
        }
        return merged;
    }
}
