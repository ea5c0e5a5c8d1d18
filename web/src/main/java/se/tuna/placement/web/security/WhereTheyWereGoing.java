package se.tuna.placement.web.security;

import java.net.URI;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.savedrequest.CookieServerRequestCache;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Remembers the page a signed-out person asked for, so sign-in takes them there, in a cookie
 * rather than a server session: a visitor who is not signed in opens no session, and so cannot
 * use up the server's room for them. Spring's cookie cache follows only a path on this site.
 *
 * <p>Spring forgets the page at every request, the sign-in page's own included, which would
 * forget it before sign-in; here it is forgotten once the person has arrived at it.
 */
final class WhereTheyWereGoing implements ServerRequestCache {

    private final CookieServerRequestCache cookie = new CookieServerRequestCache();

    @Override
    public Mono<Void> saveRequest(ServerWebExchange exchange) {
        return cookie.saveRequest(exchange);
    }

    @Override
    public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
        return cookie.getRedirectUri(exchange);
    }

    @Override
    public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
        return cookie.getRedirectUri(exchange).filter(saved -> saved.equals(pathAndQuery(exchange.getRequest())))
                .flatMap(arrived -> cookie.removeMatchingRequest(exchange));
    }

    private static URI pathAndQuery(ServerHttpRequest request) {
        String query = request.getURI().getRawQuery();
        return URI.create(request.getPath().pathWithinApplication().value() + (query == null ? "" : "?" + query));
    }
}
