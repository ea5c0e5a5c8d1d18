package se.tuna.placement.matcher;

import java.time.Clock;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexSet;
import se.tuna.placement.catalog.store.SlotDocumentMapper;
import se.tuna.placement.matcher.participant.ParticipantDocumentMapper;
import se.tuna.placement.matcher.participant.ParticipantDocumentMapperImpl;
import se.tuna.placement.matcher.participant.ParticipantIndices;
import se.tuna.placement.matcher.participant.ParticipantRepository;
import se.tuna.placement.matcher.participant.ParticipantRules;
import se.tuna.placement.matcher.participant.ParticipantService;

/**
 * The matcher's beans. The application supplies the catalog's beans (see
 * {@code CatalogConfiguration}), an {@code ElasticsearchClient}, {@code IndexNames} and a
 * {@code Clock}; everything else is built here, the same way for the service and the tests.
 */
@Configuration(proxyBeanMethods = false)
@Import(PlanningConfiguration.class)
public class MatcherConfiguration {

    /** The matcher's indices, created at start like the catalog's. */
    @Bean
    IndexSet matcherIndexSet() {
        return new IndexSet("matcher", List.of(ParticipantIndices.PARTICIPANTS));
    }

    @Bean
    ParticipantDocumentMapper participantDocumentMapper(SlotDocumentMapper slotDocumentMapper) {
        return new ParticipantDocumentMapperImpl(slotDocumentMapper);
    }

    @Bean
    ParticipantRepository participantRepository(ElasticsearchClient client, IndexNames names, ParticipantDocumentMapper mapper,
            Clock clock) {
        return new ParticipantRepository(client, names, mapper, clock);
    }

    @Bean
    ParticipantService participantService(ParticipantRepository participants, EmployerRepository employers,
            ReferenceData reference, Clock clock) {
        return new ParticipantService(participants, employers,
                new ParticipantRules(reference.occupations(), reference.sites(), clock), reference.localities(), clock);
    }
}
