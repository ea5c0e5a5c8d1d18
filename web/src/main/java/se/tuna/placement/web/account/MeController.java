package se.tuna.placement.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.access.token.ApiTokens;
import se.tuna.placement.web.account.AccountPayloads.ApiTokenResponse;
import se.tuna.placement.web.account.AccountPayloads.IssuedTokenResponse;
import se.tuna.placement.web.account.AccountPayloads.MeResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/** The signed-in person's own account, and the API tokens issued for it. */
@ApiController
@Tag(name = "Accounts", description = "Konton, roller och API-nycklar")
class MeController {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final AccountApiMapper mapper;

    MeController(AccountService accounts, ApiTokens tokens, AccountApiMapper mapper) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mapper = mapper;
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who is signed in: name, roles with Swedish names, sites, employer and start page")
    Mono<MeResponse> me(@AuthenticationPrincipal Actor actor) {
        return Blocking.call(() -> mapper.toMe(accounts.get(actor.accountId()), StartPages.of(actor.roles())));
    }

    @GetMapping("/api/me/api-tokens")
    @Operation(summary = "The API tokens an admin has issued for the signed-in person's account, newest first")
    Mono<List<ApiTokenResponse>> ownTokens(@AuthenticationPrincipal Actor actor) {
        return Blocking.call(() -> tokens.list(actor.accountId()).stream().map(mapper::toResponse).toList());
    }

    @PostMapping("/api/me/api-tokens/{id}/secret")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Collect the secret of a token issued for the signed-in person's account",
            description = "Shown this once; 409 if it was collected before, or is revoked or expired.")
    Mono<IssuedTokenResponse> collect(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(tokens.collect(id, actor.accountId())));
    }
}
