package se.tuna.placement.participants;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.catalog.CatalogTestWiring;

/**
 * The production wiring of the catalog and the participants on the test node: the catalog's test
 * wiring (client, clock, index creation for every module) plus the participants' beans. A test
 * class adds only its {@code IndexNames} bean, built from its own prefix.
 */
@Configuration(proxyBeanMethods = false)
@Import({CatalogTestWiring.class, ParticipantsConfiguration.class})
public class ParticipantsTestWiring {
}
