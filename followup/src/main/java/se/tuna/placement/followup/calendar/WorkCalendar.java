package se.tuna.placement.followup.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.participants.participant.TravelMode;

/**
 * A coach's or coordinator's working calendar (arbetskalender): when they work, where their day
 * starts and ends, how they travel, when they are away and what recurs every week. Data a
 * coordinator edits, not rules in code; a coach enters their own absences.
 *
 * @param accountId    the person's account
 * @param site         the site they plan for
 * @param workingHours the days and hours they work (part time as fewer or shorter days)
 * @param base         where the working day starts and ends: the office, or home when working from home
 * @param travelMode   how they travel between visits
 * @param absences     days away, earliest first
 * @param commitments  what recurs every week
 */
public record WorkCalendar(String accountId, String site, WeeklySchedule workingHours, Place base, TravelMode travelMode,
        List<Absence> absences, List<Commitment> commitments) {

    /** A full-time week's hours when nobody has entered others: Monday to Friday, 08:00–16:30. */
    public static final WeeklySchedule OFFICE_HOURS = new WeeklySchedule(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
            .map(day -> new TimeWindow(day, LocalTime.of(8, 0), LocalTime.of(16, 30))).toList());

    public WorkCalendar {
        absences = absences == null ? List.of() : List.copyOf(absences);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }

    /** A calendar for someone nobody has described yet: office hours at the site's office, by car. */
    public static WorkCalendar standard(String accountId, String site, Place office) {
        return new WorkCalendar(accountId, site, OFFICE_HOURS, office, TravelMode.CAR, List.of(), List.of());
    }

    public boolean absentOn(LocalDate day) {
        return absences.stream().anyMatch(absence -> absence.covers(day));
    }

    public WorkCalendar withAbsences(List<Absence> newAbsences) {
        return new WorkCalendar(accountId, site, workingHours, base, travelMode, newAbsences, commitments);
    }
}
