package se.tuna.placement.matcher;

import java.time.Clock;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.catalog.CatalogConfiguration;
import se.tuna.placement.catalog.store.ElasticsearchClientFactory;
import se.tuna.placement.catalog.store.ElasticsearchConnection;
import se.tuna.placement.catalog.store.IndexManager;
import se.tuna.placement.catalog.store.IndexSet;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;

/**
 * The production wiring of the catalog and the matcher on the test node: the same client
 * factory, the same beans, the same index creation. A test class adds only its
 * {@code IndexNames} bean, built from its own prefix, so classes never see each other's documents.
 */
@Configuration(proxyBeanMethods = false)
@Import({CatalogConfiguration.class, MatcherConfiguration.class})
public class MatcherTestWiring {

    @Bean(destroyMethod = "")
    ElasticsearchClient elasticsearchClient() {
        return ElasticsearchClientFactory.create(ElasticsearchConnection.local(ElasticsearchExtension.httpUri()));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Creates the indices of both modules as the service does at start. */
    @Bean
    Object createdIndices(IndexManager indices, List<IndexSet> indexSets) {
        indexSets.forEach(set -> indices.ensure(set.indices()));
        return indexSets;
    }
}
