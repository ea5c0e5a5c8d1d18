package se.tuna.placement.web.shared;

import org.springframework.web.server.ServerWebExchange;

/** Tells the API's requests from the pages': the API always answers JSON, its refusals problem details. */
public final class ApiRequests {

    private ApiRequests() {
    }

    public static boolean isApi(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/");
    }
}
