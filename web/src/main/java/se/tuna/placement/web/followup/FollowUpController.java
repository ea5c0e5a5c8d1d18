package se.tuna.placement.web.followup;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.followup.calendar.CalendarService;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.followup.planning.CoachQueues;
import se.tuna.placement.followup.planning.FollowUpPlanning;
import se.tuna.placement.followup.planning.SiteCoaches;
import se.tuna.placement.followup.planning.TravelLegs;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.followup.visit.VisitBook;
import se.tuna.placement.followup.visit.VisitRepository;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.web.followup.FollowUpPayloads.DoneRequest;
import se.tuna.placement.web.followup.FollowUpPayloads.MoveRequest;
import se.tuna.placement.web.followup.FollowUpPayloads.PersonResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.PlanRequest;
import se.tuna.placement.web.followup.FollowUpPayloads.PlanRunResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.QueueEntryResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.VisitResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.WeekResponse;
import se.tuna.placement.web.participant.AccountNames;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * Coaches' follow-up: a coach's week and queues, a site's week for its coordinators, re-plans,
 * and what coaches record of their visits.
 */
@ApiController
@Tag(name = "Follow-up", description = "Coachernas besök: veckan, köerna och planeringen")
class FollowUpController {

    /** A week view shows at most two months at once. */
    private static final int LONGEST_RANGE_DAYS = 62;

    private final FollowUpPlanning planning;
    private final VisitRepository visits;
    private final VisitBook book;
    private final CoachQueues queues;
    private final Coaching coaching;
    private final ParticipantService participants;
    private final CalendarService calendars;
    private final SiteCoaches siteCoaches;
    private final TravelLegs legs;
    private final AccountService accounts;
    private final AccountNames names;
    private final AccessPolicy access;
    private final FollowUpApiMapper mapper;
    private final PlanRunAnswers answers;
    private final FollowUpPlanRuns planRuns;
    private final Clock clock;

    FollowUpController(FollowUpPlanning planning, VisitRepository visits, VisitBook book, CoachQueues queues, Coaching coaching,
            ParticipantService participants, CalendarService calendars, SiteCoaches siteCoaches, TravelLegs legs,
            AccountService accounts, AccountNames names, AccessPolicy access, FollowUpApiMapper mapper, PlanRunAnswers answers,
            FollowUpPlanRuns planRuns, Clock clock) {
        this.planning = planning;
        this.visits = visits;
        this.book = book;
        this.queues = queues;
        this.coaching = coaching;
        this.participants = participants;
        this.calendars = calendars;
        this.siteCoaches = siteCoaches;
        this.legs = legs;
        this.accounts = accounts;
        this.names = names;
        this.access = access;
        this.mapper = mapper;
        this.answers = answers;
        this.planRuns = planRuns;
        this.clock = clock;
    }

    @GetMapping("/api/follow-up/visits")
    @Operation(summary = "A coach's planned visits, by start",
            description = "Your own when no coach is given; a coordinator sees those of the coaches of their sites. "
                    + "This week (Monday to Sunday) unless from and until are given.")
    Mono<WeekResponse> coachWeek(@AuthenticationPrincipal Actor actor, AuditTrail audit,
            @RequestParam(required = false) String coachId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate until) {
        return Blocking.call(() -> {
            Account coach = accounts.get(coachId == null ? actor.accountId() : coachId);
            access.requireColleague(actor, coach);
            LocalDate first = from == null ? thisMonday() : from;
            LocalDate last = lastDay(first, until);
            List<Visit> planned = visits.plannedFor(List.of(coach.id()), first, last);
            audit.read(ParticipantData.VISITS, participantsOf(planned));
            return week(first, last, List.of(coach.id()), planned, List.of(), site(coach));
        });
    }

    @GetMapping("/api/follow-up/site-visits")
    @Operation(summary = "Every coach's planned visits at a site side by side, and the visits no plan could place",
            description = "For the site's coordinators. This week unless from and until are given.")
    Mono<WeekResponse> siteWeek(@AuthenticationPrincipal Actor actor, AuditTrail audit, @RequestParam String site,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate until) {
        return Blocking.call(() -> {
            access.requireCoordinatorOf(actor, site);
            LocalDate first = from == null ? thisMonday() : from;
            LocalDate last = lastDay(first, until);
            List<String> coaches = siteCoaches.coachesAt(site);
            List<Visit> planned = visits.plannedFor(coaches, first, last);
            // Unplanned by the last plan, and still so: a coach's move since gave it a time.
            List<Visit> unplanned = visits.unplannedOf(site, first, last).stream()
                    .filter(visit -> visit.appointment() == null).toList();
            Set<String> seen = new HashSet<>(participantsOf(planned));
            seen.addAll(participantsOf(unplanned));
            audit.read(ParticipantData.VISITS, seen);
            return week(first, last, coaches, planned, unplanned, site);
        });
    }

    @PostMapping("/api/follow-up/plans")
    @Operation(summary = "Plan (again) a site's visits for a period",
            description = "Four weeks from today unless from and until are given. Done and confirmed visits stay; a visit "
                    + "people have seen moves only when its time no longer works or moving it is clearly better. The answer "
                    + "lists what could not be placed, and why, and what moved.")
    Mono<PlanRunResponse> plan(@AuthenticationPrincipal Actor actor, AuditTrail audit, @Valid @RequestBody PlanRequest request) {
        return Blocking.run(() -> access.requireCoordinatorOf(actor, request.site()))
                .then(planRuns.call(() -> planning.plan(request.site(), request.from(), request.until())))
                .flatMap(run -> Blocking.call(() -> answers.answer(run, audit)));
    }

    @GetMapping("/api/follow-up/queues")
    @Operation(summary = "A coach's queues: follow-ups due or overdue, trials ending, extensions due, the one-year limit near, "
            + "participants with no visit planned", description = "Your own when no coach is given; a coordinator sees those of "
            + "the coaches of their sites.")
    Mono<List<QueueEntryResponse>> queues(@AuthenticationPrincipal Actor actor, AuditTrail audit,
            @RequestParam(required = false) String coachId) {
        return Blocking.call(() -> {
            Account coach = accounts.get(coachId == null ? actor.accountId() : coachId);
            access.requireColleague(actor, coach);
            Set<String> theirs = coaching.participantsLookedAfterBy(coach.id(), today());
            Map<String, List<String>> bySite = participants.sitesOf(theirs).entrySet().stream()
                    .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
            List<CoachQueues.Entry> entries = new ArrayList<>();
            bySite.forEach((site, ids) -> entries.addAll(queues.of(site, ids)));
            audit.read(ParticipantData.VISITS, entries.stream().map(CoachQueues.Entry::participantId).collect(Collectors.toSet()));
            return entries.stream().sorted(java.util.Comparator.comparing(CoachQueues.Entry::kind)
                    .thenComparing(CoachQueues.Entry::date)).map(mapper::toResponse).toList();
        });
    }

    @PostMapping("/api/follow-up/visits/{id}/done")
    @Operation(summary = "Record a visit as done, with a short note", description = "On the day given (today when left out). "
            + "A visit done once is not done again (409).")
    Mono<VisitResponse> done(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody DoneRequest request) {
        return Blocking.call(() -> {
            Visit visit = book.get(id);
            access.participant(actor, visit.participantId());
            audit.changing(ParticipantData.VISITS, visit.participantId());
            return one(book.recordDone(id, request.on(), request.note(), actor.accountId()));
        });
    }

    @PostMapping("/api/follow-up/visits/{id}/move")
    @Operation(summary = "Move a visit to a time agreed with the workplace or the participant",
            description = "A weekday inside the visit's due window, on the quarter-hour. The visit is then confirmed there: "
                    + "no plan moves it.")
    Mono<VisitResponse> move(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody MoveRequest request) {
        return Blocking.call(() -> {
            Visit visit = book.get(id);
            access.participant(actor, visit.participantId());
            audit.changing(ParticipantData.VISITS, visit.participantId());
            String visitor = actor.has(Role.COACH) ? actor.accountId()
                    : visit.appointment() != null ? visit.appointment().visitorId() : visit.coachId();
            return one(book.move(id, request.start(), visitor));
        });
    }

    private WeekResponse week(LocalDate from, LocalDate until, List<String> coaches, List<Visit> planned, List<Visit> unplanned,
            String site) {
        Map<String, String> people = names.of(coaches);
        Map<String, WorkCalendar> calendarOf = calendars.calendarsOf(coaches, site).stream()
                .collect(Collectors.toMap(WorkCalendar::accountId, calendar -> calendar));
        Map<String, Integer> travel = legs.before(planned, calendarOf);
        List<PersonResponse> persons = coaches.stream().map(id -> new PersonResponse(id, people.getOrDefault(id, id))).toList();
        return new WeekResponse(from, until, persons, mapper.toResponses(planned, people, travel),
                mapper.toResponses(unplanned, people, Map.of()));
    }

    private VisitResponse one(Visit visit) {
        Set<String> people = new HashSet<>();
        if (visit.appointment() != null) {
            people.add(visit.appointment().visitorId());
        }
        return mapper.toResponse(visit, names.of(people), Map.of());
    }

    private static String site(Account coach) {
        return coach.sites().stream().sorted().findFirst().orElseThrow(() -> InvalidInputException.of("coachId",
                "serves no site"));
    }

    private static LocalDate lastDay(LocalDate first, LocalDate until) {
        // A day the records cannot hold (year 9999, or past LocalDate's range) is invalid input, not an overflow.
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.checkDate(violations, "from", first);
        CommonRules.checkDate(violations, "until", until);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LocalDate last = until == null ? first.plusDays(6) : until;
        if (last.isBefore(first)) {
            throw InvalidInputException.of("until", "cannot be before from");
        }
        if (last.toEpochDay() - first.toEpochDay() >= LONGEST_RANGE_DAYS) {
            throw InvalidInputException.of("until", "at most " + LONGEST_RANGE_DAYS + " days at once");
        }
        return last;
    }

    private static Collection<String> participantsOf(List<Visit> some) {
        return some.stream().map(Visit::participantId).collect(Collectors.toSet());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
    }

    private LocalDate thisMonday() {
        return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
