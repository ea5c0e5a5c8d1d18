package se.tuna.placement.access.policy;

/**
 * The signed-in person may not see or do this: another site's participant, another employer's
 * slot, a participant they do not look after. Nothing was read or changed.
 */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
