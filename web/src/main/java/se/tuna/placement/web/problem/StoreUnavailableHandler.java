package se.tuna.placement.web.problem;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import se.tuna.placement.catalog.error.StoreUnavailableException;

/**
 * Answers 503 with a problem detail when Elasticsearch cannot be reached before a request gets to
 * a controller: while signing someone in, reading their account or checking an API token. (In a
 * controller, the advice answers the same.) Runs before the log of other failures
 * ({@link UnansweredFailureLog}) and Spring Boot's own error handler.
 */
@Component
@Order(-3)
class StoreUnavailableHandler implements WebExceptionHandler {

    private final ProblemResponses problems;

    StoreUnavailableHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!causedByUnavailableStore(error) || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return problems.write(exchange, Problems.storeUnavailable());
    }

    private static boolean causedByUnavailableStore(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StoreUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
