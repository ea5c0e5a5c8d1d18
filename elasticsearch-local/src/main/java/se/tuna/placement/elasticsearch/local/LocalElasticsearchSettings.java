package se.tuna.placement.elasticsearch.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * How to run the local node: where its files live, which instance, heap, port, which distribution
 * and plugin, and as whom. Start from {@link #defaults()} and change what differs with the
 * {@code with...} methods; every component is a plain value so a Spring
 * {@code @ConfigurationProperties} record maps onto it directly.
 *
 * @param baseDirectory where the installed distribution ({@code dist/}) and the instances live
 * @param instanceName  sub-folder of the base directory holding config, data, logs and tmp; the
 *                      data survives restarts of the same instance
 * @param heap          the node's heap ({@code -Xms} = {@code -Xmx}), e.g. {@code 512m}
 * @param httpPort      HTTP port on 127.0.0.1; 0 picks a free one at every start
 * @param distribution  Elastic's unpacked distribution; {@code null} when the build did not say
 * @param swedishPlugin the Swedish analysis plugin zip; {@code null} when the build did not say
 * @param runAsUser     the system user that runs the node when we are root (unused otherwise)
 * @param javaHome      the JVM that runs the node (the distribution bundles none)
 * @param startTimeout  how long to wait for the node to answer yellow or green
 * @param backupsDirectory the node's {@code path.repo}, where snapshot repositories may live;
 *                      {@code null} for {@code <base>/<instance>/backups}
 * @param cluster       the node's place in a cluster of local nodes; {@code null} (the default)
 *                      for a single-node cluster
 */
public record LocalElasticsearchSettings(
        Path baseDirectory,
        String instanceName,
        String heap,
        int httpPort,
        Path distribution,
        Path swedishPlugin,
        String runAsUser,
        Path javaHome,
        Duration startTimeout,
        Path backupsDirectory,
        ClusterMembership cluster) {

    /** Written by the build (resource filtering) next to the classes. */
    static final String BUILD_PROPERTIES = "tuna-elasticsearch-local.properties";
    /** Prefix of system properties that override what the build wrote. */
    static final String OVERRIDE_PREFIX = "tuna.elasticsearch.local.";

    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]");
    // A folder name, nothing that could climb out of the base directory.
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public LocalElasticsearchSettings {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(heap, "heap");
        Objects.requireNonNull(runAsUser, "runAsUser");
        Objects.requireNonNull(javaHome, "javaHome");
        Objects.requireNonNull(startTimeout, "startTimeout");
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        backupsDirectory = backupsDirectory == null ? null : backupsDirectory.toAbsolutePath().normalize();
        if (!INSTANCE.matcher(instanceName).matches() || instanceName.equals(Distribution.DIST_FOLDER)) {
            throw new IllegalArgumentException("instanceName must be a plain folder name other than '"
                    + Distribution.DIST_FOLDER + "', was '" + instanceName + "'");
        }
        if (!HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException("heap must look like 512m or 2g, was '" + heap + "'");
        }
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("httpPort must be 0 (free port) or 1-65535, was " + httpPort);
        }
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
        }
    }

    /**
     * The defaults: base directory {@code /var/lib/tuna/elasticsearch} as root, otherwise
     * {@code ~/.local/share/tuna/elasticsearch}; instance {@code node}; heap 512m; a free HTTP
     * port; the distribution and plugin the build prepared (system properties
     * {@code tuna.elasticsearch.local.distribution} and {@code ...swedish-plugin} override them);
     * run-as user {@code tuna-es}; this JVM's {@code java.home}; 120 s to start; backups in the
     * instance's {@code backups/}.
     */
    public static LocalElasticsearchSettings defaults() {
        Properties build = buildProperties();
        return new LocalElasticsearchSettings(
                defaultBaseDirectory(),
                "node",
                "512m",
                0,
                location(build, "distribution"),
                location(build, "swedish-plugin"),
                "tuna-es",
                Path.of(System.getProperty("java.home")),
                Duration.ofSeconds(120),
                null,
                null);
    }

    public LocalElasticsearchSettings withBaseDirectory(Path baseDirectory) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    public LocalElasticsearchSettings withInstanceName(String instanceName) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    public LocalElasticsearchSettings withHeap(String heap) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    public LocalElasticsearchSettings withHttpPort(int httpPort) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    public LocalElasticsearchSettings withDistribution(Path distribution) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    public LocalElasticsearchSettings withSwedishPlugin(Path swedishPlugin) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    public LocalElasticsearchSettings withRunAsUser(String runAsUser) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    public LocalElasticsearchSettings withJavaHome(Path javaHome) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    public LocalElasticsearchSettings withStartTimeout(Duration startTimeout) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    /**
     * Where the node may keep snapshot repositories ({@code path.repo}): best on another disk
     * than the data, so that losing one does not lose both.
     */
    public LocalElasticsearchSettings withBackupsDirectory(Path backupsDirectory) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    /**
     * A node of a cluster of local nodes rather than a single-node cluster; {@link LocalCluster}
     * starts a whole one.
     */
    public LocalElasticsearchSettings withCluster(ClusterMembership cluster) {
        return new LocalElasticsearchSettings(baseDirectory, instanceName, heap, httpPort, distribution,
                swedishPlugin, runAsUser, javaHome, startTimeout, backupsDirectory, cluster);
    }

    /** The node's {@code path.repo}: the configured folder, else {@code <base>/<instance>/backups}. */
    public Path effectiveBackupsDirectory() {
        return backupsDirectory != null ? backupsDirectory : instanceDirectory().resolve("backups");
    }

    /** {@code <base>/<instance>}: config, data, logs and tmp of this node. */
    Path instanceDirectory() {
        return baseDirectory.resolve(instanceName);
    }

    static Path defaultBaseDirectory() {
        // Root gets a system location (the service's data belongs in /var/lib); anyone else a
        // folder in their home that needs no privileges.
        return NodeUser.currentUserIsRoot()
                ? Path.of("/var/lib/tuna/elasticsearch")
                : Path.of(System.getProperty("user.home"), ".local", "share", "tuna", "elasticsearch");
    }

    /** A value the build wrote, e.g. {@code version}; empty if it wrote none. */
    static String buildProperty(String key) {
        return buildProperties().getProperty(key, "");
    }

    private static Path location(Properties build, String key) {
        String value = System.getProperty(OVERRIDE_PREFIX + key, build.getProperty(key));
        // An unfiltered "@...@" means the file was not produced by the build.
        return value == null || value.isBlank() || value.contains("@") ? null : Path.of(value.trim());
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = LocalElasticsearchSettings.class.getClassLoader().getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILD_PROPERTIES, e);
        }
        return properties;
    }
}
