package se.tuna.placement.web.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.server.ServerWebExchange;
import se.tuna.placement.catalog.error.LoggedFailure;
import se.tuna.placement.web.shared.ApiRequests;

/**
 * Writes a request the service failed at (a 5xx) to the log with what operations need to find the
 * fault and no more: the method, the route it took ({@code /api/participants/{id}}) or, where no
 * route was chosen yet, the path without its query (a query holds search text, and a one-time
 * link's its secret), and the failure's kinds and stack without their messages.
 */
final class FailureLog {

    private static final Logger log = LoggerFactory.getLogger(FailureLog.class);

    private FailureLog() {
    }

    static void serverFailure(ServerWebExchange exchange, Throwable failure) {
        log.error("{} {} failed", exchange.getRequest().getMethod(), ApiRequests.route(exchange), LoggedFailure.of(failure));
    }
}
