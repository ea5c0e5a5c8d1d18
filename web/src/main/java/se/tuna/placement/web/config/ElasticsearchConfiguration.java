package se.tuna.placement.web.config;

import java.io.IOException;
import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.access.AccessConfiguration;
import se.tuna.placement.audit.AuditConfiguration;
import se.tuna.placement.catalog.CatalogConfiguration;
import se.tuna.placement.matcher.MatcherConfiguration;
import se.tuna.placement.followup.FollowUpConfiguration;
import se.tuna.placement.participants.ParticipantsConfiguration;
import se.tuna.placement.reports.ReportsConfiguration;
import se.tuna.placement.catalog.store.ElasticsearchClientFactory;
import se.tuna.placement.catalog.store.ElasticsearchConnection;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexReplicas;
import se.tuna.placement.elasticsearch.local.LocalElasticsearchSettings;
import se.tuna.placement.elasticsearch.local.SupervisedNode;

/**
 * Connects the service to Elasticsearch: the configured cluster, or, when none is configured,
 * the embedded default, a local node started with the service and stopped with it.
 */
@Configuration(proxyBeanMethods = false)
@Import({CatalogConfiguration.class, ParticipantsConfiguration.class, MatcherConfiguration.class, FollowUpConfiguration.class,
        AccessConfiguration.class, AuditConfiguration.class, ReportsConfiguration.class})
public class ElasticsearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchConfiguration.class);

    /** The embedded default node, or nothing when a cluster is configured. */
    @Bean(destroyMethod = "stop")
    EmbeddedElasticsearch embeddedElasticsearch(ElasticsearchProperties properties, BackupProperties backups) {
        if (!properties.embedded()) {
            return EmbeddedElasticsearch.NONE;
        }
        LocalElasticsearchSettings settings = localSettings(properties.local()).withBackupsDirectory(backups.folder());
        log.info("No Elasticsearch configured (TUNA_ELASTICSEARCH_URIS): starting the embedded default in {}",
                settings.baseDirectory());
        // Watched: started again on the same data and port if its process dies (docs/operations.md).
        return new EmbeddedElasticsearch(SupervisedNode.start(settings, SupervisedNode.RestartBackoff.DEFAULT));
    }

    @Bean(destroyMethod = "")
    ElasticsearchClient elasticsearchClient(ElasticsearchProperties properties, EmbeddedElasticsearch embedded) {
        ElasticsearchConnection connection = embedded.node() != null
                ? ElasticsearchConnection.local(embedded.node().httpUri())
                : new ElasticsearchConnection(properties.uris(), properties.apiKey(), properties.username(),
                        properties.password(), properties.caCertificate());
        log.info("Using Elasticsearch at {}", connection);
        return ElasticsearchClientFactory.create(connection);
    }

    /** Closes the client's connections before the embedded node stops. */
    @Bean
    AutoCloseable elasticsearchClientCloser(ElasticsearchClient client) {
        return () -> {
            try {
                client._transport().close();
            } catch (IOException e) {
                log.debug("Closing the Elasticsearch client", e);
            }
        };
    }

    @Bean
    IndexNames indexNames(ElasticsearchProperties properties) {
        return new IndexNames(properties.indexPrefix());
    }

    /** The replicas every index keeps (IndexManager sets them at creation and at start). */
    @Bean
    IndexReplicas indexReplicas(ElasticsearchProperties properties) {
        return properties.indexReplicas();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    private static LocalElasticsearchSettings localSettings(ElasticsearchProperties.Local local) {
        LocalElasticsearchSettings settings = LocalElasticsearchSettings.defaults();
        if (local.baseDirectory() != null) {
            settings = settings.withBaseDirectory(local.baseDirectory());
        }
        if (local.heap() != null) {
            settings = settings.withHeap(local.heap());
        }
        if (local.httpPort() != null) {
            settings = settings.withHttpPort(local.httpPort());
        }
        if (local.runAsUser() != null) {
            settings = settings.withRunAsUser(local.runAsUser());
        }
        return settings;
    }

    /**
     * The embedded node, if the service started one.
     *
     * @param node the running node under its supervisor, or {@code null}
     */
    public record EmbeddedElasticsearch(SupervisedNode node) {

        static final EmbeddedElasticsearch NONE = new EmbeddedElasticsearch(null);

        public boolean running() {
            return node != null;
        }

        public void stop() {
            if (node != null) {
                node.stop();
            }
        }
    }
}
