package se.tuna.placement.web.startup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The generated demo data ({@code tuna.demo.*}), loaded on the first start of the embedded default.
 *
 * @param enabled whether to load it into an empty embedded node
 * @param seed    the generator's seed: the same seed, the same bank
 */
@ConfigurationProperties("tuna.demo")
public record DemoProperties(boolean enabled, long seed) {
}
