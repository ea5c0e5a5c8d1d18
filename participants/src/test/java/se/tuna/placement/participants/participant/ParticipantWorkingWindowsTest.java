package se.tuna.placement.participants.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.participants.participant.ParticipantFixtures.draft;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;

/** The one cut of availability to the earliest start that the search filter and the schedule rule both read. */
class ParticipantWorkingWindowsTest {

    private static final WeeklySchedule DAYS = new WeeklySchedule(List.of(
            new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)),
            new TimeWindow(DayOfWeek.WEDNESDAY, LocalTime.of(7, 0), LocalTime.of(9, 0))));

    @Test
    void windowsAreCutToTheEarliestStartAndThoseEndingByThenLeftOut() {
        Participant p = draft().availability(DAYS).earliestStart(LocalTime.of(9, 0)).build();

        assertThat(p.workingWindows().windows()).containsExactly(
                new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)));
    }

    @Test
    void withoutAnEarliestStartTheAvailabilityWholeAndWithoutAvailabilityNone() {
        assertThat(draft().availability(DAYS).build().workingWindows()).isEqualTo(DAYS);
        assertThat(draft().availability(null).build().workingWindows()).isNull();
    }

    @Test
    void noWindowLeftWhenEveryOneEndsByTheEarliestStart() {
        Participant p = draft().availability(DAYS).earliestStart(LocalTime.of(17, 0)).build();

        assertThat(p.workingWindows().windows()).isEmpty();
    }
}
