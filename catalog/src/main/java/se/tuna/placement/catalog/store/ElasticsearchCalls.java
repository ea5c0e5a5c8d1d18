package se.tuna.placement.catalog.store;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.elasticsearch.client.ResponseException;
import se.tuna.placement.catalog.error.StoreUnavailableException;

/**
 * Runs a call on the Elasticsearch client and turns transport failures into domain exceptions,
 * so callers see either a result, a {@link VersionConflictException} (someone else wrote first)
 * or a {@link StoreUnavailableException}; server-side rejections stay as they are for the caller
 * to interpret.
 */
public final class ElasticsearchCalls {

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
