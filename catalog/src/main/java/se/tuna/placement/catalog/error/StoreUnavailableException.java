package se.tuna.placement.catalog.error;

/** Elasticsearch cannot be reached or cannot serve the request now; trying again later may work. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
