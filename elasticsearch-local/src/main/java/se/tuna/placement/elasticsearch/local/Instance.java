package se.tuna.placement.elasticsearch.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's own files under {@code <base>/<instance>}: {@code config/} (copied from the
 * distribution on the first start, then kept), {@code data/} (kept across restarts), {@code logs/}
 * and {@code tmp/}. While a node runs, this JVM holds {@code instance.lock}, so a second process
 * can neither start the same instance nor mistake its node for a leftover.
 */
final class Instance {

    private static final Logger log = LoggerFactory.getLogger(Instance.class);

    static final String CLUSTER_NAME = "tuna-local";
    private static final String BLOCK_BEGIN = "# BEGIN managed by TUNA's LocalElasticsearch: rewritten at every start";
    private static final String BLOCK_END = "# END managed by TUNA's LocalElasticsearch";

    // Closing any channel to a locked file drops this JVM's POSIX lock on it, so this JVM must
    // never open the lock file of an instance it holds: it remembers them here.
    private static final Set<Path> LOCKED_HERE = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final String name;
    private final FileChannel lockChannel;
    private boolean released;

    private Instance(Path dir, String name, FileChannel lockChannel) {
        this.dir = dir;
        this.name = name;
        this.lockChannel = lockChannel;
    }

    /** Takes the lock of an existing instance folder; fails if another node of it runs. */
    static Instance open(LocalElasticsearchSettings settings) {
        Path dir = settings.instanceDirectory();
        if (!LOCKED_HERE.add(dir)) {
            throw inUse(dir);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve("instance.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (tryLock(channel).isEmpty()) {
                throw inUse(dir);
            }
            return new Instance(dir, settings.instanceName(), channel);
        } catch (IOException e) {
            closeQuietly(channel);
            LOCKED_HERE.remove(dir);
            throw new LocalElasticsearchException("Cannot lock " + dir + ": " + e, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            LOCKED_HERE.remove(dir);
            throw e;
        }
    }

    private static LocalElasticsearchException inUse(Path dir) {
        return new LocalElasticsearchException("The Elasticsearch instance " + dir + " is in use by another running"
                + " node. Stop that one first or choose another instance name (setting instanceName).");
    }

    /**
     * Whether no process holds the instance's lock, i.e. no node of it was started by a process
     * that is still alive (a node may still run on as an orphan: see {@link #stopLeftoverNode()}).
     */
    static boolean isAbandoned(Path dir) {
        if (LOCKED_HERE.contains(dir)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(dir.resolve("instance.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            return tryLock(channel).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    Path dir() {
        return dir;
    }

    Path config() {
        return dir.resolve("config");
    }

    Path data() {
        return dir.resolve("data");
    }

    Path logs() {
        return dir.resolve("logs");
    }

    Path tmp() {
        return dir.resolve("tmp");
    }

    Path pidFile() {
        return dir.resolve("elasticsearch.pid");
    }

    Path consoleLog() {
        return logs().resolve("console.log");
    }

    /**
     * Stops a node that an earlier process started from this instance and left running (it was
     * killed before it could stop it): the orphan holds the data directory's lock.
     */
    void stopLeftoverNode() {
        Optional<ProcessHandle> leftover = readPid(pidFile()).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(Instance::isElasticsearch);
        if (leftover.isPresent()) {
            ProcessHandle node = leftover.get();
            log.warn("Stopping Elasticsearch pid {} left running from {} by an earlier process", node.pid(), dir);
            node.destroy();
            try {
                node.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                node.destroyForcibly();
            } catch (Exception e) {
                throw new LocalElasticsearchException("Cannot stop the leftover Elasticsearch pid " + node.pid()
                        + " of " + dir + ": " + e, e);
            }
        }
    }

    /**
     * Writes this start's settings: copies {@code config/} from the distribution the first time,
     * then replaces only our block of {@code elasticsearch.yml} (ports change at every start).
     *
     * @param backups the node's {@code path.repo}, created if missing
     * @param cluster its place in a cluster of local nodes, or {@code null} for a single node
     * @return the HTTP port the node will listen on
     */
    int configure(Distribution distribution, int httpPort, Path backups, ClusterMembership cluster) {
        try {
            for (Path folder : new Path[] {data(), logs(), tmp(), backups}) {
                Files.createDirectories(folder);
            }
            copyConfigOnce(distribution.home().resolve("config"));
            int[] ports = freePorts(httpPort);
            if (cluster != null) {
                // The other nodes look for this one at its own fixed transport port.
                ports[1] = cluster.transportPort();
            }
            writeManagedSettings(ports[0], ports[1], backups, cluster);
            // Elasticsearch removes its pid file when it stops; one that is left is stale.
            Files.deleteIfExists(pidFile());
            return ports[0];
        } catch (IOException e) {
            throw new LocalElasticsearchException("Cannot prepare the Elasticsearch instance " + dir + ": " + e, e);
        }
    }

    /** Releases the instance for other processes, once its node has stopped. */
    synchronized void release() {
        if (!released) {
            released = true;
            closeQuietly(lockChannel);
            LOCKED_HERE.remove(dir);
        }
    }

    private void copyConfigOnce(Path source) throws IOException {
        if (Files.exists(config().resolve("elasticsearch.yml"))) {
            return;
        }
        // Copied beside and moved in, so an interrupted copy is not taken for a config.
        Path partial = dir.resolve("config.partial");
        Distribution.deleteRecursively(partial);
        Distribution.deleteRecursively(config());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, partial.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.move(partial, config(), StandardCopyOption.ATOMIC_MOVE);
    }

    private void writeManagedSettings(int httpPort, int transportPort, Path backups, ClusterMembership cluster)
            throws IOException {
        Path yml = config().resolve("elasticsearch.yml");
        String kept = withoutManagedBlock(Files.readString(yml, StandardCharsets.UTF_8));
        String discovery = cluster == null
                ? "discovery.type: single-node"
                : String.join("\n",
                        "discovery.seed_hosts: " + cluster.seedTransportPorts().stream()
                                .map(port -> quoted("127.0.0.1:" + port)).toList(),
                        "cluster.initial_master_nodes: " + cluster.initialMasterNodes().stream()
                                .map(Instance::quoted).toList());
        String block = String.join("\n",
                BLOCK_BEGIN,
                "cluster.name: " + (cluster == null ? CLUSTER_NAME : cluster.clusterName()),
                "node.name: " + quoted(name),
                // Without it the first start turns on TLS and passwords, and rewrites this file.
                "xpack.security.enabled: false",
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + transportPort,
                discovery,
                // Disks of development machines are often nearly full; the node must not go read-only.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "path.data: " + quoted(data().toString()),
                "path.logs: " + quoted(logs().toString()),
                // Snapshot repositories of type fs may live only under path.repo.
                "path.repo: " + quoted(backups.toString()),
                BLOCK_END,
                "");
        Files.writeString(yml, kept + block, StandardCharsets.UTF_8);
    }

    private static String withoutManagedBlock(String yml) {
        int begin = yml.indexOf(BLOCK_BEGIN);
        int end = yml.indexOf(BLOCK_END);
        if (begin < 0 || end < begin) {
            return yml.endsWith("\n") || yml.isEmpty() ? yml : yml + "\n";
        }
        return yml.substring(0, begin) + yml.substring(end + BLOCK_END.length()).stripLeading();
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** HTTP (the configured one unless 0) and transport ports, both free at this moment. */
    private static int[] freePorts(int httpPort) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        // Both sockets are open at once, so the two ports differ.
        try (ServerSocket first = new ServerSocket(0, 1, loopback);
                ServerSocket second = new ServerSocket(0, 1, loopback)) {
            return new int[] {httpPort == 0 ? first.getLocalPort() : httpPort, second.getLocalPort()};
        }
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isElasticsearch(ProcessHandle process) {
        String commandLine = process.info().commandLine().orElseGet(() -> procCommandLine(process.pid()));
        return commandLine.contains("org.elasticsearch");
    }

    private static String procCommandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<FileLock> tryLock(FileChannel channel) throws IOException {
        try {
            return Optional.ofNullable(channel.tryLock());
        } catch (OverlappingFileLockException e) {
            // Held by this very JVM: in use as well.
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("Closing {} failed", channel, e);
            }
        }
    }
}
