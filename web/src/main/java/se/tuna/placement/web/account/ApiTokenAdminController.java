package se.tuna.placement.web.account;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.access.token.ApiTokens;
import se.tuna.placement.web.account.AccountPayloads.ApiTokenRequest;
import se.tuna.placement.web.account.AccountPayloads.ApiTokenResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * Personal API tokens: an admin issues one for a person's account and revokes it when it is no
 * longer needed; the person collects its secret themselves.
 */
@ApiController("/api/admin/api-tokens")
@Tag(name = "Accounts", description = "Konton, roller och API-nycklar")
class ApiTokenAdminController {

    private final ApiTokens tokens;
    private final AccountApiMapper mapper;

    ApiTokenAdminController(ApiTokens tokens, AccountApiMapper mapper) {
        this.tokens = tokens;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "The tokens of one account, or of all, newest first; never their secrets")
    Mono<List<ApiTokenResponse>> list(@RequestParam(required = false) String accountId) {
        return Blocking.call(() -> tokens.list(accountId).stream().map(mapper::toResponse).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a token, without its secret")
    Mono<ApiTokenResponse> get(@PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(tokens.get(id)));
    }

    @PostMapping
    @Operation(summary = "Issue a token that acts as the account",
            description = "It works once the account's person has collected its secret, signed in as themselves "
                    + "(POST /api/me/api-tokens/{id}/secret): nobody else, the admin included, ever holds it.")
    Mono<ResponseEntity<ApiTokenResponse>> issue(@AuthenticationPrincipal Actor actor, @Valid @RequestBody ApiTokenRequest request) {
        return Blocking.call(() -> mapper.toResponse(tokens.issue(request.accountId(), request.name(), request.validDays(),
                        actor.accountId())))
                .map(issued -> ResponseEntity.created(URI.create("/api/admin/api-tokens/" + issued.id())).body(issued));
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke a token at once")
    Mono<ApiTokenResponse> revoke(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(tokens.revoke(id, actor.accountId())));
    }
}
