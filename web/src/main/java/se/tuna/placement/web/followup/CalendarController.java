package se.tuna.placement.web.followup;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.followup.calendar.CalendarService;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.followup.planning.FollowUpPlanning;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.web.followup.FollowUpPayloads.AbsencePayload;
import se.tuna.placement.web.followup.FollowUpPayloads.AbsenceResult;
import se.tuna.placement.web.followup.FollowUpPayloads.CalendarRequest;
import se.tuna.placement.web.followup.FollowUpPayloads.CalendarResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * Coaches' and coordinators' working calendars: a coordinator describes a person's week; the
 * person or their coordinator enters absences, and the person's site is planned again at once so
 * nobody is booked on a day away.
 */
@ApiController
@Tag(name = "Calendars", description = "Arbetskalendrar: arbetstid, frånvaro och stående åtaganden")
class CalendarController {

    private final CalendarService calendars;
    private final FollowUpPlanning planning;
    private final AccountService accounts;
    private final PlanRunAnswers answers;
    private final FollowUpPlanRuns planRuns;
    private final AccessPolicy access;
    private final FollowUpApiMapper mapper;

    CalendarController(CalendarService calendars, FollowUpPlanning planning, AccountService accounts, PlanRunAnswers answers,
            FollowUpPlanRuns planRuns, AccessPolicy access, FollowUpApiMapper mapper) {
        this.calendars = calendars;
        this.planning = planning;
        this.accounts = accounts;
        this.answers = answers;
        this.planRuns = planRuns;
        this.access = access;
        this.mapper = mapper;
    }

    @GetMapping("/api/calendars/{accountId}")
    @Operation(summary = "A person's working calendar", description = "Your own, or, for a coordinator, that of a coach or "
            + "coordinator of their sites. Office hours at the site's office until someone describes it.")
    Mono<CalendarResponse> calendar(@AuthenticationPrincipal Actor actor, @PathVariable String accountId) {
        return Blocking.call(() -> {
            Account person = accounts.get(accountId);
            access.requireColleague(actor, person);
            return mapper.toResponse(calendars.calendarOf(person.id(), siteOf(person)));
        });
    }

    @PutMapping("/api/calendars/{accountId}")
    @Operation(summary = "Describe a person's week: working hours, where the day starts, how they travel, weekly commitments",
            description = "For a coordinator of the site, which the person serves. Absences stay as entered.")
    Mono<CalendarResponse> describe(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
            @Valid @RequestBody CalendarRequest request) {
        return Blocking.call(() -> {
            Account person = accounts.get(accountId);
            access.requireCoordinatorOf(actor, request.site());
            if (!person.sites().contains(request.site())) {
                throw InvalidInputException.of("site", "the person does not serve " + request.site());
            }
            return mapper.toResponse(calendars.describe(person.id(), mapper.toCalendar(person.id(), request), actor.accountId()));
        });
    }

    @PostMapping("/api/calendars/{accountId}/absences")
    @Operation(summary = "Enter days away (a sick day, leave)", description = "By the person or their coordinator. When the days "
            + "fall in the coming four weeks the person's site is planned again at once: the answer lists the visits that moved "
            + "and any that could not be placed (no plan when the days lie beyond).")
    Mono<AbsenceResult> addAbsence(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String accountId,
            @Valid @RequestBody AbsencePayload request) {
        return Blocking.call(() -> {
            Account person = accounts.get(accountId);
            access.requireColleague(actor, person);
            return calendars.addAbsence(person.id(), siteOf(person), mapper.toAbsence(request), actor.accountId());
        }).flatMap(calendar -> replanned(calendar, request.from(), request.until(), audit));
    }

    @DeleteMapping("/api/calendars/{accountId}/absences")
    @Operation(summary = "Take back days away entered (back early, entered by mistake)",
            description = "The absence from and until the days given; the person's site is planned again at once when the "
                    + "days fall in the coming four weeks.")
    Mono<AbsenceResult> removeAbsence(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String accountId,
            @RequestParam LocalDate from, @RequestParam LocalDate until) {
        return Blocking.call(() -> {
            Account person = accounts.get(accountId);
            access.requireColleague(actor, person);
            return calendars.removeAbsence(person.id(), siteOf(person), from, until, actor.accountId());
        }).flatMap(calendar -> replanned(calendar, from, until, audit));
    }

    /** The calendar, and the re-plan its change called for; none when the days lie beyond the coming four weeks. */
    private Mono<AbsenceResult> replanned(WorkCalendar calendar, LocalDate from, LocalDate until, AuditTrail audit) {
        return planRuns.call(() -> planning.replanFor(calendar.site(), from, until))
                .flatMap(run -> Blocking.call(() -> new AbsenceResult(mapper.toResponse(calendar),
                        run.map(done -> answers.answer(done, audit)).orElse(null))));
    }

    /** The site a person's calendar belongs to: where it was described, else the first site they serve. */
    private String siteOf(Account person) {
        return calendars.storedSiteOf(person.id()).orElseGet(() -> person.sites().stream().sorted().findFirst()
                .orElseThrow(() -> InvalidInputException.of("accountId", "the person serves no site")));
    }
}
