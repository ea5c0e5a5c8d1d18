package se.tuna.placement.web.security;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.token.ApiTokens;
import se.tuna.placement.web.shared.Blocking;

/**
 * Programs call the API with a person's API token as {@code Authorization: Bearer tuna_…}: the
 * request acts as that person, creates no session, and is refused with 401 if the token is
 * unknown, expired or revoked.
 */
final class ApiTokenSignIn {

    private static final String BEARER = "Bearer ";

    private ApiTokenSignIn() {
    }

    static AuthenticationWebFilter filter(ApiTokens tokens, ServerAuthenticationEntryPoint refused) {
        AuthenticationWebFilter filter = new AuthenticationWebFilter((ReactiveAuthenticationManager) attempt -> Blocking.call(
                        () -> tokens.authenticate(String.valueOf(attempt.getCredentials())))
                .flatMap(account -> account
                        .map(id -> Mono.just(UsernamePasswordAuthenticationToken.authenticated(new SignedInAccount(id, null), null,
                                List.of())))
                        .orElseGet(() -> Mono.error(new BadCredentialsException("Unknown, expired or revoked API token")))));
        filter.setServerAuthenticationConverter(exchange -> Mono.justOrEmpty(
                        exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                .filter(header -> header.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(header -> UsernamePasswordAuthenticationToken.unauthenticated("api-token", header.substring(BEARER.length()).strip())));
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(refused));
        filter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        return filter;
    }

    /** Whether the request carries a bearer token (then it needs no CSRF token: a browser never adds one by itself). */
    static boolean carriesToken(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }
}
