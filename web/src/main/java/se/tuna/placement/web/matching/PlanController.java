package se.tuna.placement.web.matching;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.tuna.placement.matcher.plan.PlanService;
import se.tuna.placement.matcher.plan.PlanStatus;
import se.tuna.placement.web.matching.MatchingPayloads.DecisionRequest;
import se.tuna.placement.web.matching.MatchingPayloads.PlanProgressResponse;
import se.tuna.placement.web.matching.MatchingPayloads.PlanRequest;
import se.tuna.placement.web.matching.MatchingPayloads.PlanResultResponse;
import se.tuna.placement.web.matching.MatchingPayloads.PlannedAssignmentResponse;
import se.tuna.placement.web.shared.Blocking;

/**
 * Waiting-list plans: start one (it solves in the background), watch its progress as
 * Server-Sent Events, stop it early, read it with explanations, decide placements one by one
 * (each books its seat) and solve again around them.
 */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans", description = "Plan för hela väntelistan")
class PlanController {

    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

    private final PlanService plans;
    private final MatchingApiMapper mapper;
    private final Clock clock;

    PlanController(PlanService plans, MatchingApiMapper mapper, Clock clock) {
        this.plans = plans;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Start planning the waiting list of some sites (all when none given)",
            description = "Returns at once (202) with the job; follow it at /api/plans/{id}/progress.")
    Mono<ResponseEntity<PlanProgressResponse>> start(@Valid @RequestBody PlanRequest request) {
        Set<String> sites = request.sites() == null ? Set.of() : request.sites();
        return Blocking.call(() -> mapper.toResponse(plans.start(sites, request.requestedBy())))
                .map(progress -> ResponseEntity.accepted().location(URI.create("/api/plans/" + progress.jobId())).body(progress));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan job's state: status, best score, how many placed")
    Mono<PlanProgressResponse> progress(@PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(plans.progress(id)));
    }

    @GetMapping(path = "/{id}/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live progress as Server-Sent Events until the plan is finished or failed")
    Flux<ServerSentEvent<PlanProgressResponse>> stream(@PathVariable String id) {
        return Flux.interval(Duration.ZERO, PROGRESS_EVERY)
                .concatMap(tick -> Blocking.call(() -> mapper.toResponse(plans.progress(id))))
                .distinctUntilChanged()
                .takeUntil(progress -> isOver(progress.status()))
                .map(progress -> ServerSentEvent.builder(progress).event("progress").id(progress.updatedAt().toString()).build());
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop solving now; the best plan so far becomes the plan")
    Mono<PlanProgressResponse> stop(@PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(plans.stop(id)));
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "The plan: every participant's proposed slot (or none) with its checklist")
    Mono<PlanResultResponse> result(@PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(plans.result(id), clock.instant()));
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "Decide the plan's placement for a participant",
            description = "Books the seat through the placement bank and records the named coordinator's decision; the "
                    + "solver never books anything. The placement stays pinned when the plan is solved again.")
    Mono<PlannedAssignmentResponse> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request) {
        return Blocking.call(() -> mapper.toResponse(plans.decide(id, request.participantId(), request.decidedBy()),
                clock.instant()));
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Solve again around the decided placements")
    Mono<PlanProgressResponse> resolve(@PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(plans.resolve(id)));
    }

    private static boolean isOver(String status) {
        return PlanStatus.FINISHED.name().equals(status) || PlanStatus.FAILED.name().equals(status);
    }
}
