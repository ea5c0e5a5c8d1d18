package se.tuna.placement.followup.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.followup.calendar.FixedEvent;
import se.tuna.placement.followup.calendar.Place;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.followup.visit.Appointment;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.participants.coach.StandIn;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/**
 * Builds the follow-up schedule of a period from the visits, the coaches' calendars and their fixed
 * events: the coaches as visitors, their commitments and booked events as busy times, and for
 * each visit the starts and coaches it may have. Done and confirmed visits are pinned where they are;
 * a visit planned before starts where it was and remembers it, so the plan moves it only when clearly
 * better.
 */
public final class ScheduleProblem {

    /** The earliest and latest a visit may start or end: the working day of the programme's staff. */
    static final int DAY_STARTS = 7 * 60;
    static final int DAY_ENDS = 18 * 60;

    private final LocalDate from;
    private final LocalDate until;
    private final TravelTimeEstimator estimator;
    private final Map<Coordinates, Integer> placeNumbers = new LinkedHashMap<>();

    private ScheduleProblem(LocalDate from, LocalDate until, TravelTimeEstimator estimator) {
        this.from = from;
        this.until = until;
        this.estimator = estimator;
    }

    /**
     * The schedule of {@code from}–{@code until} (inclusive) for the coaches of {@code calendars}: every
     * visit of {@code visits} whose window meets the period, and every done or confirmed one in it.
     */
    public static FollowUpSchedule build(LocalDate from, LocalDate until, List<Visit> visits, Staffing staffing,
            TravelTimeEstimator estimator) {
        return new ScheduleProblem(from, until, estimator).build(visits, staffing);
    }

    private FollowUpSchedule build(List<Visit> visits, Staffing staffing) {
        List<WorkCalendar> calendars = staffing.calendars();
        List<FixedEvent> events = staffing.events();
        List<Visit> inPeriod = visits.stream().filter(this::belongs).toList();
        calendars.forEach(calendar -> number(calendar.base()));
        calendars.forEach(calendar -> calendar.commitments().forEach(commitment -> number(commitment.place())));
        events.forEach(event -> number(event.place()));
        inPeriod.forEach(visit -> number(visit.place()));
        TravelMatrix travel = TravelMatrix.of(List.copyOf(placeNumbers.keySet()), estimator);

        Map<String, Visitor> visitors = new LinkedHashMap<>();
        calendars.forEach(calendar -> visitors.put(calendar.accountId(), visitor(calendar)));
        List<BusyTime> busy = new ArrayList<>();
        calendars.forEach(calendar -> busy.addAll(commitments(calendar)));
        events.stream().filter(event -> visitors.containsKey(event.accountId()) && inPeriod(event.start().toLocalDate()))
                .forEach(event -> busy.add(new BusyTime(event.accountId(), event.start().toLocalDate(), minuteOf(event.start()),
                        minuteOf(event.start()) + event.minutes(), number(event.place()), event.title())));

        List<PlannedVisit> planned = new ArrayList<>();
        for (Visit visit : inPeriod) {
            planned.add(plannedVisit(visit, planned.size(), visitors, staffing.standIns(), travel));
        }
        return new FollowUpSchedule(from, until, List.copyOf(visitors.values()), busy, planned);
    }

    /** Open visits whose window meets the period; done or confirmed ones that take place in it. */
    private boolean belongs(Visit visit) {
        if (visit.fixed()) {
            return visit.appointment() != null && inPeriod(visit.appointment().start().toLocalDate());
        }
        return !visit.window().latest().isBefore(from) && !visit.window().earliest().isAfter(until);
    }

    private PlannedVisit plannedVisit(Visit visit, int sequence, Map<String, Visitor> visitors, List<StandIn> standIns,
            TravelMatrix travel) {
        Map<String, List<StandIn>> standingIn = standingIn(visit, standIns);
        List<Visitor> candidates = candidateVisitors(visit, visitors, standingIn.keySet());
        PlannedVisit.Builder builder = PlannedVisit.builder(visit.id(), sequence)
                .participant(visit.participantId(), visit.coachId())
                .standIns(standingIn)
                .at(number(visit.place()), visit.minutes(), travel)
                .window(visit.window().earliest(), visit.window().due(), visit.window().latest())
                .presence(visit.presence());
        Appointment appointment = visit.appointment();
        if (visit.fixed()) {
            VisitStart start = VisitStart.of(appointment.start());
            Visitor visitor = visitors.getOrDefault(appointment.visitorId(), candidates.isEmpty() ? null : candidates.get(0));
            return builder.candidates(List.of(start), visitor == null ? List.of() : List.of(visitor))
                    .planned(start, visitor, true).build();
        }
        List<VisitStart> starts = candidateStarts(visit, candidates, true);
        // OptaPlanner refuses an empty value range (the whole plan failed on one participant without a coach): a visit
        // nobody may make keeps every coach as its range but no start, so it stays unplanned and is listed with its reason.
        List<Visitor> range = candidates.isEmpty() ? List.copyOf(visitors.values()) : candidates;
        builder.candidates(starts, range)
                .participantEverThere(!starts.isEmpty() || candidateStarts(visit, candidates, false).isEmpty());
        if (appointment == null) {
            return builder.planned(null, range.isEmpty() ? null : range.get(0), false).build();
        }
        VisitStart seen = VisitStart.of(appointment.start());
        Visitor seenVisitor = visitors.get(appointment.visitorId());
        builder.published(seen, appointment.visitorId());
        // Start from what people saw where it is still possible; otherwise the plan finds it a new time.
        // (The start may stay a candidate because another coach works then: it is possible only if theirs still does.)
        boolean stillPossible = starts.contains(seen) && candidates.contains(seenVisitor) && !seenVisitor.absentOn(seen.day())
                && seenVisitor.works(seen.day(), seen.minute(), seen.minute() + visit.minutes());
        return builder.planned(stillPossible ? seen : null, stillPossible ? seenVisitor : range.isEmpty() ? null
                : range.get(0), false).build();
    }

    /**
     * The participant's own coach first, then those standing in for them at the site in the visit's window: only a
     * coach who looks after a participant may see them (a stand-in a coordinator arranged; not any colleague). A
     * participant without a coach has nobody to visit them until a coordinator assigns one.
     */
    private static List<Visitor> candidateVisitors(Visit visit, Map<String, Visitor> visitors, Set<String> standingIn) {
        List<Visitor> candidates = new ArrayList<>();
        if (visit.coachId() != null && visitors.containsKey(visit.coachId())) {
            candidates.add(visitors.get(visit.coachId()));
        }
        standingIn.stream().sorted().filter(visitors::containsKey).map(visitors::get).filter(visitor -> !candidates.contains(visitor))
                .forEach(candidates::add);
        return candidates;
    }

    /** The stand-ins for the visit's coach at its site that overlap its window, by the coach who stands in. */
    private static Map<String, List<StandIn>> standingIn(Visit visit, List<StandIn> standIns) {
        if (visit.coachId() == null) {
            return Map.of();
        }
        return standIns.stream().filter(standIn -> standIn.absentCoachId().equals(visit.coachId())
                        && standIn.site().equals(visit.site()) && !standIn.until().isBefore(visit.window().earliest())
                        && !standIn.from().isAfter(visit.window().latest()))
                .collect(Collectors.groupingBy(StandIn::standInCoachId));
    }

    /**
     * Every quarter-hour in the window and the period, on a weekday, when the participant is there for
     * the whole visit and one of the candidates works: all the plan may choose from.
     */
    private List<VisitStart> candidateStarts(Visit visit, List<Visitor> candidates, boolean presence) {
        List<VisitStart> starts = new ArrayList<>();
        LocalDate first = visit.window().earliest().isBefore(from) ? from : visit.window().earliest();
        LocalDate last = visit.window().latest().isAfter(until) ? until : visit.window().latest();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int minute = DAY_STARTS; minute + visit.minutes() <= DAY_ENDS; minute += VisitStart.STEP_MINUTES) {
                if (possible(visit, candidates, day, minute, presence)) {
                    starts.add(new VisitStart(day, minute));
                }
            }
        }
        return starts;
    }

    private static boolean possible(Visit visit, List<Visitor> candidates, LocalDate day, int minute, boolean presence) {
        int end = minute + visit.minutes();
        boolean there = !presence || visit.presence() == null
                || visit.presence().covers(day.getDayOfWeek(), Visitor.time(minute), Visitor.time(end));
        return there && candidates.stream().anyMatch(visitor -> !visitor.absentOn(day) && visitor.works(day, minute, end));
    }

    private Visitor visitor(WorkCalendar calendar) {
        Set<LocalDate> absent = from.datesUntil(until.plusDays(1)).filter(calendar::absentOn).collect(Collectors.toSet());
        return new Visitor(calendar.accountId(), calendar.workingHours(), number(calendar.base()), calendar.travelMode(), absent);
    }

    private List<BusyTime> commitments(WorkCalendar calendar) {
        List<BusyTime> busy = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            LocalDate on = day;
            calendar.commitments().stream().filter(commitment -> commitment.day() == on.getDayOfWeek())
                    .forEach(commitment -> busy.add(new BusyTime(calendar.accountId(), on,
                            commitment.start().getHour() * 60 + commitment.start().getMinute(),
                            commitment.end().getHour() * 60 + commitment.end().getMinute(), number(commitment.place()),
                            commitment.title())));
        }
        return busy;
    }

    /** The place's number in the travel matrix; {@link TravelMatrix#NOWHERE} when it needs no travel. */
    private int number(Place place) {
        if (place == null || place.point() == null) {
            return TravelMatrix.NOWHERE;
        }
        return placeNumbers.computeIfAbsent(place.point(), point -> placeNumbers.size());
    }

    private boolean inPeriod(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    private static int minuteOf(java.time.LocalDateTime at) {
        return at.getHour() * 60 + at.getMinute();
    }

    /** The visits of a solved schedule, by id. */
    public static Map<String, PlannedVisit> byId(FollowUpSchedule schedule) {
        Map<String, PlannedVisit> byId = new HashMap<>();
        schedule.getVisits().forEach(visit -> byId.put(visit.getId(), visit));
        return byId;
    }

}
