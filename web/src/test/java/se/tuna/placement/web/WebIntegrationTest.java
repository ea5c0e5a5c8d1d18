package se.tuna.placement.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

/**
 * The whole service on a random port against the test JVM's real Elasticsearch node, as a
 * configured cluster. All web test classes share this one application context (and its index
 * prefix), so each test makes its own employers and slots and never counts the whole bank.
 */
@RealElasticsearch
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class WebIntegrationTest {

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("tuna.elasticsearch.uris", () -> ElasticsearchExtension.httpUri().toString());
        registry.add("tuna.elasticsearch.index-prefix", () -> ElasticsearchExtension.indexPrefix(WebIntegrationTest.class));
        // Plans in tests stop soon after they stop improving; the rules, not the time, are under test.
        registry.add("tuna.planning.unimproved-seconds", () -> "2");
    }
}
