package se.tuna.placement.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.web.account.AccountPayloads.MeResponse;
import se.tuna.placement.web.shared.Blocking;

/** The signed-in person's own account. */
@RestController
@Tag(name = "Accounts", description = "Konton, roller och API-nycklar")
class MeController {

    private final AccountService accounts;
    private final AccountApiMapper mapper;

    MeController(AccountService accounts, AccountApiMapper mapper) {
        this.accounts = accounts;
        this.mapper = mapper;
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who is signed in: name, roles with Swedish names, sites, employer and start page")
    Mono<MeResponse> me(@AuthenticationPrincipal Actor actor) {
        return Blocking.call(() -> mapper.toMe(accounts.get(actor.accountId()), StartPages.of(actor.roles())));
    }
}
