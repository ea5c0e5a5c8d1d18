package se.tuna.placement.followup.schedule;

import java.util.List;

import se.tuna.placement.followup.calendar.FixedEvent;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.participants.coach.StandIn;

/**
 * Who can make a site's visits in a period, and when they are taken: the coaches' working
 * calendars, the events booked in them (study visits), and the stand-ins arranged while a coach
 * is away (only a coach who looks after a participant may visit them).
 *
 * @param calendars the coaches' calendars
 * @param events    events booked outside the plan
 * @param standIns  stand-ins arranged by a coordinator
 */
public record Staffing(List<WorkCalendar> calendars, List<FixedEvent> events, List<StandIn> standIns) {

    public Staffing {
        calendars = List.copyOf(calendars);
        events = List.copyOf(events);
        standIns = List.copyOf(standIns);
    }
}
