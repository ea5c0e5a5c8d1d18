package se.tuna.placement.web.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import se.tuna.placement.catalog.store.IndexReplicas;

/**
 * Where the platform's Elasticsearch is ({@code tuna.elasticsearch.*}). With no URIs, the
 * service starts its embedded default: a local single-node Elasticsearch.
 *
 * @param uris          cluster node URIs (TUNA_ELASTICSEARCH_URIS, comma separated); empty for the embedded default
 * @param apiKey        API key (TUNA_ELASTICSEARCH_API_KEY)
 * @param username      user (TUNA_ELASTICSEARCH_USERNAME)
 * @param password      password (TUNA_ELASTICSEARCH_PASSWORD)
 * @param caCertificate PEM file of the cluster's CA (TUNA_ELASTICSEARCH_CA_CERTIFICATE)
 * @param indexPrefix   prefix of every index and alias
 * @param local         the embedded default's settings
 * @param replicas      every index's {@code auto_expand_replicas} (TUNA_ELASTICSEARCH_REPLICAS), {@code 0-1} by
 *                      default: a replica wherever a second node can hold it
 */
@ConfigurationProperties("tuna.elasticsearch")
public record ElasticsearchProperties(
        List<URI> uris,
        String apiKey,
        String username,
        String password,
        Path caCertificate,
        String indexPrefix,
        Local local,
        String replicas) {

    public ElasticsearchProperties {
        uris = uris == null ? List.of() : List.copyOf(uris);
        indexPrefix = indexPrefix == null || indexPrefix.isBlank() ? "tuna-" : indexPrefix;
        local = local == null ? new Local(null, null, null, null) : local;
        replicas = replicas == null || replicas.isBlank() ? IndexReplicas.DEFAULT.autoExpand() : replicas.trim();
        // Checked at start, not at the first index created.
        new IndexReplicas(replicas);
    }

    /** The replicas every index keeps. */
    public IndexReplicas indexReplicas() {
        return new IndexReplicas(replicas);
    }

    public boolean embedded() {
        return uris.isEmpty();
    }

    /**
     * The embedded default node.
     *
     * @param baseDirectory where its distribution copy, data and logs live (kept across restarts)
     * @param heap          its heap, e.g. 512m
     * @param httpPort      its HTTP port; 0 picks a free one
     * @param runAsUser     the unprivileged user it runs as when the service runs as root
     */
    public record Local(Path baseDirectory, String heap, Integer httpPort, String runAsUser) {
    }
}
