package se.tuna.placement.web.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.matcher.weights.WeightsService;
import se.tuna.placement.web.matching.MatchingPayloads.WeightsRequest;
import se.tuna.placement.web.matching.MatchingPayloads.WeightsResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/** The matching rules' weights, which an admin may tune (constraint configuration). */
@ApiController("/api/admin/constraint-weights")
@Tag(name = "Admin", description = "Regelvikter för matchningen")
class WeightsController {

    private final WeightsService weights;
    private final MatchingApiMapper mapper;

    WeightsController(WeightsService weights, MatchingApiMapper mapper) {
        this.weights = weights;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "Every rule's weight in force")
    Mono<WeightsResponse> current() {
        return Blocking.call(() -> mapper.toResponse(weights.current()));
    }

    @PutMapping
    @Operation(summary = "Change some soft rules' weights", description = "Each as \"0hard/0medium/30soft\", on the soft "
            + "level only; 0 switches a soft rule off. The hard rules and the medium one are fixed (listed as `fixed`): "
            + "a change to one is refused with 422 naming the field.")
    Mono<WeightsResponse> change(@AuthenticationPrincipal Actor actor, @Valid @RequestBody WeightsRequest request) {
        return Blocking.call(() -> mapper.toResponse(weights.change(request.weights(), actor.accountId())));
    }

    @DeleteMapping
    @Operation(summary = "Back to the documented defaults")
    Mono<WeightsResponse> reset(@AuthenticationPrincipal Actor actor) {
        return Blocking.call(() -> mapper.toResponse(weights.reset(actor.accountId())));
    }
}
