package se.tuna.placement.web.security;

import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.tuna.placement.web.shared.ApiRequests;

/**
 * An API request no controller serves: an address the API does not have, or one it has with
 * another method. No rule can name those, and refusing them as forbidden would tell a signed-in
 * client the wrong thing; let through, the dispatcher answers them 404 or 405 without running
 * anything. A request a controller does serve never matches, so an endpoint without a rule in
 * {@link AccessRules} stays refused.
 */
final class NoEndpoint implements ServerWebExchangeMatcher {

    private final RequestMappingHandlerMapping controllers;

    NoEndpoint(RequestMappingHandlerMapping controllers) {
        this.controllers = controllers;
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        if (!ApiRequests.isApi(exchange)) {
            return MatchResult.notMatch();
        }
        // A lookup that fails with a status (405, 406, 415) found the address but not the method or media type.
        return controllers.getHandler(exchange)
                .flatMap(controller -> MatchResult.notMatch())
                .onErrorResume(ResponseStatusException.class, partly -> MatchResult.match())
                .switchIfEmpty(MatchResult.match());
    }
}
