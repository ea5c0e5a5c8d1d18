package se.tuna.placement.web.account;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.AccountFilter;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.AccountStatus;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.account.StaffIdentity;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.web.account.AccountPayloads.AccessRequest;
import se.tuna.placement.web.account.AccountPayloads.AccountResponse;
import se.tuna.placement.web.account.AccountPayloads.StaffAccountRequest;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;
import se.tuna.placement.web.shared.PageResponse;

/**
 * An admin's work with accounts: who has signed in and waits for roles, what each person does
 * and where, and switching accounts off and on. Roles and sites are given to the identity
 * provider's user (issuer and subject); the provider only proves who someone is.
 */
@ApiController("/api/admin/accounts")
@Tag(name = "Accounts", description = "Konton, roller och API-nycklar")
class AccountAdminController {

    private final AccountService accounts;
    private final AccountApiMapper mapper;

    AccountAdminController(AccountService accounts, AccountApiMapper mapper) {
        this.accounts = accounts;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "List accounts by name", description = "waiting=true lists staff who signed in and have no role yet.")
    Mono<PageResponse<AccountResponse>> list(@RequestParam(required = false) Role role,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String employerId,
            @RequestParam(required = false) AccountStatus status,
            @RequestParam(required = false) Boolean waiting,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        AccountFilter filter = new AccountFilter(role, site, employerId, status, waiting);
        return Blocking.call(() -> PageResponse.of(accounts.list(filter, page, size), mapper::toResponse));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an account")
    Mono<AccountResponse> get(@PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(accounts.get(id)));
    }

    @PostMapping
    @Operation(summary = "Register a member of staff before their first sign-in",
            description = "By their identity provider's issuer and subject; 409 if that identity has an account.")
    Mono<ResponseEntity<AccountResponse>> register(@AuthenticationPrincipal Actor actor,
            @Valid @RequestBody StaffAccountRequest request) {
        return Blocking.call(() -> mapper.toResponse(accounts.registerStaff(
                        new StaffIdentity(request.identity().issuer(), request.identity().subject()), request.displayName(),
                        request.email(), request.roles(), request.sites(), actor.accountId())))
                .map(account -> ResponseEntity.created(URI.create("/api/admin/accounts/" + account.id())).body(account));
    }

    @PutMapping("/{id}/access")
    @Operation(summary = "Set what a person does (roles) and where (sites)",
            description = "Coordinators and coaches serve at least one site; a supervisor's account keeps its role only.")
    Mono<AccountResponse> changeAccess(@AuthenticationPrincipal Actor actor, @PathVariable String id,
            @Valid @RequestBody AccessRequest request) {
        return Blocking.call(() -> mapper.toResponse(accounts.changeAccess(id, request.roles(), request.sites(), actor.accountId())));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Switch an account off", description = "Its sessions and API tokens stop working at their next request.")
    Mono<AccountResponse> disable(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(accounts.disable(id, actor.accountId())));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Switch an account on again")
    Mono<AccountResponse> enable(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> mapper.toResponse(accounts.enable(id, actor.accountId())));
    }
}
