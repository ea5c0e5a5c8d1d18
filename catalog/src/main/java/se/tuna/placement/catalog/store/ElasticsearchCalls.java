package se.tuna.placement.catalog.store;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.elasticsearch.client.ResponseException;
import se.tuna.placement.catalog.error.StoreUnavailableException;

/**
 * Runs a call on the Elasticsearch client and turns transport failures into domain exceptions,
 * so callers see either a result, a {@link VersionConflictException} (someone else wrote first)
 * or a {@link StoreUnavailableException}; server-side rejections stay as they are for the caller
 * to interpret.
 */
public final class ElasticsearchCalls {

    /** Reads of a document a create found taken, 100, 200, 300 and 400 ms apart (a second in all). */
    private static final int GET_ATTEMPTS = 5;

    private ElasticsearchCalls() {
    }

    /** A call on the client that may throw its checked {@link IOException}. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException;
    }

    public static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ResponseException e) {
            // The low-level transport reports 409 as a ResponseException (elastic/elasticsearch-java#285).
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status == 409) {
                throw new VersionConflictException(e);
            }
            throw unavailableOrServerError(status, e);
        } catch (ElasticsearchException e) {
            if (isMissingIndex(e)) {
                // The indices are created at start; until then (or if someone deleted them) the
                // storage is not ready: a 503 to try again, never a 500.
                throw new StoreUnavailableException("The placement bank's indices do not exist (yet)", e);
            }
            if (e.status() == 409) {
                throw new VersionConflictException(e);
            }
            if (e.status() == 429 || e.status() >= 500) {
                throw new StoreUnavailableException("Elasticsearch cannot serve the request now (" + e.status() + ")", e);
            }
            throw e;
        } catch (IOException e) {
            throw new StoreUnavailableException("Elasticsearch cannot be reached: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw new StoreUnavailableException("Elasticsearch cannot be reached: " + io.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * Runs a create ({@code op_type=create}) of {@code document} under {@code id}, treating a
     * conflict with that very document as done. The low-level client sends a request again to the
     * next node when the node it went to dies before answering; if the first attempt was stored
     * (the write reached the primary and its replica before the node died), the second finds the
     * id taken by the document itself.
     *
     * <p>Only for documents that carry their own creation time (or another value no other writer
     * could produce, such as a fresh random id of their own): then an equal stored document is
     * surely the earlier attempt of this very write, not someone else's that happens to be equal.
     *
     * <p>{@code create} must write with {@code refresh}; when the earlier attempt is recognised the
     * index is refreshed, so the caller gets the visibility it asked for either way. The document is
     * read in real time, and read again for up to about a second when a copy that has not applied
     * the earlier attempt yet answers that it is missing.
     *
     * @throws VersionConflictException when the id is taken by another document
     */
    public static <T> void createOnce(ElasticsearchClient client, String index, String id, T document, Refresh refresh,
            Call<?> create) {
        try {
            call(create);
        } catch (VersionConflictException conflict) {
            if (!isStored(client, index, id, document)) {
                throw conflict;
            }
            if (refresh == Refresh.True || refresh == Refresh.WaitFor) {
                call(() -> client.indices().refresh(r -> r.index(index)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> boolean isStored(ElasticsearchClient client, String index, String id, T document) {
        for (int attempt = 1; ; attempt++) {
            GetResponse<T> stored = call(() -> client.get(g -> g.index(index).id(id).realtime(true),
                    (Class<T>) document.getClass()));
            if (stored.found()) {
                return document.equals(stored.source());
            }
            // The 409 says the id is taken: a copy that answers "missing" lags behind the primary.
            if (attempt == GET_ATTEMPTS) {
                return false;
            }
            try {
                Thread.sleep(100L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static boolean isMissingIndex(ElasticsearchException e) {
        return e.error() != null && e.error().type() != null
                && (e.error().type().equals("index_not_found_exception") || e.error().reason() != null
                        && e.error().reason().contains("require_alias"));
    }

    private static RuntimeException unavailableOrServerError(int status, ResponseException e) {
        if (status == 429 || status >= 500) {
            return new StoreUnavailableException("Elasticsearch cannot serve the request now (" + status + ")", e);
        }
        return new IllegalStateException("Elasticsearch refused the request (" + status + ")", e);
    }

    /** Another writer changed the document since it was read; read again and retry. */
    public static class VersionConflictException extends RuntimeException {
        VersionConflictException(Throwable cause) {
            super("The document was changed by someone else", cause);
        }
    }
}
