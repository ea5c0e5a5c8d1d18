package se.tuna.placement.followup.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.participants.participant.TravelMode;

/**
 * A coach who can make visits, as the schedule sees them: from their working calendar.
 *
 * @param accountId    their account
 * @param workingHours when they work
 * @param base         the place (in the travel matrix) where their day starts and ends
 * @param travelMode   how they travel
 * @param absentDays   the days of the planning period they are away
 */
public record Visitor(String accountId, WeeklySchedule workingHours, int base, TravelMode travelMode, Set<LocalDate> absentDays) {

    public Visitor {
        absentDays = Set.copyOf(absentDays);
    }

    /** Whether they work the whole of {@code from}–{@code to} (minutes of the day) on {@code day}. */
    public boolean works(LocalDate day, int from, int to) {
        if (from < 0 || to > 24 * 60) {
            return false;
        }
        return workingHours.covers(day.getDayOfWeek(), time(from), time(to));
    }

    public boolean absentOn(LocalDate day) {
        return absentDays.contains(day);
    }

    static LocalTime time(int minute) {
        return minute == 24 * 60 ? LocalTime.MAX : LocalTime.of(minute / 60, minute % 60);
    }

    /**
     * By account alone, which equal visitors share: the solver's indexes hash a visitor on every move, and
     * hashing the whole calendar each time took about a tenth of a schedule's solving.
     */
    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return accountId;
    }
}
