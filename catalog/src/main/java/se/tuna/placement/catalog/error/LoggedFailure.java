package se.tuna.placement.catalog.error;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/**
 * A failure as the service's log keeps it: the kind of each exception in the chain (causes and
 * suppressed ones) and where in the code it happened, never a message. Messages quote what they
 * failed on, and for the platform's failures that is personal data: a mail library's message
 * quotes the address it could not read, Elasticsearch's the field value it refused, a JSON
 * parser's the text around its error, and the one Reactor adds names the request with its query.
 * Elasticsearch's refusals keep their status and error type ({@code 400 document_parsing_exception}):
 * its own words for what went wrong, never the data.
 */
public final class LoggedFailure extends RuntimeException {

    private LoggedFailure(Throwable original, LoggedFailure cause) {
        super(kind(original), cause, true, true);
        setStackTrace(original.getStackTrace());
    }

    /** The failure and its causes, their kinds and stack traces only. */
    public static LoggedFailure of(Throwable failure) {
        return copy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static LoggedFailure copy(Throwable failure, Set<Throwable> seen) {
        seen.add(failure);
        Throwable cause = failure.getCause();
        LoggedFailure copy = new LoggedFailure(failure, cause == null || seen.contains(cause) ? null : copy(cause, seen));
        // Reactor moves a failure's stack into one it adds as suppressed: kept, so the log says where it happened.
        for (Throwable suppressed : failure.getSuppressed()) {
            if (!seen.contains(suppressed)) {
                copy.addSuppressed(copy(suppressed, seen));
            }
        }
        return copy;
    }

    private static String kind(Throwable failure) {
        if (failure instanceof ElasticsearchException refusal && refusal.error() != null) {
            return failure.getClass().getName() + " (" + refusal.status() + " " + refusal.error().type() + ")";
        }
        return failure.getClass().getName();
    }

    /** The original's kind, as Throwable's own would start. */
    @Override
    public String toString() {
        return getMessage();
    }
}
