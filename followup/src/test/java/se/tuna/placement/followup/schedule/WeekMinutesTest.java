package se.tuna.placement.followup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;

/** The minutes' schedule answers as the weekly schedule does, windows that overlap or touch joined. */
class WeekMinutesTest {

    @Test
    void answersAsTheWeeklySchedule() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<TimeWindow> windows = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                int start = random.nextInt(96) * 15;
                int end = Math.min(24 * 60, start + 15 * (1 + random.nextInt(40)));
                windows.add(new TimeWindow(DayOfWeek.of(1 + random.nextInt(3)), Visitor.time(start), Visitor.time(end)));
            }
            WeeklySchedule schedule = new WeeklySchedule(windows);
            WeekMinutes minutes = new WeekMinutes(schedule);
            for (int probe = 0; probe < 50; probe++) {
                DayOfWeek day = DayOfWeek.of(1 + random.nextInt(3));
                int from = random.nextInt(96) * 15;
                int to = Math.min(24 * 60, from + 15 * random.nextInt(30));
                assertThat(minutes.covers(day, from, to)).as("%s %s %d–%d", schedule, day, from, to)
                        .isEqualTo(schedule.covers(day, Visitor.time(from), Visitor.time(to)));
            }
        }
        assertThat(new WeekMinutes(WeeklySchedule.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(16, 30)))).covers(DayOfWeek.MONDAY, 11 * 60, 13 * 60))
                .isTrue();
    }
}
