package se.tuna.placement.web.problem;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem details of requests the HTTP layer refuses by itself, before any rule of the
 * platform is asked: an address nothing serves, a method or media type it does not take, a request
 * too large or unreadable. Whichever layer refuses (Reactor Netty's decoder, Spring Security's
 * firewall, Spring's dispatcher or codecs), the client gets the same shape as every other refusal,
 * with a {@code type} per kind of refusal.
 */
public final class HttpLayerProblems {

    private record Kind(URI type, String title, String detail) {
    }

    private static final Kind MALFORMED = new Kind(ProblemTypes.MALFORMED_REQUEST, "Malformed request",
            "The request could not be read; nothing was stored.");

    private static final Map<Integer, Kind> KINDS = Map.of(
            400, MALFORMED,
            404, new Kind(ProblemTypes.NOT_FOUND, "Not found", "There is nothing at this address."),
            405, new Kind(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                    "This address does not take this method; the Allow header lists those it takes."),
            406, new Kind(ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
                    "The API answers in JSON (a plan's progress as text/event-stream, a CSV download as text/csv); "
                            + "accept one of those."),
            413, new Kind(ProblemTypes.CONTENT_TOO_LARGE, "Content too large",
                    "The request's body is larger than the platform takes; nothing was stored."),
            414, new Kind(ProblemTypes.URI_TOO_LONG, "URI too long", "The address is longer than the platform reads."),
            415, new Kind(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send the body as application/json (an import as multipart/form-data)."),
            431, new Kind(ProblemTypes.HEADERS_TOO_LARGE, "Request headers too large",
                    "The request's headers are larger than the platform reads."));

    private HttpLayerProblems() {
    }

    /** The problem of a 4xx the HTTP layer answers; any other status it may meet counts as a malformed request. */
    public static ProblemDetail of(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        Kind kind = KINDS.get(status.value());
        if (kind == null) {
            String reason = known == null ? "Request refused" : known.getReasonPhrase();
            kind = new Kind(MALFORMED.type(), reason, "The request cannot be served as sent (" + reason + ").");
        }
        return Problems.of(known != null && known.is4xxClientError() ? known : HttpStatus.BAD_REQUEST, kind.type(), kind.title(),
                kind.detail());
    }

    /** As {@link #of(HttpStatusCode)}, with a detail that says more than the status does. */
    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = of(status);
        problem.setDetail(detail);
        return problem;
    }
}
