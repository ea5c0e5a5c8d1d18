package se.tuna.placement.web;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.web.TestAccounts.SignedIn;

/**
 * The whole service on a random port against the test JVM's real Elasticsearch node, as a
 * configured cluster. All web test classes share this one application context (and its index
 * prefix), so each test makes its own employers and slots and never counts the whole bank.
 * Requests are signed in with personal API tokens of accounts the tests make ({@link TestAccounts});
 * {@link #http} acts as a coordinator of every site who is also an admin.
 */
@RealElasticsearch
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestAccounts.class)
public abstract class WebIntegrationTest {

    /** The access log's key in the tests: 32 bytes, Base64. */
    public static final String TEST_AUDIT_KEY = "dHVuYS10ZXN0LWF1ZGl0LWtleS0zMi1ieXRlcy1sb25n";

    @Autowired
    protected TestAccounts people;
    @Autowired
    protected WebTestClient anonymous;

    /** Signed in as a coordinator of every site who is also an admin. */
    protected WebTestClient http;

    @BeforeEach
    void signInAsCoordinator() {
        http = as(coordinator());
    }

    /** The coordinator of every site, also an admin, whom {@link #http} acts as. */
    protected SignedIn coordinator() {
        return people.staff("coordinator-everywhere", Set.of(Role.COORDINATOR, Role.ADMIN), TestAccounts.ALL_SITES);
    }

    /** A client signed in as {@code person}, with their API token. */
    protected WebTestClient as(SignedIn person) {
        return anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + person.token()).build();
    }

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("tuna.elasticsearch.uris", () -> ElasticsearchExtension.httpUri().toString());
        registry.add("tuna.elasticsearch.index-prefix", () -> ElasticsearchExtension.indexPrefix(WebIntegrationTest.class));
        registry.add("tuna.audit.key", () -> TEST_AUDIT_KEY);
        // Plans in tests stop soon after they stop improving; the rules, not the time, are under test.
        registry.add("tuna.planning.unimproved-seconds", () -> "2");
        // Plans are kept for hours, and the bad-input campaign alone starts dozens: the tests after it still plan.
        registry.add("tuna.planning.most-kept", () -> "500");
        // Follow-up plans, likewise: a few hundred milliseconds without improvement and the plan is final.
        registry.add("tuna.follow-up.unimproved-limit", () -> "PT0.5S");
        registry.add("tuna.follow-up.spent-limit", () -> "PT5S");
        registry.add("tuna.follow-up.background-unimproved-limit", () -> "PT0.5S");
        registry.add("tuna.follow-up.background-spent-limit", () -> "PT5S");
        // Exports for outside the programme withhold counts under 3 (off by default): the reports' tests show what goes.
        registry.add("tuna.reports.suppression-threshold", () -> "3");
    }
}
