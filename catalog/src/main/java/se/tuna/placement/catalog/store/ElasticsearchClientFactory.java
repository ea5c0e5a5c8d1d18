package se.tuna.placement.catalog.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one {@link ElasticsearchClient} the platform uses, for production and tests alike.
 * Spring Boot 4's auto-configuration targets the 9.x client only and backs off with the 8.19
 * client that an 8.19 server needs, so the client is built here.
 */
public final class ElasticsearchClientFactory {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchClientFactory.class);

    /**
     * Connecting to a node: a live node on the same network connects in milliseconds, so after
     * this the node is taken for dead and the request goes to the next node at once (the
     * low-level client tries every node it was given, and leaves a failed one out for a minute,
     * then longer, before trying it again).
     */
    static final int CONNECT_TIMEOUT_MS = 1_000;
    // No connection-request timeout (waiting for a free connection of the client's own pool, 30 at
    // most, 10 a node): the default, wait as long as it takes. The low-level client counts a timeout
    // there as the node failing, so a burst of slow requests would take a healthy node for dead,
    // and on a single node requests that queue for a connection would fail.
    /**
     * Silence while a node answers: beyond it the node is taken for hung and the request goes to
     * the next node. Long enough for a large bulk write of an import on a busy node.
     */
    static final int SOCKET_TIMEOUT_MS = 30_000;

    private ElasticsearchClientFactory() {
    }

    /**
     * A client on the low-level REST client; close it with {@code client._transport().close()}.
     * Stored documents are read leniently (a field added by a newer version is ignored) and
     * written without nulls, so "field missing" means the same in both directions.
     */
    public static ElasticsearchClient create(ElasticsearchConnection connection) {
        JsonMapper jsonMapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        HttpHost[] hosts = connection.uris().stream()
                .map(uri -> new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
                .toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts)
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(CONNECT_TIMEOUT_MS)
                        .setSocketTimeout(SOCKET_TIMEOUT_MS))
                .setFailureListener(new RestClient.FailureListener() {
                    @Override
                    public void onFailure(Node node) {
                        // An address only: no request, no answer.
                        log.warn("Elasticsearch node {} failed to answer; requests go to the other nodes ({} in all) until"
                                + " it is tried again", node.getHost().toURI(), hosts.length);
                    }
                });
        if (connection.apiKey() != null && !connection.apiKey().isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + connection.apiKey())});
        }
        builder.setHttpClientConfigCallback(http -> {
            if (connection.username() != null && !connection.username().isBlank()) {
                var credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY,
                        new UsernamePasswordCredentials(connection.username(), connection.password()));
                http.setDefaultCredentialsProvider(credentials);
            }
            if (connection.caCertificate() != null) {
                http.setSSLContext(sslContextTrusting(connection));
            }
            return http;
        });
        return new ElasticsearchClient(new RestClientTransport(builder.build(), new Jackson3JsonpMapper(jsonMapper)));
    }

    private static SSLContext sslContextTrusting(ElasticsearchConnection connection) {
        try (InputStream pem = Files.newInputStream(connection.caCertificate())) {
            var certificate = CertificateFactory.getInstance("X.509").generateCertificate(pem);
            KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
            trustStore.load(null, null);
            trustStore.setCertificateEntry("elasticsearch-ca", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the Elasticsearch CA certificate "
                    + connection.caCertificate() + ": " + e.getMessage(), e);
        }
    }
}
