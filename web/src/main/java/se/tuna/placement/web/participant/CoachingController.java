package se.tuna.placement.web.participant;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Mono;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.access.account.AccountFilter;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.AccountStatus;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.participants.coach.CoachAssignment;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.coach.StandIn;
import se.tuna.placement.web.participant.CoachingPayloads.CoachAssignmentRequest;
import se.tuna.placement.web.participant.CoachingPayloads.CoachAssignmentResponse;
import se.tuna.placement.web.participant.CoachingPayloads.CoachResponse;
import se.tuna.placement.web.participant.CoachingPayloads.StandInRequest;
import se.tuna.placement.web.participant.CoachingPayloads.StandInResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * Who looks after whom: a coordinator assigns each participant a personal coach and arranges
 * stand-ins while a coach is away; a coach sees who they look after.
 */
@ApiController
@Tag(name = "Coaching", description = "Personliga coacher och vikarier")
class CoachingController {

    private static final int MOST_COACHES = 500;

    private final Coaching coaching;
    private final AccountService accounts;
    private final AccountNames accountNames;
    private final AccessPolicy access;
    private final CoachingApiMapper mapper;

    CoachingController(Coaching coaching, AccountService accounts, AccessPolicy access, CoachingApiMapper mapper,
            AccountNames names) {
        this.accountNames = names;
        this.coaching = coaching;
        this.accounts = accounts;
        this.access = access;
        this.mapper = mapper;
    }

    @GetMapping("/api/coaches")
    @Operation(summary = "The personal coaches of the coordinator's sites, by name")
    Mono<List<CoachResponse>> coaches(@AuthenticationPrincipal Actor actor) {
        return Blocking.call(() -> accounts.list(new AccountFilter(Role.COACH, null, null, AccountStatus.ACTIVE, null), 0,
                        MOST_COACHES).items().stream()
                .filter(coach -> coach.sites().stream().anyMatch(actor::serves))
                .map(mapper::toCoach).toList());
    }

    @GetMapping("/api/participants/{id}/coach")
    @Operation(summary = "The participant's personal coach and those before", description = "404 when none is assigned yet.")
    Mono<CoachAssignmentResponse> coach(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id) {
        return Blocking.call(() -> {
            access.participant(actor, id);
            CoachAssignment assignment = coaching.assignmentOf(id).orElseThrow(() -> new NotFoundException("coach assignment", id));
            audit.read(ParticipantData.COACH, id);
            return mapper.toResponse(assignment, names(coachesIn(assignment)));
        });
    }

    @PutMapping("/api/participants/{id}/coach")
    @Operation(summary = "Make a coach the participant's personal coach",
            description = "From the day given (today when left out); the coach before is kept in the history.")
    Mono<CoachAssignmentResponse> assign(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody CoachAssignmentRequest request) {
        return Blocking.call(() -> {
            access.coordinatedParticipant(actor, id);
            audit.changing(ParticipantData.COACH, id);
            CoachAssignment assignment = coaching.assign(id, request.coachId(), request.since(), actor.accountId());
            return mapper.toResponse(assignment, names(coachesIn(assignment)));
        });
    }

    @GetMapping("/api/stand-ins")
    @Operation(summary = "Stand-ins that have not ended",
            description = "A coordinator sees those of the coaches of their sites; a coach those they are part of.")
    Mono<List<StandInResponse>> standIns(@AuthenticationPrincipal Actor actor) {
        return Blocking.call(() -> {
            List<StandIn> standIns = actor.has(Role.COORDINATOR)
                    ? coaching.currentStandIns(null).stream().filter(standIn -> actor.serves(standIn.site())).toList()
                    : coaching.currentStandIns(actor.accountId());
            Map<String, String> names = names(standIns.stream()
                    .flatMap(standIn -> Stream.of(standIn.absentCoachId(), standIn.standInCoachId())).collect(Collectors.toSet()));
            return standIns.stream().map(standIn -> mapper.toResponse(standIn, names)).toList();
        });
    }

    @PostMapping("/api/stand-ins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Arrange for a coach to stand in for another who is away",
            description = "For those days the stand-in sees and follows up the absent coach's participants of the site. "
                    + "Both coaches work at the site, which the coordinator coordinates.")
    Mono<StandInResponse> arrange(@AuthenticationPrincipal Actor actor, @Valid @RequestBody StandInRequest request) {
        return Blocking.call(() -> {
            access.requireCoordinatorOf(actor, request.site());
            StandIn standIn = coaching.arrangeStandIn(request.absentCoachId(), request.standInCoachId(), request.site(),
                    request.from(), request.until(), actor.accountId());
            return mapper.toResponse(standIn, names(Set.of(standIn.absentCoachId(), standIn.standInCoachId())));
        });
    }

    @DeleteMapping("/api/stand-ins/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take back a stand-in, e.g. when the coach is back early")
    Mono<Void> cancel(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.run(() -> {
            access.requireCoordinatorOf(actor, coaching.standIn(id).site());
            coaching.cancelStandIn(id);
        });
    }

    private static Set<String> coachesIn(CoachAssignment assignment) {
        Set<String> ids = new HashSet<>();
        ids.add(assignment.coachId());
        assignment.earlier().forEach(earlier -> ids.add(earlier.coachId()));
        return ids;
    }

    private Map<String, String> names(Collection<String> accountIds) {
        return accountNames.of(accountIds);
    }
}
