package se.tuna.placement.followup.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.optaplanner.core.api.solver.SolverFactory;

import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.followup.calendar.CalendarService;
import se.tuna.placement.followup.calendar.FixedEvent;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.followup.schedule.FollowUpSchedule;
import se.tuna.placement.followup.schedule.PlannedVisit;
import se.tuna.placement.followup.schedule.ScheduleProblem;
import se.tuna.placement.followup.schedule.Staffing;
import se.tuna.placement.followup.visit.Appointment;
import se.tuna.placement.followup.visit.UnplannedReason;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.followup.visit.VisitDerivation;
import se.tuna.placement.followup.visit.VisitRepository;
import se.tuna.placement.participants.coach.CoachRepository;
import se.tuna.placement.participants.coach.StandIn;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/**
 * Plans a site's visits for a period: derives what falls due from the lifecycle, lays it over the
 * coaches' calendars and their booked events, lets the follow-up schedule find every visit a time
 * and a coach, and stores the result. Done and confirmed visits never move; a visit people have
 * seen moves only when its time no longer works or moving it is clearly better, and each move is
 * recorded on the visit and listed in the run.
 *
 * <p>Blocking and CPU-heavy: callers run it off the event loop, on the solver pool.
 */
public class FollowUpPlanning {

    /** A plan covers four weeks unless asked otherwise; at most three months, a quarter's follow-up. */
    public static final int DEFAULT_DAYS = 28;
    static final int LONGEST_DAYS = 92;

    private final VisitRepository visits;
    private final VisitDerivation derivation;
    private final CalendarService calendars;
    private final SiteCoaches siteCoaches;
    private final CoachRepository coachAssignments;
    private final FollowUpSolvers solvers;
    private final TravelTimeEstimator travel;
    private final Clock clock;

    public FollowUpPlanning(VisitRepository visits, VisitDerivation derivation, CalendarService calendars, SiteCoaches siteCoaches,
            CoachRepository coaches, FollowUpSolvers solvers, TravelTimeEstimator travel, Clock clock) {
        this.visits = visits;
        this.derivation = derivation;
        this.calendars = calendars;
        this.siteCoaches = siteCoaches;
        this.coachAssignments = coaches;
        this.solvers = solvers;
        this.travel = travel;
        this.clock = clock;
    }

    /** Plans {@code site}'s visits from {@code from} (today when null) to {@code until} (four weeks on when null). */
    public PlanRun plan(String site, LocalDate from, LocalDate until) {
        return plan(site, from, until, solvers.asked());
    }

    /** Plans {@code site}'s coming four weeks as the service does by itself: searching longer, since nobody waits. */
    public PlanRun planInBackground(String site) {
        return plan(site, null, null, solvers.background());
    }

    private PlanRun plan(String site, LocalDate from, LocalDate until, SolverFactory<FollowUpSchedule> solverFactory) {
        long started = System.nanoTime();
        LocalDate today = today();
        LocalDate first = from == null ? today : from;
        LocalDate last = until == null ? first.plusDays(DEFAULT_DAYS - 1L) : until;
        checkPeriod(site, first, last);

        Map<String, Versioned<Visit>> stored = visits.ofSite(site);
        List<Visit> done = stored.values().stream().map(Versioned::value).filter(Visit::done).toList();
        List<Visit> derived = derivation.derive(site, first, last, today, done);
        List<Visit> current = merge(derived, stored);
        List<WorkCalendar> coaches = calendars.calendarsOf(siteCoaches.coachesAt(site), site);
        List<FixedEvent> events = derivation.studyVisits(site, first, last);

        List<StandIn> standIns = coachAssignments.standIns(first).stream().filter(standIn -> standIn.site().equals(site)).toList();
        FollowUpSchedule schedule = ScheduleProblem.build(first, last, current, new Staffing(coaches, events, standIns), travel);
        FollowUpSchedule solved = solverFactory.buildSolver().solve(schedule);

        Outcome outcome = outcome(current, ScheduleProblem.byId(solved));
        // Only what differs from what is stored: a site's plan rewrites nothing it left as it was.
        visits.writeAll(outcome.changed().stream().filter(visit -> !stored.containsKey(visit.id())
                || !stored.get(visit.id()).value().equals(visit)).toList(), stored);
        visits.deleteAll(stale(stored, derived, first, last));
        return new PlanRun(site, first, last, outcome.planned(), outcome.unplanned(), outcome.moves(),
                -solved.getScore().hardScore(), Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Plans {@code site} again when a change to the days {@code from}–{@code until} (an absence entered or
     * taken back) falls in the coming four weeks; empty when they lie beyond, for the plan made nearer
     * the time takes the change in.
     */
    public Optional<PlanRun> replanFor(String site, LocalDate from, LocalDate until) {
        LocalDate today = today();
        boolean soon = !until.isBefore(today) && from.isBefore(today.plusDays(DEFAULT_DAYS));
        return soon ? Optional.of(plan(site, null, null)) : Optional.empty();
    }

    /** What the plan changed: visits to write, those left out, those moved. */
    private record Outcome(List<Visit> changed, int planned, List<PlanRun.Unplanned> unplanned, List<PlanRun.Move> moves) {
    }

    private static Outcome outcome(List<Visit> current, Map<String, PlannedVisit> solved) {
        List<Visit> changed = new ArrayList<>();
        List<PlanRun.Unplanned> unplanned = new ArrayList<>();
        List<PlanRun.Move> moves = new ArrayList<>();
        int planned = 0;
        for (Visit visit : current) {
            PlannedVisit result = solved.get(visit.id());
            if (result == null || visit.fixed()) {
                // Outside the period, or done or confirmed: as it was (a new one is still stored).
                changed.add(visit);
                planned += visit.fixed() ? 1 : 0;
                continue;
            }
            if (result.getStart() == null) {
                UnplannedReason reason = reason(visit, result);
                unplanned.add(new PlanRun.Unplanned(visit, reason));
                changed.add(visit.withAppointment(null, reason));
                continue;
            }
            planned++;
            Appointment before = visit.appointment();
            boolean moved = before != null && (!before.start().equals(result.getStart().at())
                    || !before.visitorId().equals(result.getVisitor().accountId()));
            Appointment after = new Appointment(result.getVisitor().accountId(), result.getStart().at(), false,
                    moved ? before.start() : before == null ? null : before.movedFrom());
            Visit next = visit.withAppointment(after, null);
            if (moved) {
                moves.add(new PlanRun.Move(next, before.start(), before.visitorId(), after.start(), after.visitorId()));
            }
            changed.add(next);
        }
        return new Outcome(changed, planned, unplanned, moves);
    }

    private static UnplannedReason reason(Visit visit, PlannedVisit result) {
        if (visit.coachId() == null) {
            return UnplannedReason.NO_COACH;
        }
        if (!result.isParticipantEverThere()) {
            return UnplannedReason.PARTICIPANT_NOT_THERE;
        }
        return result.getCandidateStarts().isEmpty() ? UnplannedReason.NO_COACH_WORKING : UnplannedReason.NO_FREE_TIME;
    }

    /** The derived visits with what was stored of each (its appointment and record) kept. */
    private static List<Visit> merge(List<Visit> derived, Map<String, Versioned<Visit>> stored) {
        List<Visit> merged = new ArrayList<>();
        for (Visit fresh : derived) {
            Versioned<Visit> before = stored.get(fresh.id());
            if (before == null) {
                merged.add(fresh);
                continue;
            }
            merged.add(fresh.withRecordOf(before.value()));
        }
        Set<String> ids = new HashSet<>(derived.stream().map(Visit::id).toList());
        // Done visits in the period that no longer fall due (the placement has ended since) still took the coach's time.
        stored.values().stream().map(Versioned::value).filter(visit -> visit.done() && !ids.contains(visit.id()))
                .forEach(merged::add);
        return merged;
    }

    /** Open visits in the period that no longer fall due: the placement ended, the participant was placed. */
    private static List<Versioned<Visit>> stale(Map<String, Versioned<Visit>> stored, List<Visit> derived, LocalDate from,
            LocalDate until) {
        Set<String> ids = new HashSet<>(derived.stream().map(Visit::id).toList());
        return stored.values().stream().filter(read -> {
            Visit visit = read.value();
            return !visit.done() && !ids.contains(visit.id()) && !visit.window().latest().isBefore(from)
                    && !visit.window().earliest().isAfter(until);
        }).toList();
    }

    private static void checkPeriod(String site, LocalDate from, LocalDate until) {
        Objects.requireNonNull(site, "site");
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.checkDate(violations, "from", from);
        CommonRules.checkDate(violations, "until", until);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (until.isBefore(from)) {
            throw InvalidInputException.of("until", "cannot be before from");
        }
        if (until.toEpochDay() - from.toEpochDay() >= LONGEST_DAYS) {
            throw InvalidInputException.of("until", "a plan covers at most " + LONGEST_DAYS + " days");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
    }
}
