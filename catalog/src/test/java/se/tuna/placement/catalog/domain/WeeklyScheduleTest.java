package se.tuna.placement.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private static TimeWindow window(DayOfWeek day, int from, int to) {
        return new TimeWindow(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void overlappingWindowsOnADayCountOnce() {
        WeeklySchedule schedule = WeeklySchedule.of(window(DayOfWeek.MONDAY, 8, 12), window(DayOfWeek.MONDAY, 10, 14));

        assertThat(schedule.totalHours()).isEqualTo(6.0);
    }

    @Test
    void sharedHoursCountEachHourOnceAndStopAtTheDailyMaximum() {
        WeeklySchedule slot = WeeklySchedule.of(window(DayOfWeek.MONDAY, 8, 12), window(DayOfWeek.MONDAY, 8, 12),
                window(DayOfWeek.TUESDAY, 8, 16));
        WeeklySchedule participant = WeeklySchedule.of(window(DayOfWeek.MONDAY, 9, 17), window(DayOfWeek.TUESDAY, 9, 17));

        // Monday 9–12 = 3 h (the doubled window counts once); Tuesday 9–16 = 7 h, capped at 4.
        assertThat(slot.sharedHours(participant, 4)).isEqualTo(7.0);
    }

    @Test
    void differentDaysShareNothing() {
        WeeklySchedule slot = WeeklySchedule.of(window(DayOfWeek.MONDAY, 8, 12));
        WeeklySchedule participant = WeeklySchedule.of(window(DayOfWeek.FRIDAY, 8, 12));

        assertThat(slot.sharedHours(participant, 8)).isZero();
    }
}
