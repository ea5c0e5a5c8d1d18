package se.tuna.placement.access.signin;

/** A one-time link that is unknown, already used, replaced by a newer one, or expired. */
public class InvalidLinkException extends RuntimeException {

    public InvalidLinkException() {
        super("The link is not valid (any more)");
    }
}
