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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.access.token.ApiTokens;
import se.tuna.placement.elasticsearch.local.LocalCluster;
import se.tuna.placement.elasticsearch.local.LocalElasticsearchSettings;
import se.tuna.placement.elasticsearch.local.RunningNode;
import se.tuna.placement.elasticsearch.local.ThrowAwayBaseDirectory;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.TestAccounts;
import se.tuna.placement.web.TunaApplication;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Losing a node loses nothing: the service runs against a three-node cluster of the local
 * distribution (given as TUNA_ELASTICSEARCH_URIS, as in production), every index has a replica,
 * and while coordinators write and read over HTTP the node holding the primary of the employers
 * index is killed (SIGKILL) and never comes back. Reads and writes go on, readiness stays UP, and
 * every write the service acknowledged is there afterwards, on the two nodes left.
 */
class LosingANodeIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(LosingANodeIntegrationTest.class);

    private static final String PREFIX = "tuna-";
    private static final int WRITERS = 3;
    /** Far more than failing over should take (the client's connect timeout is 1 s), far less than hanging. */
    private static final Duration LONGEST_REQUEST = Duration.ofSeconds(20);
    private static Path baseDirectory;
    private static LocalCluster cluster;
    private static ConfigurableApplicationContext service;
    private static URI baseUri;
    private static String token;

    @BeforeAll
    static void aServiceOnAThreeNodeCluster() {
        baseDirectory = ThrowAwayBaseDirectory.forThisJvm("cluster");
        // Small heaps: three nodes on a machine that also builds.
        cluster = LocalCluster.start(LocalElasticsearchSettings.defaults().withBaseDirectory(baseDirectory)
                .withInstanceName("node").withHeap("256m").withStartTimeout(Duration.ofSeconds(180)), 3);
        String uris = cluster.httpUris().stream().map(URI::toString).collect(Collectors.joining(","));
        service = new SpringApplicationBuilder(TunaApplication.class).run(
                "--server.port=0",
                "--tuna.elasticsearch.uris=" + uris,
                "--tuna.elasticsearch.index-prefix=" + PREFIX,
                "--tuna.audit.key=" + WebIntegrationTest.TEST_AUDIT_KEY,
                "--tuna.demo.enabled=false",
                "--tuna.follow-up.background-unimproved-limit=PT0.5S",
                "--tuna.follow-up.background-spent-limit=PT5S");
        baseUri = URI.create("http://localhost:" + service.getEnvironment().getRequiredProperty("local.server.port"));
        await("readiness UP once the indices exist").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> ServiceHttp.status(HttpRequest.newBuilder(baseUri.resolve("/actuator/health/readiness")).GET().build()) == 200);
        TestAccounts people = new TestAccounts(service.getBean(AccountService.class), service.getBean(PasswordCredentials.class),
                service.getBean(ApiTokens.class));
        token = people.staff("cluster-coordinator", Set.of(Role.COORDINATOR, Role.ADMIN), TestAccounts.ALL_SITES).token();
    }

    @AfterAll
    static void stopEverything() {
        try {
            if (service != null) {
                service.close();
            }
        } finally {
            try {
                if (cluster != null) {
                    cluster.close();
                }
            } finally {
                if (baseDirectory != null) {
                    ThrowAwayBaseDirectory.delete(baseDirectory);
                }
            }
        }
    }

    @Test
    void killingTheNodeWithThePrimaryLosesNoAcknowledgedWriteAndServiceGoesOn() throws Exception {
        RunningNode survivor = cluster.nodes().get(0);
        JsonNode green = elasticsearch(survivor, "/_cluster/health?wait_for_status=green&wait_for_no_initializing_shards=true&timeout=90s");
        assertThat(green.get("status").asString()).as("the cluster before the kill").isEqualTo("green");
        assertThat(green.get("number_of_nodes").asInt()).isEqualTo(3);
        // Every index of the platform has a replica on another node than its primary.
        JsonNode indices = elasticsearch(survivor, "/_cat/indices/" + PREFIX + "*?format=json&h=index,rep,health");
        assertThat(indices.size()).as("the platform's indices").isGreaterThan(10);
        for (JsonNode index : indices) {
            assertThat(index.get("rep").asString()).as("replicas of " + index.get("index").asString()).isEqualTo("1");
            assertThat(index.get("health").asString()).as("health of " + index.get("index").asString()).isEqualTo("green");
        }

        String employers = PREFIX + "employers-v1";
        String primaryHolder = primaryOf(survivor, employers);
        RunningNode victim = cluster.nodes().stream().filter(node -> nodeName(node).equals(primaryHolder)).findFirst().orElseThrow();
        String master = elasticsearch(survivor, "/_cat/master?format=json").get(0).get("node").asString();
        survivor = cluster.nodes().stream().filter(node -> node != victim).findFirst().orElseThrow();

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> acknowledgedInOrder = new CopyOnWriteArrayList<>();
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        AtomicLong longestMillis = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService workers = Executors.newFixedThreadPool(WRITERS + 1);
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int writer = i;
            started.add(workers.submit(() -> write(writer, running, acknowledged, acknowledgedInOrder, refusals, longestMillis)));
        }
        started.add(workers.submit(() -> read(running, acknowledgedInOrder, reads, refusals, longestMillis)));
        int acknowledgedAtKill;
        int readsAtKill;
        long killedAt;
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 20 && reads.get() >= 10);

            log.info("Killing {} (pid {}): it holds the primary of {}; the master is {}", primaryHolder, victim.pid(), employers,
                    master);
            killedAt = System.nanoTime();
            ProcessHandle.of(victim.pid()).orElseThrow().destroyForcibly();
            acknowledgedAtKill = acknowledged.size();
            readsAtKill = reads.get();

            await("writes acknowledged after the kill").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> acknowledged.size() >= acknowledgedAtKill + 30 && reads.get() >= readsAtKill + 20);
            log.info("After the kill: {} writes and {} reads more in {} ms", acknowledged.size() - acknowledgedAtKill,
                    reads.get() - readsAtKill, (System.nanoTime() - killedAt) / 1_000_000);
        } finally {
            running.set(false);
            workers.shutdown();
            assertThat(workers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> worker : started) {
            worker.get();
        }

        assertThat(victim.isRunning()).as("the killed node stays dead").isFalse();
        assertThat(refusals).as("requests the service refused around the kill").isEmpty();
        assertThat(Duration.ofMillis(longestMillis.get())).as("the longest request").isLessThan(LONGEST_REQUEST);
        JsonNode after = elasticsearch(survivor, "/_cluster/health");
        assertThat(after.get("number_of_nodes").asInt()).isEqualTo(2);
        assertThat(after.get("status").asString()).as("no shard lost").isIn("yellow", "green");
        assertThat(ServiceHttp.status(authorized("/actuator/health/readiness").GET().build())).as("readiness with a node gone").isEqualTo(200);

        List<String> missing = acknowledged.stream()
                .filter(id -> ServiceHttp.status(authorized("/api/employers/" + id).GET().build()) != 200)
                .toList();
        assertThat(missing).as("acknowledged employers missing of " + acknowledged.size()).isEmpty();
        log.info("{} acknowledged employers all there after losing {}; {} reads; longest request {} ms", acknowledged.size(),
                primaryHolder, reads.get(), longestMillis.get());
    }

    /** Creates employers until told to stop, remembering each one the service acknowledged (201). */
    private static void write(int writer, AtomicBoolean running, Set<String> acknowledged, List<String> inOrder,
            ConcurrentLinkedQueue<String> refusals, AtomicLong longestMillis) {
        int n = 0;
        while (running.get()) {
            String body = ApiBodies.employer("Klusterskrivare " + writer + "-" + n++).toString();
            long started = System.nanoTime();
            HttpResponse<String> response = ServiceHttp.send(authorized("/api/employers")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
            longestMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
            if (response.statusCode() == 201) {
                String id = ApiBodies.JSON.readTree(response.body()).get("id").asString();
                acknowledged.add(id);
                inOrder.add(id);
            } else {
                refusals.add("POST " + response.statusCode() + " " + response.body());
            }
            pause(20);
        }
    }

    /** Reads employers written so far, newest first, until told to stop. */
    private static void read(AtomicBoolean running, List<String> written, AtomicInteger reads,
            ConcurrentLinkedQueue<String> refusals, AtomicLong longestMillis) {
        while (running.get()) {
            if (written.isEmpty()) {
                pause(50);
                continue;
            }
            int newest = written.size() - 1;
            String id = written.get(Math.max(0, newest - ThreadLocalRandom.current().nextInt(5)));
            long started = System.nanoTime();
            HttpResponse<String> one = ServiceHttp.send(authorized("/api/employers/" + id).GET().build());
            HttpResponse<String> list = ServiceHttp.send(authorized("/api/employers").GET().build());
            longestMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
            if (one.statusCode() == 200 && list.statusCode() == 200) {
                reads.incrementAndGet();
            } else {
                refusals.add("GET " + one.statusCode() + "/" + list.statusCode());
            }
            pause(20);
        }
    }

    private static String primaryOf(RunningNode node, String index) {
        for (JsonNode shard : elasticsearch(node, "/_cat/shards/" + index + "?format=json&h=prirep,node,state")) {
            if (shard.get("prirep").asString().equals("p")) {
                return shard.get("node").asString();
            }
        }
        throw new AssertionError("No primary of " + index);
    }

    /** A local node's name is its instance folder's name. */
    private static String nodeName(RunningNode node) {
        return node.directory().getFileName().toString();
    }

    private static JsonNode elasticsearch(RunningNode node, String path) {
        HttpResponse<String> response = ServiceHttp.send(HttpRequest.newBuilder(node.httpUri().resolve(path))
                .timeout(Duration.ofSeconds(120)).GET().build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return ApiBodies.JSON.readTree(response.body());
    }

    private static HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
