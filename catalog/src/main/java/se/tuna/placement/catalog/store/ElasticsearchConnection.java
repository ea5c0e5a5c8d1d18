package se.tuna.placement.catalog.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * How to reach an Elasticsearch cluster: its URIs and, for a secured production cluster, an API
 * key or a user and password, and the CA certificate that signed its TLS certificate.
 *
 * @param uris          one or more node URIs, e.g. {@code https://es1.example:9200}
 * @param apiKey        base64 API key, or {@code null}
 * @param username      user for basic authentication, or {@code null}
 * @param password      password for basic authentication, or {@code null}
 * @param caCertificate PEM file of the CA to trust, or {@code null} for the JVM's trust store
 */
public record ElasticsearchConnection(
        List<URI> uris, String apiKey, String username, String password, Path caCertificate) {

    public ElasticsearchConnection {
        if (uris == null || uris.isEmpty()) {
            throw new IllegalArgumentException("At least one Elasticsearch URI is needed");
        }
        uris = List.copyOf(uris);
    }

    /** An unsecured local node, as the embedded default and the tests use. */
    public static ElasticsearchConnection local(URI uri) {
        return new ElasticsearchConnection(List.of(uri), null, null, null, null);
    }

    @Override
    public String toString() {
        // Never print secrets.
        return "ElasticsearchConnection" + uris;
    }
}
