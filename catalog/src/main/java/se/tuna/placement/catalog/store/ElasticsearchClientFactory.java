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
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one {@link ElasticsearchClient} the platform uses, for production and tests alike.
 * Spring Boot 4's auto-configuration targets the 9.x client only and backs off with the 8.19
 * client that an 8.19 server needs, so the client is built here.
 */
public final class ElasticsearchClientFactory {

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
                .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(30_000));
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
