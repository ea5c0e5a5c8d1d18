package se.tuna.placement.web.problem;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import se.tuna.placement.catalog.error.StoreUnavailableException;
import se.tuna.placement.web.shared.ApiRequests;

/**
 * Answers the errors that happen before a request reaches a controller (in the security filters
 * while reading an account or a form, in a handler mapping, in a codec) with the problem detail
 * {@link ProblemDetailsAdvice} gives the same error in a controller: the advice's own handler is
 * found and asked, so the API has one translation of every error, wherever it was thrown. Without
 * this, Spring Boot's error handler would answer them in a JSON shape of its own.
 *
 * <p>Elasticsearch out of reach is a 503 problem for pages as well (no page can be shown without
 * it); the pages' other errors are left to {@link UnansweredFailureLog} and Spring Boot's error
 * pages. Runs before both (order -3).
 */
@Component
@Order(-3)
class ProblemsOutsideControllers implements WebExceptionHandler {

    private final ProblemDetailsAdvice advice;
    private final ProblemResponses problems;
    private final ExceptionHandlerMethodResolver handlers = new ExceptionHandlerMethodResolver(ProblemDetailsAdvice.class);

    ProblemsOutsideControllers(ProblemDetailsAdvice advice, ProblemResponses problems) {
        this.advice = advice;
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        Throwable unavailable = unavailableStore(error);
        if (exchange.getResponse().isCommitted() || unavailable == null && !ApiRequests.isApi(exchange)) {
            return Mono.error(error);
        }
        Throwable answered = unavailable != null ? unavailable : error;
        Method handler = handlers.resolveMethodByExceptionType(answered.getClass());
        return handler == null ? Mono.error(error) : problems.write(exchange, ask(handler, answered, exchange));
    }

    /** Calls the advice's handler with the arguments its methods take: the error, and the exchange where it asks for it. */
    private ProblemDetail ask(Method handler, Throwable error, ServerWebExchange exchange) {
        Object[] arguments = Arrays.stream(handler.getParameterTypes())
                .map(type -> type.isInstance(exchange) ? exchange : error)
                .toArray();
        ReflectionUtils.makeAccessible(handler);
        return (ProblemDetail) ReflectionUtils.invokeMethod(handler, advice, arguments);
    }

    /** Elasticsearch out of reach, however deep in the causes: signing someone in wraps it. */
    private static Throwable unavailableStore(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StoreUnavailableException) {
                return cause;
            }
        }
        return null;
    }
}
