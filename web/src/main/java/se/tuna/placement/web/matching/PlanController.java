package se.tuna.placement.web.matching;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.matcher.plan.PlanProgress;
import se.tuna.placement.matcher.plan.PlanService;
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.matcher.plan.PlanStatus;
import se.tuna.placement.web.matching.MatchingPayloads.DecisionRequest;
import se.tuna.placement.web.matching.MatchingPayloads.PlanProgressResponse;
import se.tuna.placement.web.matching.MatchingPayloads.PlanRequest;
import se.tuna.placement.web.matching.MatchingPayloads.PlanResultResponse;
import se.tuna.placement.web.matching.MatchingPayloads.PlannedAssignmentResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * Waiting-list plans: start one (it solves in the background), watch its progress as
 * Server-Sent Events, stop it early, read it with explanations, decide placements one by one
 * (each books its seat) and solve again around them.
 */
@ApiController("/api/plans")
@Tag(name = "Plans", description = "Plan för hela väntelistan")
class PlanController {

    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

    private final PlanService plans;
    private final AccessPolicy access;
    private final MatchingApiMapper mapper;
    private final Clock clock;

    PlanController(PlanService plans, AccessPolicy access, MatchingApiMapper mapper, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Start planning the waiting list of some sites (all the coordinator's when none given)",
            description = "Returns at once (202) with the job; follow it at /api/plans/{id}/progress. Only sites the "
                    + "signed-in coordinator serves.")
    Mono<ResponseEntity<PlanProgressResponse>> start(@AuthenticationPrincipal Actor actor, @Valid @RequestBody PlanRequest request) {
        return Blocking.call(() -> mapper.toResponse(plans.start(access.planSites(actor, request.sites()), actor.displayName())))
                .map(progress -> ResponseEntity.accepted().location(URI.create("/api/plans/" + progress.jobId())).body(progress));
    }

    @GetMapping
    @Operation(summary = "Recent plans of the coordinator's sites, newest first: state, who asked, when",
            description = "Plans are kept in Elasticsearch, so a plan made before a restart is listed and can be read and "
                    + "decided from; one that was being made when the service stopped is INTERRUPTED and can be started "
                    + "again with its sites. Only plans all of whose sites the signed-in coordinator serves.")
    Mono<List<PlanProgressResponse>> list(@AuthenticationPrincipal Actor actor) {
        return Blocking.call(() -> plans.recent().stream().filter(plan -> access.mayReadPlan(actor, plan.sites()))
                .map(mapper::toResponse).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan job's state: status, best score, how many placed")
    Mono<PlanProgressResponse> progress(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(permitted(actor, id)));
    }

    @GetMapping(path = "/{id}/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live progress as Server-Sent Events until the plan is finished or failed")
    Flux<ServerSentEvent<PlanProgressResponse>> stream(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        // Checked before the stream starts, so a refusal is a problem detail, not an event.
        permitted(actor, id);
        // A tick that comes while the last read still runs (the plan is being kept in the store) is dropped, not an error.
        return Flux.interval(Duration.ZERO, PROGRESS_EVERY)
                .onBackpressureDrop()
                .concatMap(tick -> Blocking.call(() -> mapper.toResponse(plans.progress(id))))
                .distinctUntilChanged()
                .takeUntil(progress -> isOver(progress.status()))
                .map(progress -> ServerSentEvent.builder(progress).event("progress").id(progress.updatedAt().toString()).build());
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop solving now; the best plan so far becomes the plan")
    Mono<PlanProgressResponse> stop(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> {
            permitted(actor, id);
            return mapper.toResponse(plans.stop(id));
        });
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "The plan: every participant's proposed slot (or none) with its checklist")
    Mono<PlanResultResponse> result(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id) {
        return Blocking.call(() -> {
            permitted(actor, id);
            PlanResultResponse plan = mapper.toResponse(plans.result(id), clock.instant());
            audit.read(ParticipantData.PLAN, plan.assignments().stream().map(PlannedAssignmentResponse::participantId).toList());
            return plan;
        });
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "Decide the plan's placement for a participant",
            description = "Books a study visit at the plan's slot (or another of the participant's candidates, with a reason) "
                    + "at the time agreed with the employer, holding a seat until the answer, and records the signed-in "
                    + "coordinator's decision with which slot the plan proposed and which was chosen; the solver never books "
                    + "anything. The placement stays pinned when the plan is solved again.")
    Mono<PlannedAssignmentResponse> decide(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody DecisionRequest request) {
        return Blocking.call(() -> {
            permitted(actor, id);
            access.coordinatedParticipant(actor, request.participantId());
            audit.changing(ParticipantData.PLACEMENT, request.participantId());
            return mapper.toResponse(plans.decide(id, request.participantId(), request.slotId(), request.reason(),
                    request.studyVisitAt(), new DecidedBy(actor.accountId(), actor.displayName())), clock.instant());
        });
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Solve again around the decided placements")
    Mono<PlanProgressResponse> resolve(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> {
            permitted(actor, id);
            return mapper.toResponse(plans.resolve(id));
        });
    }

    /** The plan's progress, if the coordinator serves every site it covers. */
    private PlanProgress permitted(Actor actor, String id) {
        PlanProgress progress = plans.progress(id);
        access.requirePlan(actor, progress.sites());
        return progress;
    }

    private static boolean isOver(String status) {
        return PlanStatus.valueOf(status).over();
    }
}
