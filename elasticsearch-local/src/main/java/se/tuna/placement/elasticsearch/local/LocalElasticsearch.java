package se.tuna.placement.elasticsearch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a single-node Elasticsearch from Elastic's distribution, with our Swedish analysis
 * plugin, as a child process bound to 127.0.0.1: the platform's embedded default when no
 * cluster is configured, and the node of integration tests where no Docker engine answers.
 *
 * <p>When we run as root, the node runs as an unprivileged system user (Elasticsearch refuses
 * root). From Spring, declare the node as a bean; Spring stops it through
 * {@link RunningNode#close()}:
 *
 * <pre>{@code
 * @Bean
 * RunningNode localElasticsearch() {
 *     return LocalElasticsearch.start(LocalElasticsearchSettings.defaults());
 * }
 * }</pre>
 */
public final class LocalElasticsearch {

    private LocalElasticsearch() {
    }

    /**
     * Installs the distribution under the base directory if needed, prepares the instance, and
     * starts the node; returns once it is yellow or green.
     *
     * @throws LocalElasticsearchException with what to do, when any step fails
     */
    public static RunningNode start(LocalElasticsearchSettings settings) {
        Prepared node = prepare(settings);
        try {
            return NodeProcess.start(node);
        } catch (RuntimeException e) {
            node.instance().release();
            throw e;
        }
    }

    /** A node ready to launch: installed, its instance locked and configured. */
    record Prepared(LocalElasticsearchSettings settings, Distribution distribution, Instance instance, NodeUser user,
            int httpPort, Path backups) {
    }

    /**
     * Installs the distribution if needed and prepares the instance (locked by this JVM until the
     * node stops, or released here if preparing fails).
     */
    static Prepared prepare(LocalElasticsearchSettings settings) {
        NodeUser user = NodeUser.resolve(settings.runAsUser());
        user.requireTraversable(settings.javaHome(), "javaHome");
        Distribution distribution = Distribution.install(settings, user);
        user.createReachableDirectory(settings.instanceDirectory(), "baseDirectory");
        Path backups = settings.effectiveBackupsDirectory();
        user.createReachableDirectory(backups, "backupsDirectory");
        Instance instance = Instance.open(settings);
        try {
            // An orphan of a killed earlier process would hold the data directory's lock.
            instance.stopLeftoverNode();
            int httpPort = instance.configure(distribution, settings.httpPort(), backups, settings.cluster());
            user.takeOwnership(instance.dir());
            if (!backups.startsWith(instance.dir())) {
                // The node writes its snapshots there.
                user.takeOwnership(backups);
            }
            return new Prepared(settings, distribution, instance, user, httpPort, backups);
        } catch (RuntimeException e) {
            instance.release();
            throw e;
        }
    }

    /**
     * Deletes an instance with its data, after stopping a node of it that an earlier process
     * left running; fails if a live process holds it. For throw-away instances of tests.
     */
    static void deleteInstance(LocalElasticsearchSettings settings) {
        if (!Files.isDirectory(settings.instanceDirectory())) {
            return;
        }
        Instance instance = Instance.open(settings);
        try {
            instance.stopLeftoverNode();
            Distribution.deleteRecursively(instance.dir());
        } catch (IOException e) {
            throw new LocalElasticsearchException("Cannot delete " + instance.dir() + ": " + e, e);
        } finally {
            instance.release();
        }
    }
}
