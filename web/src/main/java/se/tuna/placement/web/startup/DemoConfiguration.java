package se.tuna.placement.web.startup;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexSet;

/** The demo's own index: the mark it leaves in a node it filled. */
@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

    @Bean
    IndexSet demoIndexSet() {
        return new IndexSet("demo", List.of(DemoMarker.DEMO));
    }

    @Bean
    DemoMarker demoMarker(ElasticsearchClient client, IndexNames names) {
        return new DemoMarker(client, names);
    }
}
