package se.tuna.placement.web.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.access.signin.SignInThrottle;
import se.tuna.placement.web.shared.Blocking;
import se.tuna.placement.web.shared.ClientAddress;

/**
 * Sign-in with an e-mail address and a password (employers' supervisors, and the demo accounts):
 * the form on the sign-in page, checked against the stored hash, with repeated failures slowing
 * down that address and that network address. Staff sign in through their agency instead.
 */
final class PasswordSignIn {

    static final String USERNAME = "username";

    private final PasswordCredentials credentials;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final DefaultServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

    PasswordSignIn(PasswordCredentials credentials, SignInThrottle throttle, Clock clock) {
        this.credentials = credentials;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Checks the address and password; the principal is the account, never the password. */
    ReactiveAuthenticationManager authenticationManager() {
        return attempt -> Blocking.call(() -> credentials.verify(attempt.getName(), String.valueOf(attempt.getCredentials())))
                .flatMap(account -> account
                        .map(found -> Mono.just(UsernamePasswordAuthenticationToken.authenticated(new SignedInAccount(found.id(), clock.instant()),
                                null, List.of())))
                        .orElseGet(() -> Mono.error(new BadCredentialsException("Wrong address or password"))));
    }

    /**
     * Turns a sign-in away before it is checked while its address or network address must wait;
     * one let through is counted as failed until it succeeds, so parallel guesses wait too.
     */
    WebFilter throttleFilter() {
        return (exchange, chain) -> {
            if (!isSignInForm(exchange)) {
                return chain.filter(exchange);
            }
            return username(exchange).flatMap(username -> {
                Duration wait = throttle.attempt(username, ClientAddress.of(exchange));
                if (wait.isZero()) {
                    return chain.filter(exchange);
                }
                long seconds = Math.max(1, wait.toSeconds());
                return redirects.sendRedirect(exchange, URI.create(SecurityResponses.SIGN_IN_PAGE + "?vanta=" + seconds));
            });
        };
    }

    ServerAuthenticationSuccessHandler successHandler(ServerRequestCache whereTheyWereGoing) {
        RedirectServerAuthenticationSuccessHandler toWhereTheyWereGoing = new RedirectServerAuthenticationSuccessHandler("/");
        toWhereTheyWereGoing.setRequestCache(whereTheyWereGoing);
        return (filterExchange, authentication) -> username(filterExchange.getExchange())
                .doOnNext(username -> throttle.succeeded(username, ClientAddress.of(filterExchange.getExchange())))
                .then(toWhereTheyWereGoing.onAuthenticationSuccess(filterExchange, authentication));
    }

    /** Back to the sign-in page; the try was counted as failed when it was let through. */
    ServerAuthenticationFailureHandler failureHandler() {
        return new RedirectServerAuthenticationFailureHandler(SecurityResponses.SIGN_IN_PAGE + "?fel");
    }

    private static boolean isSignInForm(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod() == HttpMethod.POST
                && SecurityResponses.SIGN_IN_PAGE.equals(exchange.getRequest().getPath().pathWithinApplication().value());
    }

    /** The address typed into the form (read once; the exchange keeps the form for the sign-in filter). */
    private static Mono<String> username(ServerWebExchange exchange) {
        return exchange.getFormData().map(form -> {
            String username = form.getFirst(USERNAME);
            return username == null ? "" : username;
        });
    }
}
