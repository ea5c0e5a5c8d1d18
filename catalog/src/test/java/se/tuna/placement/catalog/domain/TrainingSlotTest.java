package se.tuna.placement.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The early start is a fact of the schedule, the same on every path a slot takes. */
class TrainingSlotTest {

    private static TrainingSlot slot(Set<WorkDemand> stated, TimeWindow... windows) {
        return new TrainingSlot("s", "e", "Lager", "Plock.", "4322", "Eskilstuna", new Coordinates(59.37, 16.51), Set.of(),
                new HourRange(4, 10), WeeklySchedule.of(windows), 1, LocalDate.of(2026, 1, 1), null, stated, 10, Set.of(),
                Set.of(), null, SlotStatus.OPEN, List.of());
    }

    private static TimeWindow window(DayOfWeek day, int fromHour, int toHour) {
        return new TimeWindow(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0));
    }

    @Test
    void aScheduleStartingAtSevenIsAnEarlyStartThoughNoOneTickedIt() {
        TrainingSlot slot = slot(Set.of(WorkDemand.TEAMWORK), window(DayOfWeek.MONDAY, 7, 12), window(DayOfWeek.TUESDAY, 9, 12));

        assertThat(slot.demands()).containsExactlyInAnyOrder(WorkDemand.TEAMWORK, WorkDemand.EARLY_START);
    }

    @Test
    void anEarlyStartTheScheduleDoesNotHaveIsDropped() {
        TrainingSlot slot = slot(Set.of(WorkDemand.EARLY_START), window(DayOfWeek.MONDAY, 8, 12));

        assertThat(slot.demands()).isEmpty();
    }
}
