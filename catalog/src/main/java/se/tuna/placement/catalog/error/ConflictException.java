package se.tuna.placement.catalog.error;

/**
 * The request is valid but clashes with the current state, e.g. an employer with that
 * organisation number exists, or a slot cannot have fewer seats than are booked. Nothing changed.
 */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String message) {
        this(null, message);
    }

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the conflict is about, or {@code null}. */
    public String field() {
        return field;
    }
}
