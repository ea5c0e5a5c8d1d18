package se.tuna.placement.web.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
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
    private final DefaultServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

    PasswordSignIn(PasswordCredentials credentials, SignInThrottle throttle) {
        this.credentials = credentials;
        this.throttle = throttle;
    }

    /** Checks the address and password; the principal is the account, never the password. */
    ReactiveAuthenticationManager authenticationManager() {
        return attempt -> Blocking.call(() -> credentials.verify(attempt.getName(), String.valueOf(attempt.getCredentials())))
                .flatMap(account -> account
                        .map(found -> Mono.just(UsernamePasswordAuthenticationToken.authenticated(new SignedInAccount(found.id()),
                                null, List.of())))
                        .orElseGet(() -> Mono.error(new BadCredentialsException("Wrong address or password"))));
    }

    /** Turns a sign-in away before it is checked while its address or network address must wait. */
    WebFilter throttleFilter() {
        return (exchange, chain) -> {
            if (!isSignInForm(exchange)) {
                return chain.filter(exchange);
            }
            return username(exchange).flatMap(username -> {
                Duration wait = throttle.waitBefore(username, ClientAddress.of(exchange));
                if (wait.isZero()) {
                    return chain.filter(exchange);
                }
                long seconds = Math.max(1, wait.toSeconds());
                return redirects.sendRedirect(exchange, URI.create(SecurityResponses.SIGN_IN_PAGE + "?vanta=" + seconds));
            });
        };
    }

    ServerAuthenticationSuccessHandler successHandler() {
        RedirectServerAuthenticationSuccessHandler toWhereTheyWereGoing = new RedirectServerAuthenticationSuccessHandler("/");
        return (filterExchange, authentication) -> username(filterExchange.getExchange())
                .doOnNext(throttle::succeeded)
                .then(toWhereTheyWereGoing.onAuthenticationSuccess(filterExchange, authentication));
    }

    ServerAuthenticationFailureHandler failureHandler() {
        RedirectServerAuthenticationFailureHandler toSignIn =
                new RedirectServerAuthenticationFailureHandler(SecurityResponses.SIGN_IN_PAGE + "?fel");
        return (filterExchange, refused) -> username(filterExchange.getExchange())
                .doOnNext(username -> throttle.failed(username, ClientAddress.of(filterExchange.getExchange())))
                .then(toSignIn.onAuthenticationFailure(filterExchange, refused));
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
