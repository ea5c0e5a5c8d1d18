package se.tuna.placement.web.security;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.web.problem.ProblemResponses;
import se.tuna.placement.web.problem.ProblemTypes;
import se.tuna.placement.web.problem.Problems;
import se.tuna.placement.web.shared.ApiRequests;

/**
 * What a refused request gets: the API answers with problem details (401 with
 * {@code WWW-Authenticate}, 403), a page leads to the sign-in page, to the page for staff still
 * waiting for their roles, or to a page that says the person may not see it.
 */
final class SecurityResponses {

    static final String SIGN_IN_PAGE = "/logga-in";
    static final String WAITING_PAGE = "/konto/vantar";
    static final String FORBIDDEN_PAGE = "/ingen-behorighet";

    private final ProblemResponses problems;
    private final DefaultServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

    private final ServerRequestCache whereTheyWereGoing;

    SecurityResponses(ProblemResponses problems, ServerRequestCache whereTheyWereGoing) {
        this.problems = problems;
        this.whereTheyWereGoing = whereTheyWereGoing;
    }

    ServerAuthenticationEntryPoint entryPoint() {
        RedirectServerAuthenticationEntryPoint toSignIn = new RedirectServerAuthenticationEntryPoint(SIGN_IN_PAGE);
        toSignIn.setRequestCache(whereTheyWereGoing);
        return (exchange, refused) -> {
            if (!ApiRequests.isApi(exchange)) {
                return toSignIn.commence(exchange, refused);
            }
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tuna\"");
            return problems.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.SIGN_IN_REQUIRED,
                    "Sign-in required", "Sign in, or send a personal API token as Authorization: Bearer."));
        };
    }

    ServerAccessDeniedHandler deniedHandler() {
        return (exchange, denied) -> {
            if (denied instanceof CsrfException) {
                return csrfRefused(exchange);
            }
            if (ApiRequests.isApi(exchange)) {
                return problems.write(exchange, Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                        "Your role does not give access to this."));
            }
            return ReactiveSecurityContextHolder.getContext().map(SecurityContext::getAuthentication)
                    .filter(authentication -> authentication.getPrincipal() instanceof Actor actor && actor.roles().isEmpty())
                    .map(waiting -> WAITING_PAGE)
                    .defaultIfEmpty(FORBIDDEN_PAGE)
                    .flatMap(page -> redirects.sendRedirect(exchange, URI.create(page)));
        };
    }

    /** A form or call without the session's CSRF token: a page that sat open past its session, or a forged request. */
    private Mono<Void> csrfRefused(ServerWebExchange exchange) {
        if (ApiRequests.isApi(exchange)) {
            return problems.write(exchange, Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.INVALID_CSRF_TOKEN,
                    "Invalid CSRF token", "The page's security token is missing or out of date; reload the page and try again."));
        }
        return redirects.sendRedirect(exchange, URI.create(SIGN_IN_PAGE + "?utgangen"));
    }
}
