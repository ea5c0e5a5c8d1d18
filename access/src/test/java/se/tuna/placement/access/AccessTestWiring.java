package se.tuna.placement.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.catalog.CatalogTestWiring;
import se.tuna.placement.participants.ParticipantsConfiguration;

/**
 * The production wiring of the catalog, the participants and the access module on the test node:
 * the catalog's test wiring (client, clock, index creation for every module), the participants'
 * beans and the access beans, which also say who is a coach. A test class adds only its
 * {@code IndexNames} bean, built from its own prefix.
 */
@Configuration(proxyBeanMethods = false)
@Import({CatalogTestWiring.class, ParticipantsConfiguration.class, AccessConfiguration.class})
public class AccessTestWiring {
}
