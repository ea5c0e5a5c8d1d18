package se.tuna.placement.web.problem;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import se.tuna.placement.access.policy.AccessRefusedException;
import se.tuna.placement.audit.AuditUnavailableException;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NoFreeSeatException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.error.StoreUnavailableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem detail with a stable {@code type}, the fields
 * at fault in an {@code errors} member ({@code [{field, reason}]}) and no internals: a stack trace
 * goes to the server log only, without the messages that quote the request ({@link FailureLog}).
 */
@RestControllerAdvice
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return Problems.withErrors(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_INPUT, "Invalid input",
                "The request breaks " + (e.violations().size() == 1 ? "a rule" : e.violations().size() + " rules")
                        + "; nothing was stored."), e.violations());
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ProblemDetail invalidPayload(WebExchangeBindException e) {
        List<FieldViolation> violations = e.getFieldErrors().stream().map(ProblemDetailsAdvice::toViolation).toList();
        return Problems.withErrors(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_INPUT, "Invalid input",
                "The request has missing or invalid fields; nothing was stored."), violations);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<FieldViolation> violations = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldViolation(
                        error instanceof FieldError field ? field.getField() : result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage())))
                .toList();
        return Problems.withErrors(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_INPUT, "Invalid input",
                "The request has invalid parameters; nothing was changed."), violations);
    }

    @ExceptionHandler(ServerWebInputException.class)
    ProblemDetail malformed(ServerWebInputException e) {
        FieldViolation violation = malformedField(e);
        return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                "The request could not be read; nothing was stored."), List.of(violation));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
        problem.setProperty("kind", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(NoFreeSeatException.class)
    ProblemDetail noFreeSeat(NoFreeSeatException e) {
        return Problems.of(HttpStatus.CONFLICT, ProblemTypes.NO_FREE_SEAT, "No free seat", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", e.getMessage());
        return e.field() == null ? problem : Problems.withErrors(problem, List.of(new FieldViolation(e.field(), e.getMessage())));
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ProblemDetail unavailable(StoreUnavailableException e) {
        log.warn("Elasticsearch unavailable: {}", e.getMessage());
        return Problems.storeUnavailable();
    }

    /** Nobody's data is shown unrecorded: without the access log, the answer is withheld. */
    @ExceptionHandler(AuditUnavailableException.class)
    ProblemDetail auditUnavailable(AuditUnavailableException e) {
        log.warn("Access log unavailable: {}", e.getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.AUDIT_UNAVAILABLE, "Service unavailable",
                "The access log cannot record this request right now, so its answer is withheld; please try again in a moment.");
    }

    /**
     * What Spring's HTTP layer refuses by itself: an address nothing serves, a method, media type or
     * Accept it does not take, a body too large. Its headers (Allow, Accept) go with the answer.
     */
    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail status(ResponseStatusException e, ServerWebExchange exchange) {
        int status = e.getStatusCode().value();
        if (status >= 500) {
            FailureLog.serverFailure(exchange, e);
            return Problems.of(HttpStatus.valueOf(status), ProblemTypes.INTERNAL, "Internal error",
                    "Something went wrong on our side; it has been logged.");
        }
        exchange.getResponse().getHeaders().addAll(e.getHeaders());
        return HttpLayerProblems.of(e.getStatusCode());
    }

    /** A body that is not what its content type says, e.g. multipart without a boundary or a part that never ends. */
    @ExceptionHandler(DecodingException.class)
    ProblemDetail undecodable(DecodingException e) {
        return Problems.withErrors(HttpLayerProblems.of(HttpStatus.BAD_REQUEST),
                List.of(new FieldViolation("body", "is not well-formed for its content type")));
    }

    /** A body or a part of it past the codecs' or the multipart reader's limits. */
    @ExceptionHandler(DataBufferLimitException.class)
    ProblemDetail tooLarge(DataBufferLimitException e) {
        return HttpLayerProblems.of(HttpStatus.CONTENT_TOO_LARGE);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, ServerWebExchange exchange) {
        FailureLog.serverFailure(exchange, e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "Something went wrong on our side; it has been logged.");
    }

    private static FieldViolation toViolation(FieldError error) {
        String reason = error.isBindingFailure()
                ? "has the wrong type or format" + (error.getRejectedValue() == null ? "" : " ('" + error.getRejectedValue() + "')")
                : error.getDefaultMessage();
        return new FieldViolation(error.getField(), reason);
    }

    /** Names the field of a body Jackson could not read: unknown, of the wrong type, or broken JSON. */
    private static FieldViolation malformedField(ServerWebInputException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldViolation(path(unknown), "is not a known field");
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return new FieldViolation(path(databind), "has the wrong type or format");
        }
        if (cause != null) {
            return new FieldViolation("body", "is not valid JSON");
        }
        String parameter = e.getMethodParameter() == null ? "request" : String.valueOf(e.getMethodParameter().getParameterName());
        return new FieldViolation(parameter, e.getReason() == null ? "could not be read" : e.getReason());
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
