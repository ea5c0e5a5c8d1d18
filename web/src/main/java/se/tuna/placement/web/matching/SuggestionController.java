package se.tuna.placement.web.matching;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.matcher.suggest.SuggestionService;
import se.tuna.placement.web.matching.MatchingPayloads.SuggestionsResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/** Ranked placement suggestions for one participant, each with its checklist. */
@ApiController
@Tag(name = "Suggestions", description = "Förslag på arbetsträningsplatser för en deltagare")
class SuggestionController {

    private final SuggestionService suggestions;
    private final AccessPolicy access;
    private final MatchingApiMapper mapper;
    private final Clock clock;

    SuggestionController(SuggestionService suggestions, AccessPolicy access, MatchingApiMapper mapper, Clock clock) {
        this.suggestions = suggestions;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping("/api/participants/{id}/suggestions")
    @Operation(summary = "The best slots for a participant, ranked by the planning model, with explanations",
            description = "Nothing that breaks a hard rule is suggested: no conflicting demand, no full slot, no avoided "
                    + "employer, hours and times that fit, a trip within the participant's limit.")
    Mono<SuggestionsResponse> suggest(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int count) {
        return Blocking.call(() -> {
            access.coordinatedParticipant(actor, id);
            SuggestionsResponse suggested = mapper.toResponse(suggestions.suggest(id, count), clock.instant());
            audit.read(ParticipantData.SUGGESTIONS, id);
            return suggested;
        });
    }
}
