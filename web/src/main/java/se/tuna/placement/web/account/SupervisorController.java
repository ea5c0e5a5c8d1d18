package se.tuna.placement.web.account;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountFilter;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.AccountStatus;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.access.signin.Credentials.LinkPurpose;
import se.tuna.placement.access.signin.IssuedLink;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.web.account.AccountPayloads.InvitationRequest;
import se.tuna.placement.web.account.AccountPayloads.LinkResponse;
import se.tuna.placement.web.account.AccountPayloads.SupervisorResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * An employer's supervisors (handledare): a coordinator invites one by e-mail address to the
 * employer, sends a new link when a password is forgotten, and switches an account off when the
 * person leaves. The supervisor sets their own password through the one-time link.
 */
@ApiController("/api/employers/{employerId}/supervisors")
@Tag(name = "Employers", description = "Arbetsgivare i platsbanken")
class SupervisorController {

    private static final int MOST_SUPERVISORS = 200;

    private final AccountService accounts;
    private final PasswordCredentials credentials;
    private final LinkDelivery delivery;
    private final AccessPolicy access;
    private final AccountApiMapper mapper;

    SupervisorController(AccountService accounts, PasswordCredentials credentials, LinkDelivery delivery, AccessPolicy access,
            AccountApiMapper mapper) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.delivery = delivery;
        this.access = access;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "The employer's supervisors and whether they have set their password")
    Mono<List<SupervisorResponse>> list(@AuthenticationPrincipal Actor actor, @PathVariable String employerId) {
        return Blocking.call(() -> {
            access.requireEmployer(actor, employerId);
            return accounts.list(AccountFilter.supervisorsOf(employerId), 0, MOST_SUPERVISORS).items().stream()
                    .map(mapper::toSupervisor).toList();
        });
    }

    @PostMapping
    @Operation(summary = "Invite a supervisor to the employer by e-mail address",
            description = "Sends a one-time link (valid 7 days) to set a password; without a mail server the link is in the "
                    + "response to pass on. Inviting the same address again sends a new link; an address with an account "
                    + "elsewhere is a 409.")
    Mono<ResponseEntity<LinkResponse>> invite(@AuthenticationPrincipal Actor actor, @PathVariable String employerId,
            @Valid @RequestBody InvitationRequest request, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            Account supervisor = accounts.inviteSupervisor(employerId, request.email(), request.displayName(), actor.accountId());
            return link(supervisor, LinkPurpose.INVITATION, actor, exchange);
        }).map(link -> ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/employers/" + employerId + "/supervisors")).body(link));
    }

    @PostMapping("/{accountId}/reset-link")
    @Operation(summary = "Send a supervisor a new one-time link to set their password (valid 2 hours)",
            description = "An invited supervisor whose link expired gets a new invitation instead (valid 7 days); a "
                    + "switched-off account gets none (409).")
    Mono<LinkResponse> resetLink(@AuthenticationPrincipal Actor actor, @PathVariable String employerId,
            @PathVariable String accountId, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            Account supervisor = supervisorOf(employerId, accountId);
            if (supervisor.status() == AccountStatus.DISABLED) {
                throw new ConflictException("accountId", "The supervisor's account is switched off; switch it on first");
            }
            return link(supervisor, supervisor.active() ? LinkPurpose.RESET : LinkPurpose.INVITATION, actor, exchange);
        });
    }

    @PostMapping("/{accountId}/disable")
    @Operation(summary = "Switch a supervisor's account off, e.g. when they leave the employer")
    Mono<SupervisorResponse> disable(@AuthenticationPrincipal Actor actor, @PathVariable String employerId,
            @PathVariable String accountId) {
        return Blocking.call(() -> {
            supervisorOf(employerId, accountId);
            return mapper.toSupervisor(accounts.disable(accountId, actor.accountId()));
        });
    }

    private Account supervisorOf(String employerId, String accountId) {
        return accounts.find(accountId).filter(account -> account.supervisor() && employerId.equals(account.employerId()))
                .orElseThrow(() -> new NotFoundException("supervisor", accountId));
    }

    private LinkResponse link(Account supervisor, LinkPurpose purpose, Actor actor, ServerWebExchange exchange) {
        IssuedLink issued = credentials.issueLink(supervisor.id(), purpose, actor.accountId());
        String shown = delivery.deliver(issued, requestBase(exchange));
        return new LinkResponse(mapper.toSupervisor(accounts.get(supervisor.id())), shown == null ? "MAILED" : "SHOWN", shown,
                issued.expiresAt());
    }

    private static URI requestBase(ServerWebExchange exchange) {
        URI uri = exchange.getRequest().getURI();
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
    }
}
