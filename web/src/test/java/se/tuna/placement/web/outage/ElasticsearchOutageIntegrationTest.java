package se.tuna.placement.web.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.web.WebIntegrationTest;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountIds;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.account.StaffIdentity;
import se.tuna.placement.access.token.ApiTokens;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

/**
 * Elasticsearch goes away and comes back: the service answers 503 problem details meanwhile,
 * with no internals, and serves again by itself once the node is reachable — even when the node
 * was not there when the service started.
 */
@RealElasticsearch
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ElasticsearchOutageIntegrationTest {

    private static final TcpProxy PROXY = proxy();

    @DynamicPropertySource
    static void elasticsearchBehindTheProxy(DynamicPropertyRegistry registry) {
        registry.add("tuna.elasticsearch.uris", () -> PROXY.uri().toString());
        registry.add("tuna.audit.key", () -> WebIntegrationTest.TEST_AUDIT_KEY);
        registry.add("tuna.elasticsearch.index-prefix",
                () -> ElasticsearchExtension.indexPrefix(ElasticsearchOutageIntegrationTest.class));
    }

    @Autowired
    WebTestClient anonymous;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokens tokens;

    /**
     * Signed in with an API token: checking it needs Elasticsearch, so while it is away even the
     * sign-in answers 503 (never 401, which would wrongly tell a program its token is bad).
     */
    @Test
    void theServiceAnswers503WhileElasticsearchIsAwayAndRecoversByItself() throws IOException {
        WebTestClient beforeAnyAccount = withToken("tuna_" + "0".repeat(32) + "_not-checked-while-away");
        beforeAnyAccount.get().uri("/api/slots").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://tuna-placement.example/problems/store-unavailable")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .doesNotContain("Exception").doesNotContain("127.0.0.1").doesNotContain("at "));

        anonymous.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        anonymous.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

        PROXY.open();

        // The indices are created within a few seconds of Elasticsearch coming back.
        String token = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(this::coachToken, issued -> issued != null);
        WebTestClient http = withToken(token);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                http.get().uri("/api/slots").exchange().expectStatus().isOk());

        anonymous.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        // Only an admin sees what the health check found; others the status alone.
        anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components").doesNotExist();
        withToken(adminToken()).get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.elasticsearch.details.status").value(String.class,
                        status -> assertThat(status).isIn("green", "yellow"))
                // A configured cluster: nobody's embedded node to report.
                .jsonPath("$.components.elasticsearch.details.embeddedNode").doesNotExist();

        PROXY.shut();
        http.get().uri("/api/employers").exchange().expectStatus().isEqualTo(503);
        anonymous.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        anonymous.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        PROXY.open();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                http.get().uri("/api/employers").exchange().expectStatus().isOk());
        anonymous.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private String coachToken() {
        StaffIdentity identity = new StaffIdentity("https://identity.test.example", "outage-coach");
        Account coach = accounts.find(AccountIds.forIdentity(identity)).orElseGet(() -> accounts.registerStaff(identity, "Coach",
                null, Set.of(Role.COACH), Set.of("eskilstuna"), null));
        return tokens.collect(tokens.issue(coach.id(), "Outage test", 1, "test-admin").id(), coach.id()).secret();
    }

    private String adminToken() {
        StaffIdentity identity = new StaffIdentity("https://identity.test.example", "outage-admin");
        Account admin = accounts.find(AccountIds.forIdentity(identity)).orElseGet(() -> accounts.registerStaff(identity, "Admin",
                null, Set.of(Role.ADMIN), Set.of("eskilstuna"), null));
        return tokens.collect(tokens.issue(admin.id(), "Outage test", 1, "test-admin").id(), admin.id()).secret();
    }

    private WebTestClient withToken(String token) {
        return anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    @AfterAll
    static void closeProxy() throws IOException {
        PROXY.close();
    }

    private static TcpProxy proxy() {
        try {
            return new TcpProxy(ElasticsearchExtension.httpUri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
