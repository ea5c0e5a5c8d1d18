package se.tuna.placement.catalog.demo;

import java.time.LocalTime;
import java.util.List;

/**
 * When in the day a kind of work is done: the possible start times and the length of a working day in whole hours.
 * A slot works the same window on each of its days.
 */
enum SchedulePattern {

    /** Bakeries, warehouses, stables: start at 06:00–07:00. */
    EARLY(List.of(LocalTime.of(6, 0), LocalTime.of(6, 30), LocalTime.of(7, 0)), 4, 6, false),
    /** Mornings only, for example in a school kitchen. */
    MORNING(List.of(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0)), 3, 4, false),
    /** An ordinary day. */
    DAY(List.of(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0)), 4, 7, false),
    /** Afternoons only. */
    AFTERNOON(List.of(LocalTime.of(12, 0), LocalTime.of(12, 30), LocalTime.of(13, 0), LocalTime.of(14, 0)), 3, 5, false),
    /** Office hours. */
    OFFICE(List.of(LocalTime.of(9, 0), LocalTime.of(9, 30)), 3, 6, false),
    /** An ordinary day, and often a Saturday too: shops, cafés, recycling centres. */
    DAY_AND_SATURDAY(List.of(LocalTime.of(8, 30), LocalTime.of(9, 0), LocalTime.of(10, 0)), 4, 7, true);

    /** Saturdays are shorter: 10:00–14:00. */
    static final LocalTime SATURDAY_START = LocalTime.of(10, 0);
    static final int SATURDAY_HOURS = 4;

    private final List<LocalTime> starts;
    private final int shortestDay;
    private final int longestDay;
    private final boolean saturdays;

    SchedulePattern(List<LocalTime> starts, int shortestDay, int longestDay, boolean saturdays) {
        this.starts = starts;
        this.shortestDay = shortestDay;
        this.longestDay = longestDay;
        this.saturdays = saturdays;
    }

    List<LocalTime> starts() {
        return starts;
    }

    int shortestDay() {
        return shortestDay;
    }

    int longestDay() {
        return longestDay;
    }

    boolean saturdays() {
        return saturdays;
    }
}
