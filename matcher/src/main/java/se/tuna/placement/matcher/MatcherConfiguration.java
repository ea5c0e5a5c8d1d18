package se.tuna.placement.matcher;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.participants.ParticipantsConfiguration;

/**
 * The matcher's beans, over the participants' (see {@code ParticipantsConfiguration}). The
 * application supplies the catalog's beans (see {@code CatalogConfiguration}), an
 * {@code ElasticsearchClient}, {@code IndexNames} and a {@code Clock}; everything else is built
 * here, the same way for the service and the tests.
 */
@Configuration(proxyBeanMethods = false)
@Import({ParticipantsConfiguration.class, PlanningConfiguration.class})
public class MatcherConfiguration {
}
