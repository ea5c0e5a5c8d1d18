package se.tuna.placement.web.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.web.shared.Blocking;

/**
 * Turns whoever signed in into the {@link Actor} the request acts for, read from their account
 * now: a role taken away or an account disabled counts from the next request, not the next
 * sign-in. A session whose account is gone or disabled, or that began before the account's
 * password was last set (someone else may have signed in with the old one), is ended, and the
 * request goes on as signed out (so it is refused like any other). Static files need no account.
 */
final class ActorResolution implements WebFilter {

    private static final ServerWebExchangeMatcher STATIC = ServerWebExchangeMatchers.matchers(
            new PathPatternParserServerWebExchangeMatcher("/js/**"), new PathPatternParserServerWebExchangeMatcher("/app.css"),
            new PathPatternParserServerWebExchangeMatcher("/favicon.ico"),
            new PathPatternParserServerWebExchangeMatcher("/webjars/**"),
            new PathPatternParserServerWebExchangeMatcher("/swagger-ui/**"));

    private final AccountService accounts;
    private final PasswordCredentials credentials;

    ActorResolution(AccountService accounts, PasswordCredentials credentials) {
        this.accounts = accounts;
        this.credentials = credentials;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return STATIC.matches(exchange).flatMap(match -> match.isMatch() ? chain.filter(exchange)
                : ReactiveSecurityContextHolder.getContext()
                        .map(SecurityContext::getAuthentication)
                        .filter(authentication -> accountIdOf(authentication).isPresent())
                        .flatMap(authentication -> Blocking.call(() -> current(authentication)))
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(account -> continueAs(account, exchange, chain)));
    }

    /** The signed-in account, if it is active and the sign-in still holds. */
    private Optional<Account> current(Authentication authentication) {
        String accountId = accountIdOf(authentication).orElseThrow();
        Optional<Account> account = accounts.find(accountId).filter(Account::active);
        if (account.isPresent() && authentication.getPrincipal() instanceof SignedInAccount password
                && password.signedInAt() != null && credentials.passwordSetAfter(accountId, password.signedInAt())) {
            return Optional.empty();
        }
        return account;
    }

    /** Absent when nobody signed in, or the sign-in is of a kind that has no account. */
    private static Optional<String> accountIdOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getPrincipal() instanceof AccountBound bound ? Optional.of(bound.accountId()) : Optional.empty();
    }

    private static Mono<Void> continueAs(Optional<Account> account, ServerWebExchange exchange, WebFilterChain chain) {
        if (account.isPresent()) {
            SecurityContext context = new SecurityContextImpl(new ActorAuthentication(Actor.of(account.get())));
            return chain.filter(exchange).contextWrite(ReactiveSecurityContextHolder.withSecurityContext(Mono.just(context)));
        }
        return ReactiveSecurityContextHolder.getContext().map(SecurityContext::getAuthentication)
                .filter(authentication -> accountIdOf(authentication).isPresent())
                .flatMap(signedInAsNobody -> exchange.getSession().flatMap(WebSession::invalidate).thenReturn(true))
                .defaultIfEmpty(false)
                .flatMap(ended -> ended ? chain.filter(exchange).contextWrite(ReactiveSecurityContextHolder.clearContext())
                        : chain.filter(exchange));
    }
}
