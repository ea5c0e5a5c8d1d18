package se.tuna.placement.web.problem;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * Logs a failure no controller answered (in a security filter, while a page was rendered) as
 * {@link FailureLog} does, then leaves the answer to Spring Boot's error handler. Spring's own log
 * lines for these quote the request's query and the failure's message, so they are switched off
 * in {@code application.yml}. Runs after {@link ProblemsOutsideControllers}, which answers the
 * API's failures (its 5xx logged through the advice) and an unreachable Elasticsearch (a 503,
 * nothing to log), and before Spring Boot's.
 */
@Component
@Order(-2)
class UnansweredFailureLog implements WebExceptionHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (isServerFailure(failure)) {
            FailureLog.serverFailure(exchange, failure);
        }
        return Mono.error(failure);
    }

    /** Not a refusal of the request (a 4xx), nor a client that went away. */
    private static boolean isServerFailure(Throwable failure) {
        boolean refusal = failure instanceof ErrorResponse response && response.getStatusCode().is4xxClientError();
        return !refusal && !DisconnectedClientHelper.isClientDisconnectedException(failure);
    }
}
