package se.tuna.placement.elasticsearch.local;

/**
 * The local node could not be installed, started or stopped. The message says what to do about
 * it; unchecked so that a Spring bean factory method fails the application start with it.
 */
public class LocalElasticsearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LocalElasticsearchException(String message) {
        super(message);
    }

    public LocalElasticsearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
