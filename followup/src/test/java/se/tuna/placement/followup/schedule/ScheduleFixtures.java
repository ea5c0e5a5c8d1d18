package se.tuna.placement.followup.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.participants.participant.TravelMode;

/**
 * A small world for the rules' tests: two coaches at the office (place 0), office hours Monday to Friday
 * 08:00–16:30, and two workplaces 20 and 30 minutes from the office, 5 minutes from each other.
 */
final class ScheduleFixtures {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final int OFFICE = 0;
    static final int WORKPLACE_A = 1;
    static final int WORKPLACE_B = 2;
    static final TravelMatrix TRAVEL = TravelMatrix.given(new int[][] {
            {0, 20, 30},
            {20, 0, 5},
            {30, 5, 0}});
    static final Visitor COACH_A = coach("coach-a");
    static final Visitor COACH_B = coach("coach-b");

    private ScheduleFixtures() {
    }

    static Visitor coach(String id, LocalDate... absent) {
        return new Visitor(id, WorkCalendar.OFFICE_HOURS, OFFICE, TravelMode.CAR, Set.of(absent));
    }

    static int minute(int hour, int minute) {
        return hour * 60 + minute;
    }

    /** A 45-minute visit of coach A's participant, window Monday–Friday, due Wednesday. */
    static PlannedVisit.Builder visit(String id, int sequence, int place) {
        return PlannedVisit.builder(id, sequence).participant("p-" + id, COACH_A.accountId()).at(place, 45, TRAVEL)
                .window(MONDAY, WEDNESDAY, MONDAY.plusDays(4))
                .candidates(List.of(), List.of(COACH_A, COACH_B));
    }

    /** That visit planned for {@code visitor} on {@code day} at {@code hour}:{@code minute}. */
    static PlannedVisit at(String id, int sequence, int place, Visitor visitor, LocalDate day, int hour, int minute) {
        return visit(id, sequence, place).planned(new VisitStart(day, minute(hour, minute)), visitor, false).build();
    }
}
