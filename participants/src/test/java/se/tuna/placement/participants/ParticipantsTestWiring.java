package se.tuna.placement.participants;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.catalog.CatalogTestWiring;
import se.tuna.placement.participants.coach.CoachDirectory;

/**
 * The production wiring of the catalog and the participants on the test node: the catalog's test
 * wiring (client, clock, index creation for every module) plus the participants' beans. A test
 * class adds only its {@code IndexNames} bean, built from its own prefix. The accounts live above
 * this module: here the coaches are whoever a test names in {@link #COACHES}, at every site.
 */
@Configuration(proxyBeanMethods = false)
@Import({CatalogTestWiring.class, ParticipantsConfiguration.class})
public class ParticipantsTestWiring {

    public static final Set<String> COACHES = ConcurrentHashMap.newKeySet();

    @Bean
    CoachDirectory coachDirectory() {
        return (accountId, site) -> COACHES.contains(accountId);
    }
}
