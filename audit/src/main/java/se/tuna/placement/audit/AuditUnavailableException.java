package se.tuna.placement.audit;

/**
 * The access log could not record an access in time: the request must fail rather than show or
 * change a participant's data unrecorded.
 */
public class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public AuditUnavailableException(String message) {
        super(message);
    }
}
