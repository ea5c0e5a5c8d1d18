package se.tuna.placement.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexSet;

/**
 * The access log's beans. The application supplies an {@code ElasticsearchClient}, {@code
 * IndexNames}, a {@code Clock} and the {@link AuditKey} (a secret: from configuration, never from
 * Elasticsearch).
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    IndexSet auditIndexSet() {
        return new IndexSet("audit", List.of(AuditRepository.AUDIT));
    }

    @Bean
    AuditRepository auditRepository(ElasticsearchClient client, IndexNames names) {
        return new AuditRepository(client, names, new AuditEntryDocumentMapperImpl());
    }

    @Bean
    AuditSeal auditSeal(AuditKey key) {
        return new AuditSeal(key);
    }

    /**
     * @param patience        how long a request waits for its accesses to be stored before it is refused (503)
     * @param checkpointEvery how often the other instances' chains are recorded in this one's, if they moved on
     */
    @Bean(destroyMethod = "close")
    AuditLog auditLog(AuditRepository repository, AuditSeal seal, Clock clock,
            @Value("${tuna.audit.patience:5s}") Duration patience,
            @Value("${tuna.audit.checkpoint-every:1m}") Duration checkpointEvery) {
        return new AuditLog(repository, seal, clock, patience, checkpointEvery);
    }

    @Bean
    AuditVerification auditVerification(AuditRepository repository, AuditSeal seal, Clock clock) {
        return new AuditVerification(repository, seal, clock);
    }
}
