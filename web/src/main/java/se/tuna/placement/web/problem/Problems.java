package se.tuna.placement.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import se.tuna.placement.catalog.error.FieldViolation;

/**
 * Builds the platform's problem details (RFC 9457): a stable {@code type}, a title, a detail a
 * person can act on and, where fields are at fault, an {@code errors} member of
 * {@code [{field, reason}]}. Used by the controllers' advice and by the security filters alike,
 * so every refusal looks the same.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** Elasticsearch cannot be reached: try again in a moment. */
    public static ProblemDetail storeUnavailable() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.STORE_UNAVAILABLE, "Service unavailable",
                "The placement bank's storage cannot be reached right now; please try again in a moment.");
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldViolation> violations) {
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "reason", v.reason())).toList());
        return problem;
    }
}
