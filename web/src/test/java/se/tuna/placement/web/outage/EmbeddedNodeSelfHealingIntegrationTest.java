package se.tuna.placement.web.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.access.token.ApiTokens;
import se.tuna.placement.elasticsearch.local.ThrowAwayBaseDirectory;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.TestAccounts;
import se.tuna.placement.web.TunaApplication;
import se.tuna.placement.web.WebIntegrationTest;
import se.tuna.placement.web.config.ElasticsearchConfiguration.EmbeddedElasticsearch;
import tools.jackson.databind.JsonNode;

/**
 * The embedded default's node is killed (SIGKILL) while coordinators write: readiness goes DOWN
 * (liveness stays UP), requests get 503 problem details, the service starts its node again by
 * itself, readiness comes back UP, and every write that was acknowledged is there.
 *
 * <p>The service runs with a node of its own (in a throw-away base directory), started by the
 * service itself as in production: killing the test JVM's shared node would break other tests.
 */
class EmbeddedNodeSelfHealingIntegrationTest {

    private static final int WRITERS = 4;
    private static ConfigurableApplicationContext service;
    private static Path baseDirectory;
    private static URI baseUri;
    private static String token;

    @BeforeAll
    static void startTheServiceWithItsOwnNode() {
        baseDirectory = ThrowAwayBaseDirectory.forThisJvm("heal");
        service = new SpringApplicationBuilder(TunaApplication.class).run(
                "--server.port=0",
                // Empty: the embedded default, whatever the environment says.
                "--tuna.elasticsearch.uris=",
                "--tuna.elasticsearch.local.base-directory=" + baseDirectory,
                "--tuna.elasticsearch.local.http-port=0",
                "--tuna.elasticsearch.local.heap=384m",
                "--tuna.audit.key=" + WebIntegrationTest.TEST_AUDIT_KEY,
                "--tuna.demo.enabled=false");
        baseUri = URI.create("http://localhost:" + service.getEnvironment().getRequiredProperty("local.server.port"));
        await("readiness UP once the indices exist").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> status("/actuator/health/readiness") == 200);
        TestAccounts people = new TestAccounts(service.getBean(AccountService.class), service.getBean(PasswordCredentials.class),
                service.getBean(ApiTokens.class));
        token = people.staff("healing-coordinator", Set.of(Role.COORDINATOR, Role.ADMIN), TestAccounts.ALL_SITES).token();
    }

    @AfterAll
    static void stopTheService() {
        try {
            if (service != null) {
                service.close();
            }
        } finally {
            if (baseDirectory != null) {
                ThrowAwayBaseDirectory.delete(baseDirectory);
            }
        }
    }

    @Test
    void aKilledEmbeddedNodeIsStartedAgainAndEveryAcknowledgedWriteIsKept() throws Exception {
        EmbeddedElasticsearch embedded = service.getBean(EmbeddedElasticsearch.class);
        long killedPid = embedded.node().pid();
        assertThat(adminHealthDetails().at("/components/elasticsearch/details/embeddedNode/state").asString())
                .isEqualTo("RUNNING");

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int writer = i;
            running.add(writers.submit(() -> write(writer, writing, acknowledged, refused)));
        }
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 20);

            ProcessHandle.of(killedPid).orElseThrow().destroyForcibly();

            await("readiness DOWN while the node is away").atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(200)).until(() -> status("/actuator/health/readiness") == 503);
            assertThat(status("/actuator/health/liveness")).as("liveness during the outage").isEqualTo(200);
            HttpResponse<String> duringOutage = ServiceHttp.send(authorized("/api/employers").GET().build());
            assertThat(duringOutage.statusCode()).isEqualTo(503);
            assertThat(duringOutage.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));

            await("readiness UP again, by itself").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> status("/actuator/health/readiness") == 200);
            int beforeRecovery = acknowledged.size();
            await("writes acknowledged again").atMost(Duration.ofSeconds(30))
                    .until(() -> acknowledged.size() >= beforeRecovery + 20);
        } finally {
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> writer : running) {
            writer.get();
        }

        assertThat(embedded.node().pid()).as("the node's pid after the restart").isNotEqualTo(killedPid);
        JsonNode node = adminHealthDetails().at("/components/elasticsearch/details/embeddedNode");
        assertThat(node.get("state").asString()).isEqualTo("RUNNING");
        assertThat(node.get("restarts").asInt()).isEqualTo(1);
        assertThat(refused.get()).as("writes refused while the node was away").isPositive();
        List<String> missing = acknowledged.stream()
                .filter(id -> ServiceHttp.status(authorized("/api/employers/" + id).GET().build()) != 200)
                .toList();
        assertThat(missing).as("acknowledged employers missing of " + acknowledged.size()).isEmpty();
    }

    /** Creates employers until told to stop, remembering each one the service acknowledged (201). */
    private static void write(int writer, AtomicBoolean writing, Set<String> acknowledged, AtomicInteger refused) {
        int n = 0;
        while (writing.get()) {
            String body = ApiBodies.employer("Självläkande " + writer + "-" + n++).toString();
            try {
                HttpResponse<String> response = ServiceHttp.send(authorized("/api/employers")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
                if (response.statusCode() == 201) {
                    acknowledged.add(ApiBodies.JSON.readTree(response.body()).get("id").asString());
                    Thread.sleep(20);
                } else {
                    assertThat(response.statusCode()).as("a write while the node is away").isEqualTo(503);
                    refused.incrementAndGet();
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static JsonNode adminHealthDetails() {
        HttpResponse<String> response = ServiceHttp.send(authorized("/actuator/health").GET().build());
        return ApiBodies.JSON.readTree(response.body());
    }

    private static HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private static int status(String path) {
        return ServiceHttp.status(HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build());
    }
}
