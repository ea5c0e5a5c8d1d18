package se.tuna.placement.catalog;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.employer.EmployerRules;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.importer.BankImport;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.search.SlotSearch;
import se.tuna.placement.catalog.slot.SlotRules;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.CatalogIndices;
import se.tuna.placement.catalog.store.ClusterHealth;
import se.tuna.placement.catalog.store.EmployerDocumentMapper;
import se.tuna.placement.catalog.store.EmployerDocumentMapperImpl;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.IndexManager;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexReplicas;
import se.tuna.placement.catalog.store.IndexSet;
import se.tuna.placement.catalog.store.SlotChanges;
import se.tuna.placement.catalog.store.SlotDocumentMapper;
import se.tuna.placement.catalog.store.SlotDocumentMapperImpl;
import se.tuna.placement.catalog.store.SlotRepository;

/**
 * The catalog's beans. The application supplies an {@link ElasticsearchClient}, the
 * {@link IndexNames} to use and a {@link Clock} (and may supply {@link IndexReplicas}; without, the
 * default {@code 0-1}); everything else is built here, the same way
 * for the service and for the integration tests.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    ReferenceData referenceData() {
        return ReferenceData.loadFromClasspath();
    }

    @Bean
    SlotDocumentMapper slotDocumentMapper() {
        return new SlotDocumentMapperImpl();
    }

    @Bean
    EmployerDocumentMapper employerDocumentMapper() {
        return new EmployerDocumentMapperImpl();
    }

    @Bean
    IndexSet catalogIndexSet() {
        return new IndexSet("catalog", CatalogIndices.ALL);
    }

    @Bean
    ClusterHealth clusterHealth(ElasticsearchClient client) {
        return new ClusterHealth(client);
    }

    @Bean
    IndexManager indexManager(ElasticsearchClient client, IndexNames names, ObjectProvider<IndexReplicas> replicas) {
        return new IndexManager(client, names, replicas.getIfAvailable(() -> IndexReplicas.DEFAULT));
    }

    @Bean
    EmployerRepository employerRepository(ElasticsearchClient client, IndexNames names, EmployerDocumentMapper mapper,
            Clock clock) {
        return new EmployerRepository(client, names, mapper, clock);
    }

    @Bean
    SlotRepository slotRepository(ElasticsearchClient client, IndexNames names, SlotDocumentMapper mapper,
            ReferenceData reference) {
        return new SlotRepository(client, names, mapper, reference.compoundSplitter());
    }

    @Bean
    SlotChanges slotChanges(SlotRepository slots, Clock clock) {
        return new SlotChanges(slots, clock);
    }

    @Bean
    SlotSearch slotSearch(ElasticsearchClient client, IndexNames names, SlotDocumentMapper mapper, ReferenceData reference,
            Clock clock) {
        return new SlotSearch(client, names, mapper, reference.compoundSplitter(), clock);
    }

    @Bean
    SeatBooking seatBooking(SlotRepository slots, SlotChanges changes, Clock clock) {
        return new SeatBooking(slots, changes, clock);
    }

    @Bean
    SlotService slotService(SlotRepository slots, SlotChanges changes, SlotSearch search, EmployerRepository employers,
            ReferenceData reference, Clock clock) {
        return new SlotService(slots, changes, search, employers,
                new SlotRules(reference.occupations(), reference.sites()), reference.localities(), clock);
    }

    @Bean
    EmployerService employerService(EmployerRepository employers, ReferenceData reference, SlotService slots) {
        return new EmployerService(employers, new EmployerRules(reference.industries(), reference.sites()),
                reference.industries(), reference.localities(), slots);
    }

    @Bean
    BankImport bankImport(EmployerService employerService, SlotService slotService, EmployerRepository employers,
            SlotRepository slots, ReferenceData reference, Clock clock) {
        return new BankImport(employerService, slotService, employers, slots, reference, clock);
    }
}
