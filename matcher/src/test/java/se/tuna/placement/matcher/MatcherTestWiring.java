package se.tuna.placement.matcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.catalog.CatalogTestWiring;
import se.tuna.placement.participants.coach.CoachDirectory;

/**
 * The production wiring of the catalog and the matcher on the test node: the catalog's test
 * wiring (client, clock, index creation for every module) plus the matcher's beans. A test class
 * adds only its {@code IndexNames} bean, built from its own prefix. Matching never asks who is a
 * coach: the directory here knows none.
 */
@Configuration(proxyBeanMethods = false)
@Import({CatalogTestWiring.class, MatcherConfiguration.class})
public class MatcherTestWiring {

    @Bean
    CoachDirectory coachDirectory() {
        return (accountId, site) -> false;
    }
}
