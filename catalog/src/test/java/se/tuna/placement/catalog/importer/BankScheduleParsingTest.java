package se.tuna.placement.catalog.importer;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;

class BankScheduleParsingTest {

    @Test
    void aDayRangeGivesEveryDayInItWithTheSameTimes() {
        WeeklySchedule schedule = ScheduleParser.parse("mån-fre 08:00-12:00");

        assertThat(schedule.windows()).containsExactly(morning(MONDAY), morning(TUESDAY), morning(WEDNESDAY), morning(THURSDAY),
                morning(FRIDAY));
    }

    @Test
    void partsSeparatedBySemicolonsGiveTheirOwnDaysAndTimes() {
        WeeklySchedule schedule = ScheduleParser.parse("mån 09:00-12:00; ons 13:00-16:00");

        assertThat(schedule.windows()).containsExactly(window(MONDAY, "09:00", "12:00"), window(WEDNESDAY, "13:00", "16:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Måndag-Fredag 8.00-12.00", "MÅN–FRE 8-12", "mon-fri 8:00-12:00", "Monday to Friday 08:00 - 12:00",
        "vardagar kl. 8-12", "man-fre 8-12", "måndagar till fredagar 8-12", "mån, tis, ons, tors och fre 8-12"})
    void swedishAndEnglishDayNamesAndTimeFormsAreRead(String text) {
        assertThat(ScheduleParser.parse(text).windows()).containsExactly(morning(MONDAY), morning(TUESDAY), morning(WEDNESDAY),
                morning(THURSDAY), morning(FRIDAY));
    }

    @Test
    void oneDayMayHaveSeveralTimeRanges() {
        WeeklySchedule schedule = ScheduleParser.parse("tis, tor 9.00-11.30, 13-15");

        assertThat(schedule.windows()).containsExactly(window(TUESDAY, "09:00", "11:30"), window(TUESDAY, "13:00", "15:00"),
                window(THURSDAY, "09:00", "11:30"), window(THURSDAY, "13:00", "15:00"));
    }

    @Test
    void windowsAreSortedByDayAndStartWhateverTheOrderWritten() {
        assertThat(ScheduleParser.parse("fre 13-15; mån 10-12; mån 8-9").windows())
                .containsExactly(window(MONDAY, "08:00", "09:00"), window(MONDAY, "10:00", "12:00"), window(FRIDAY, "13:00", "15:00"));
    }

    @Test
    void aDayRangeMayWrapOverTheWeekend() {
        assertThat(ScheduleParser.parse("fre-mån 10-14").days()).containsExactlyInAnyOrder(FRIDAY, SATURDAY, SUNDAY, MONDAY);
    }

    @Test
    void weekendWordsGiveSaturdayAndSunday() {
        assertThat(ScheduleParser.parse("helger 10-14").days()).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
        assertThat(ScheduleParser.parse("lör, sön 10-14").days()).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
    }

    @Test
    void anUnknownDaySaysWhichWordItIs() {
        assertThatThrownBy(() -> ScheduleParser.parse("mån-fredagg 8-12"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fredagg'");
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> ScheduleParser.parse("mån 12-09")).hasMessageContaining("ends before it starts");
    }

    @Test
    void anHourOutsideTheDayIsRefused() {
        assertThatThrownBy(() -> ScheduleParser.parse("mån 08:00-25:00")).hasMessageContaining("not a time of day");
    }

    @Test
    void daysWithoutTimesAreRefused() {
        assertThatThrownBy(() -> ScheduleParser.parse("mån-fre")).hasMessageContaining("gives no times");
    }

    @Test
    void timesWithoutDaysAreRefused() {
        assertThatThrownBy(() -> ScheduleParser.parse("08:00-12:00")).hasMessageContaining("names no day");
    }

    @Test
    void textAfterTheTimesIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> ScheduleParser.parse("mån 8-12 ungefär")).hasMessageContaining("cannot read 'ungefär'");
    }

    @Test
    void anEmptyScheduleIsRefused() {
        assertThatThrownBy(() -> ScheduleParser.parse("  ")).hasMessageContaining("is empty");
    }

    private static TimeWindow morning(DayOfWeek day) {
        return window(day, "08:00", "12:00");
    }

    private static TimeWindow window(DayOfWeek day, String start, String end) {
        return new TimeWindow(day, LocalTime.parse(start), LocalTime.parse(end));
    }
}
