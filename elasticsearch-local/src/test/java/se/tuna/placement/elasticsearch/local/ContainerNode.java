package se.tuna.placement.elasticsearch.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The node as a Testcontainers container. Kept apart, and reached only after checking that
 * Testcontainers is on the classpath, so modules without it still get the local node.
 */
final class ContainerNode {

    private ContainerNode() {
    }

    static boolean isTestcontainersPresent() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, ContainerNode.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static boolean isDockerAvailable() {
        if (!mayHaveDocker()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            // A Testcontainers without all of its runtime dependencies: no Docker for us.
            return false;
        }
    }

    /**
     * Whether asking Testcontainers is worth it: a Docker socket exists, or the environment or
     * Testcontainers' own settings point at an engine. Without, Testcontainers would only log an
     * alarming error block on every test JVM before saying no.
     */
    private static boolean mayHaveDocker() {
        return System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
    }

    /** Starts the container; returns its HTTP address and what stops it. */
    static SharedNode.Started start(String version) {
        @SuppressWarnings("resource") // stopped by the returned closer, at the end of the test JVM
        ElasticsearchContainer container = new ElasticsearchContainer(
                DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch:" + version))
                // The same plain-HTTP, no-password node as the local one.
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .withEnv("cluster.routing.allocation.disk.threshold_enabled", "false");
        container.start();
        return new SharedNode.Started(URI.create("http://" + container.getHttpHostAddress()), container::stop);
    }
}
