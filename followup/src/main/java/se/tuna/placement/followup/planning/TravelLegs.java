package se.tuna.placement.followup.planning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/**
 * The travel before each visit of a week, as its visitor travels: from their base to the day's
 * first visit, then from each visit to the next. Shown beside every visit on a coach's page.
 */
public class TravelLegs {

    private final TravelTimeEstimator travel;

    public TravelLegs(TravelTimeEstimator travel) {
        this.travel = travel;
    }

    /** Minutes of travel before each planned visit, by visit id; none where a position is missing. */
    public Map<String, Integer> before(List<Visit> planned, Map<String, WorkCalendar> calendars) {
        Map<String, Integer> minutes = new HashMap<>();
        Map<String, Map<LocalDate, List<Visit>>> byVisitorAndDay = planned.stream().filter(visit -> visit.appointment() != null)
                .collect(Collectors.groupingBy(visit -> visit.appointment().visitorId(),
                        Collectors.groupingBy(visit -> visit.appointment().start().toLocalDate())));
        byVisitorAndDay.forEach((visitor, days) -> {
            WorkCalendar calendar = calendars.get(visitor);
            days.values().forEach(day -> {
                List<Visit> ordered = day.stream().sorted(Comparator.comparing(visit -> visit.appointment().start())).toList();
                Coordinates from = calendar == null || calendar.base() == null ? null : calendar.base().point();
                for (Visit visit : ordered) {
                    Coordinates to = visit.place() == null ? null : visit.place().point();
                    if (from != null && from.equals(to)) {
                        minutes.put(visit.id(), 0);
                    } else if (from != null && to != null && calendar != null) {
                        travel.minutes(from, to, calendar.travelMode()).ifPresent(trip -> minutes.put(visit.id(), trip));
                    }
                    from = to;
                }
            });
        });
        return minutes;
    }
}
