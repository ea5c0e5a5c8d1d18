package se.tuna.placement.web.shared;

import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a request is: the API's or a page's (the API always answers JSON, its refusals problem
 * details), and the route it reached.
 */
public final class ApiRequests {

    private ApiRequests() {
    }

    public static boolean isApi(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/");
    }

    /**
     * The route the request reached, e.g. {@code /api/participants/{id}}: never the values in the
     * address, which may be anyone's; the address itself only where no route was matched.
     */
    public static String route(ServerWebExchange exchange) {
        Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : exchange.getRequest().getPath().pathWithinApplication().value();
    }
}
