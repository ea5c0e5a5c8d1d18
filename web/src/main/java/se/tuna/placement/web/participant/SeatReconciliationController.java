package se.tuna.placement.web.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.web.participant.ReconciliationPayloads.ReconciliationResponse;
import se.tuna.placement.web.shared.ApiController;

/**
 * The seat reconciliation for an admin: the last run's report, and a run at once. The report holds
 * counts and placement and slot ids, no participant's data; the repairs are the steps' own.
 */
@ApiController("/api/admin/seat-reconciliation")
@Tag(name = "Admin", description = "Platser och placeringar i samklang")
class SeatReconciliationController {

    private final SeatReconciliationRuns runs;
    private final ReconciliationApiMapper mapper;

    SeatReconciliationController(SeatReconciliationRuns runs, ReconciliationApiMapper mapper) {
        this.runs = runs;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "The last run's report", description = "Until a run has finished since the service started, "
            + "one is run and its report is the answer.")
    Mono<ReconciliationResponse> last(@AuthenticationPrincipal Actor actor) {
        return runs.last().map(Mono::just).orElseGet(() -> runs.runNow(actor.accountId()))
                .map(run -> mapper.toResponse(run.report(), run.askedBy()));
    }

    @PostMapping
    @Operation(summary = "Run it now", description = "After any run under way; answers with its report.")
    Mono<ReconciliationResponse> runNow(@AuthenticationPrincipal Actor actor) {
        return runs.runNow(actor.accountId()).map(run -> mapper.toResponse(run.report(), run.askedBy()));
    }
}
