package se.tuna.placement.elasticsearch.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one node of this test JVM, chosen and started on first use and shared by every test class
 * of the JVM (a node start costs 10-20 s and ~0.8 GB): a configured cluster, else a
 * Testcontainers container, else a {@link LocalElasticsearch} node on a throw-away instance.
 */
final class SharedNode {

    static final String URIS_VARIABLE = "TUNA_ELASTICSEARCH_URIS";

    private static final Logger log = LoggerFactory.getLogger(SharedNode.class);
    private static final Pattern TEST_INSTANCE = Pattern.compile("test-(\\d{1,18})(?:-[A-Za-z0-9-]+)?");

    private static Started started;
    private static RuntimeException failure;

    private SharedNode() {
    }

    /** A node in use: where it answers and how to get rid of it. */
    record Started(URI httpUri, Runnable stop) {
    }

    static synchronized URI httpUri() {
        if (failure != null) {
            // Fail every later test class at once instead of waiting for another doomed start.
            throw new IllegalStateException("Elasticsearch for the tests failed to start earlier in this JVM: "
                    + failure.getMessage(), failure);
        }
        if (started == null) {
            try {
                started = start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(started.stop(), "stop-test-elasticsearch"));
        }
        return started.httpUri();
    }

    private static Started start() {
        String configured = System.getProperty(URIS_VARIABLE, System.getenv(URIS_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            URI uri = URI.create(configured.split(",")[0].trim().replaceAll("/+$", ""));
            log.info("Elasticsearch for the tests: the configured cluster at {} ({})", uri, URIS_VARIABLE);
            return new Started(uri, () -> { });
        }
        String version = LocalElasticsearchSettings.buildProperty("version");
        if (ContainerNode.isTestcontainersPresent() && ContainerNode.isDockerAvailable()) {
            log.info("Elasticsearch for the tests: a Testcontainers container of Elasticsearch {} (Docker answers)", version);
            Started container = ContainerNode.start(version);
            log.info("Elasticsearch for the tests is up at {}", container.httpUri());
            return container;
        }
        return startLocal();
    }

    private static Started startLocal() {
        LocalElasticsearchSettings settings = LocalElasticsearchSettings.defaults()
                .withInstanceName("test-" + ProcessHandle.current().pid());
        log.info("Elasticsearch for the tests: a local node on instance {} (no {} and no Docker engine)",
                settings.instanceDirectory(), URIS_VARIABLE);
        deleteAbandonedTestInstances(settings);
        RunningNode node = LocalElasticsearch.start(settings);
        return new Started(node.httpUri(), () -> {
            node.stop();
            LocalElasticsearch.deleteInstance(settings);
        });
    }

    /** Test instances of JVMs that died without cleaning up (killed forks, a stopped debugger). */
    private static void deleteAbandonedTestInstances(LocalElasticsearchSettings settings) {
        if (!Files.isDirectory(settings.baseDirectory())) {
            return;
        }
        try (Stream<Path> dirs = Files.list(settings.baseDirectory())) {
            for (Path dir : dirs.toList()) {
                Matcher name = TEST_INSTANCE.matcher(dir.getFileName().toString());
                if (name.matches() && !isAlive(Long.parseLong(name.group(1))) && Instance.isAbandoned(dir)) {
                    log.info("Deleting the test instance {} of a JVM that is gone", dir);
                    LocalElasticsearch.deleteInstance(settings.withInstanceName(dir.getFileName().toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not clean up old test instances in {}", settings.baseDirectory(), e);
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
