package se.tuna.placement.followup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.followup.calendar.Absence;
import se.tuna.placement.followup.calendar.AbsenceKind;
import se.tuna.placement.followup.calendar.Commitment;
import se.tuna.placement.followup.calendar.FixedEvent;
import se.tuna.placement.followup.calendar.Place;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.followup.visit.Appointment;
import se.tuna.placement.followup.visit.Completion;
import se.tuna.placement.followup.visit.DueWindow;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.followup.visit.VisitKind;
import se.tuna.placement.participants.participant.TravelMode;
import se.tuna.placement.participants.travel.StraightLineTravelTimes;

/**
 * The follow-up solver as configured ({@code solver/follow-up-solver.xml}) on two Eskilstuna coaches' two weeks: every
 * visit planned within its window, the coach's working time and the participant's presence, done and confirmed visits
 * where they were; then coach A falls ill on a day they have visits, and the re-plan moves those and little else.
 */
class FollowUpSolverTest {

    static final LocalDate FROM = LocalDate.of(2026, 12, 7);
    static final LocalDate UNTIL = FROM.plusDays(11);
    static final String SITE = "eskilstuna";
    static final Place OFFICE = new Place("Kontoret i Eskilstuna", new Coordinates(59.3700, 16.5100));
    static final Place STRANGNAS = new Place("Kontoret i Strängnäs", new Coordinates(59.3780, 17.0300));
    static final StraightLineTravelTimes TRAVEL = new StraightLineTravelTimes(List.of());

    private final SolverFactory<FollowUpSchedule> solverFactory = SolverFactory.create(
            SolverConfig.createFromXmlResource("solver/follow-up-solver.xml")
                    .withTerminationConfig(new TerminationConfig().withUnimprovedSecondsSpentLimit(2L).withSecondsSpentLimit(60L)));

    @Test
    void plansEveryVisitInsideItsRulesAndReplansASickDay() {
        List<WorkCalendar> calendars = List.of(
                new WorkCalendar("coach-a", SITE, WorkCalendar.OFFICE_HOURS, OFFICE, TravelMode.CAR, List.of(),
                        List.of(new Commitment("Gemensamt möte", DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(12, 0),
                                STRANGNAS))),
                WorkCalendar.standard("coach-b", SITE, OFFICE));
        List<FixedEvent> events = List.of(new FixedEvent("coach-b", FROM.plusDays(2).atTime(10, 0), 120,
                workplace(99), "Studiebesök"));
        List<Visit> visits = visits();

        FollowUpSchedule solved = solve(visits, calendars, events);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        assertThat(solved.getVisits()).hasSize(visits.size()).allSatisfy(visit -> assertThat(visit.getStart()).isNotNull());
        assertKeepsTheRules(solved, visits, calendars, events);

        // As the plan is published: each open visit's appointment where the solver put it.
        Map<String, PlannedVisit> first = ScheduleProblem.byId(solved);
        List<Visit> published = visits.stream().map(visit -> visit.fixed() ? visit : visit.withAppointment(new Appointment(
                first.get(visit.id()).getVisitor().accountId(), first.get(visit.id()).getStart().at(), false, null), null))
                .toList();
        LocalDate sick = first.values().stream().filter(visit -> !visit.isPinned() && visit.getVisitor().accountId().equals("coach-a"))
                .map(PlannedVisit::day).sorted().findFirst().orElseThrow();
        Set<String> hit = first.values().stream().filter(visit -> visit.getVisitor().accountId().equals("coach-a")
                && visit.day().equals(sick)).map(PlannedVisit::getId).collect(Collectors.toSet());
        List<WorkCalendar> sickCalendars = List.of(calendars.get(0).withAbsences(List.of(new Absence(sick, sick, AbsenceKind.SICK))),
                calendars.get(1));

        long started = System.nanoTime();
        FollowUpSchedule replanned = solve(published, sickCalendars, events);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(replanned.getScore().hardScore()).isZero();
        assertThat(replanned.getScore().mediumScore()).isZero();
        assertKeepsTheRules(replanned, published, sickCalendars, events);
        assertThat(replanned.getVisits()).noneMatch(visit -> visit.getVisitor().accountId().equals("coach-a")
                && visit.day().equals(sick));
        List<String> movedOthers = replanned.getVisits().stream().filter(visit -> !hit.contains(visit.getId()))
                .filter(visit -> !visit.getStart().equals(first.get(visit.getId()).getStart())
                        || !visit.getVisitor().accountId().equals(first.get(visit.getId()).getVisitor().accountId()))
                .map(PlannedVisit::getId).toList();
        System.out.printf("Sick day %s: %d of coach A's visits to move, %d other visits moved %s; re-plan %d ms; score %s%n",
                sick, hit.size(), movedOthers.size(), movedOthers, millis, replanned.getScore());
        assertThat(hit).isNotEmpty();
        assertThat(movedOthers.size()).isLessThanOrEqualTo(3);
    }

    /** A participant without a coach has nobody to visit them: their visit stays unplanned, the rest are planned. */
    @Test
    void leavesAVisitWithoutCoachUnplanned() {
        List<Visit> visits = new ArrayList<>(visits());
        visits.add(visit("no-coach", VisitKind.WORKPLACE_FOLLOW_UP, null, workplace(30),
                new DueWindow(FROM, FROM.plusDays(2), FROM.plusDays(4)), null, null, null));
        FollowUpSchedule solved = solve(visits, List.of(WorkCalendar.standard("coach-a", SITE, OFFICE),
                WorkCalendar.standard("coach-b", SITE, OFFICE)), List.of());
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getVisits()).filteredOn(visit -> visit.getStart() == null).extracting(PlannedVisit::getId)
                .containsExactly("no-coach");
    }

    /** Every move's score, recalculated from scratch, equals the incremental one (Bavet), planning and re-planning alike. */
    @Test
    void scoresIncrementallyAsFromScratch() {
        SolverFactory<FollowUpSchedule> asserting = SolverFactory.create(SolverConfig.createFromXmlResource("solver/follow-up-solver.xml")
                .withEnvironmentMode(org.optaplanner.core.config.solver.EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withUnimprovedSecondsSpentLimit(1L).withSecondsSpentLimit(8L)));
        List<WorkCalendar> calendars = List.of(WorkCalendar.standard("coach-a", SITE, OFFICE).withAbsences(
                List.of(new Absence(FROM.plusDays(2), FROM.plusDays(2), AbsenceKind.SICK))), WorkCalendar.standard("coach-b", SITE, OFFICE));
        List<Visit> visits = visits().stream().map(visit -> visit.fixed() ? visit : visit.withAppointment(
                new Appointment("coach-a", FROM.plusDays(2).atTime(9, 0), false, null), null)).toList();
        FollowUpSchedule solved = asserting.buildSolver().solve(ScheduleProblem.build(FROM, UNTIL, visits, new Staffing(calendars, List.of(), List.of()), TRAVEL));
        assertThat(solved.getScore().hardScore()).isZero();
    }

    private FollowUpSchedule solve(List<Visit> visits, List<WorkCalendar> calendars, List<FixedEvent> events) {
        return solverFactory.buildSolver().solve(ScheduleProblem.build(FROM, UNTIL, visits, new Staffing(calendars, events, List.of()), TRAVEL));
    }

    /** Checks each visit against the inputs directly, not through the score. */
    private static void assertKeepsTheRules(FollowUpSchedule solved, List<Visit> visits, List<WorkCalendar> calendars,
            List<FixedEvent> events) {
        Map<String, Visit> byId = visits.stream().collect(Collectors.toMap(Visit::id, Function.identity()));
        Map<String, WorkCalendar> calendarOf = calendars.stream().collect(Collectors.toMap(WorkCalendar::accountId, Function.identity()));
        for (PlannedVisit planned : solved.getVisits()) {
            Visit visit = byId.get(planned.getId());
            LocalDateTime start = planned.getStart().at();
            LocalDateTime end = start.plusMinutes(visit.minutes());
            String who = planned.getVisitor().accountId();
            WorkCalendar calendar = calendarOf.get(who);
            if (visit.fixed()) {
                assertThat(start).as("pinned %s", visit.id()).isEqualTo(visit.appointment().start());
                assertThat(who).as("pinned %s", visit.id()).isEqualTo(visit.appointment().visitorId());
                continue;
            }
            assertThat(visit.window().contains(start.toLocalDate())).as("%s in its window", planned).isTrue();
            int toBase = minutes(visit.place(), calendar.base());
            assertThat(calendar.workingHours().covers(start.getDayOfWeek(), start.toLocalTime().minusMinutes(toBase),
                    end.toLocalTime().plusMinutes(toBase))).as("%s in working time, travel included", planned).isTrue();
            assertThat(calendar.absentOn(start.toLocalDate())).as("%s not during absence", planned).isFalse();
            if (visit.presence() != null) {
                assertThat(visit.presence().covers(start.getDayOfWeek(), start.toLocalTime(), end.toLocalTime()))
                        .as("%s while the participant is there", planned).isTrue();
            }
            for (Commitment commitment : calendar.commitments()) {
                if (commitment.day() == start.getDayOfWeek()) {
                    int travel = minutes(visit.place(), commitment.place());
                    assertThat(!end.toLocalTime().plusMinutes(travel).isAfter(commitment.start())
                            || !start.toLocalTime().minusMinutes(travel).isBefore(commitment.end()))
                            .as("%s clear of %s", planned, commitment.title()).isTrue();
                }
            }
            for (FixedEvent event : events) {
                if (event.accountId().equals(who) && event.start().toLocalDate().equals(start.toLocalDate())) {
                    int travel = minutes(visit.place(), event.place());
                    assertThat(!end.plusMinutes(travel).isAfter(event.start())
                            || !start.minusMinutes(travel).isBefore(event.start().plusMinutes(event.minutes())))
                            .as("%s clear of %s", planned, event.title()).isTrue();
                }
            }
        }
        // No coach is in two places at once: consecutive visits leave time to travel.
        Map<String, List<PlannedVisit>> byCoachDay = solved.getVisits().stream()
                .collect(Collectors.groupingBy(visit -> visit.getVisitor().accountId() + visit.day()));
        for (List<PlannedVisit> day : byCoachDay.values()) {
            List<PlannedVisit> sorted = new ArrayList<>(day);
            sorted.sort((one, other) -> one.getStart().compareTo(other.getStart()));
            for (int i = 1; i < sorted.size(); i++) {
                Visit before = byId.get(sorted.get(i - 1).getId());
                Visit after = byId.get(sorted.get(i).getId());
                assertThat(sorted.get(i - 1).getStart().at().plusMinutes(before.minutes() + minutes(before.place(), after.place())))
                        .as("%s then %s", sorted.get(i - 1), sorted.get(i)).isBeforeOrEqualTo(sorted.get(i).getStart().at());
            }
        }
    }

    private static int minutes(Place from, Place to) {
        if (from == null || to == null || from.point() == null || to.point() == null || from.point().equals(to.point())) {
            return 0;
        }
        return TRAVEL.minutes(from.point(), to.point(), TravelMode.CAR).orElseThrow();
    }

    /** Twenty visits: fourteen follow-ups at workplaces around Eskilstuna, four mapping meetings, one confirmed, one done. */
    static List<Visit> visits() {
        WeeklySchedule fullTime = schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 8, 0, 16, 0);
        WeeklySchedule tueThu = schedule(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 9, 0, 15, 0);
        WeeklySchedule mornings = schedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 8, 0, 12, 0);
        WeeklySchedule office = schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 9, 0, 15, 0);
        List<WeeklySchedule> presences = List.of(fullTime, tueThu, mornings);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String coach = i % 2 == 0 ? "coach-a" : "coach-b";
            LocalDate earliest = FROM.plusDays(i % 7);
            DueWindow window = new DueWindow(earliest, earliest.plusDays(2), earliest.plusDays(5));
            visits.add(visit("wp-" + i, VisitKind.WORKPLACE_FOLLOW_UP, coach, workplace(i), window, presences.get(i % 3), null, null));
        }
        for (int i = 0; i < 4; i++) {
            String coach = i % 2 == 0 ? "coach-a" : "coach-b";
            LocalDate earliest = FROM.plusDays(7L * (i / 2));
            visits.add(visit("map-" + i, VisitKind.MAPPING_MEETING, coach, OFFICE,
                    new DueWindow(earliest, earliest.plusDays(2), earliest.plusDays(4)), office, null, null));
        }
        LocalDateTime confirmed = FROM.plusDays(1).atTime(10, 0);
        visits.add(visit("confirmed", VisitKind.WORKPLACE_FOLLOW_UP, "coach-a", workplace(20),
                new DueWindow(FROM, FROM.plusDays(1), FROM.plusDays(4)), fullTime,
                new Appointment("coach-a", confirmed, true, null), null));
        LocalDateTime done = FROM.atTime(13, 0);
        visits.add(visit("done", VisitKind.WORKPLACE_FOLLOW_UP, "coach-b", workplace(21),
                new DueWindow(FROM, FROM, FROM.plusDays(3)), fullTime, new Appointment("coach-b", done, false, null),
                new Completion(FROM, "Gick bra", "coach-b", Instant.parse("2026-12-07T14:00:00Z"))));
        return visits;
    }

    static Visit visit(String id, VisitKind kind, String coach, Place place, DueWindow window, WeeklySchedule presence,
            Appointment appointment, Completion completion) {
        return new Visit(id, kind, "p-" + id, kind.atWorkplace() ? "placement-" + id : null, SITE, coach, place, window, presence,
                appointment, null, completion, null);
    }

    /** Workplaces on a ring 2–8 km around the office. */
    static Place workplace(int i) {
        double km = 2 + (i * 37 % 7);
        double angle = i * 2.4;
        double lat = 59.3700 + km / 111.0 * Math.sin(angle);
        double lon = 16.5100 + km / (111.0 * Math.cos(Math.toRadians(59.37))) * Math.cos(angle);
        return new Place("Arbetsplats " + i, new Coordinates(lat, lon));
    }

    static WeeklySchedule schedule(Set<DayOfWeek> days, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new WeeklySchedule(days.stream().sorted()
                .map(day -> new TimeWindow(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute))).toList());
    }
}
