package se.tuna.placement.web.problem;

import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerResult;
import org.springframework.web.reactive.HandlerResultHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes every problem detail a controller or its advice returns as {@code application/problem+json},
 * whatever the request accepted. Without it, a refused request to the plans' event stream would
 * get its problem detail wrapped as a server-sent event, and a page's request one it cannot read.
 */
@Component
class ProblemDetailResults implements HandlerResultHandler, Ordered {

    private final ProblemResponses problems;

    ProblemDetailResults(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public boolean supports(HandlerResult result) {
        return result.getReturnValue() instanceof ProblemDetail;
    }

    @Override
    public Mono<Void> handleResult(ServerWebExchange exchange, HandlerResult result) {
        return problems.write(exchange, (ProblemDetail) result.getReturnValue());
    }

    /** Before Spring's own handlers of response bodies. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
