package se.tuna.placement.elasticsearch.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started local node. {@link #stop()} (or {@link #close()}) stops it gracefully; a JVM
 * shutdown hook does the same if nobody did, so the node never outlives the process that
 * started it. Safe to use from several threads.
 */
public final class RunningNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningNode.class);

    private static final long GRACEFUL_STOP_SECONDS = 30;
    private static final long FORCED_STOP_SECONDS = 10;

    private final URI httpUri;
    private final Process launcher;
    private final Optional<ProcessHandle> node;
    private final Instance instance;
    private final Path backupsDirectory;
    private final Thread shutdownHook;
    private volatile boolean stopped;

    RunningNode(URI httpUri, Process launcher, Optional<ProcessHandle> node, Instance instance, Path backupsDirectory) {
        this.httpUri = httpUri;
        this.backupsDirectory = backupsDirectory;
        this.launcher = launcher;
        this.node = node;
        this.instance = instance;
        this.shutdownHook = new Thread(this::stopAtShutdown, "stop-elasticsearch-" + launcher.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Where the node answers HTTP: {@code http://127.0.0.1:<port>}, no security. */
    public URI httpUri() {
        return httpUri;
    }

    /** The folder of this node's own files: its data, logs and settings. */
    public Path directory() {
        return instance.dir();
    }

    /**
     * The node's {@code path.repo}: an {@code fs} snapshot repository may be registered at this
     * folder (or under it), and the node's user may write there.
     */
    public Path backupsDirectory() {
        return backupsDirectory;
    }

    /** The process id of the Elasticsearch server (the one in its pid file). */
    public long pid() {
        return node.map(ProcessHandle::pid).orElse(launcher.pid());
    }

    /** Whether the node's process is still running. */
    public boolean isRunning() {
        return node.map(ProcessHandle::isAlive).orElse(launcher.isAlive());
    }

    /** Whether {@link #stop()} was called: an exit after it is no accident. */
    public boolean stopRequested() {
        return stopped;
    }

    /**
     * Completes when the node is gone: its server process or the launcher that runs it has
     * exited (for whatever reason: a stop, a crash, a kill).
     */
    public CompletableFuture<Void> onExit() {
        CompletableFuture<?> launcherExit = launcher.onExit();
        return node.<CompletableFuture<Void>>map(server -> CompletableFuture.anyOf(server.onExit(), launcherExit)
                        .thenApply(exited -> null))
                .orElseGet(() -> launcherExit.thenApply(exited -> null));
    }

    /**
     * Stops the node: SIGTERM, up to 30 s for a clean shutdown (the data stays usable), then a
     * kill. Returns at once if already stopped; a concurrent call waits for the first one.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running (maybe this very call).
        }
        long started = System.nanoTime();
        terminate();
        instance.release();
        log.info("Stopped Elasticsearch pid {} ({}) in {} ms", pid(), instance.dir(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Same as {@link #stop()}, for try-with-resources and Spring's inferred destroy method. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "RunningNode[" + httpUri + ", pid " + pid() + ", " + instance.dir() + "]";
    }

    private void stopAtShutdown() {
        stop();
    }

    private void terminate() {
        // The launcher stops the server gracefully on SIGTERM and exits after it, as with Ctrl-C.
        launcher.destroy();
        if (awaitExit(GRACEFUL_STOP_SECONDS)) {
            return;
        }
        log.warn("Elasticsearch pid {} did not stop within {} s; killing it", pid(), GRACEFUL_STOP_SECONDS);
        node.ifPresent(ProcessHandle::destroyForcibly);
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
        if (!awaitExit(FORCED_STOP_SECONDS)) {
            log.error("Elasticsearch pid {} is still running after a kill", pid());
        }
    }

    private boolean awaitExit(long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try {
            if (!launcher.waitFor(seconds, TimeUnit.SECONDS)) {
                return false;
            }
            if (node.isPresent() && node.get().isAlive()) {
                // The launcher is gone but the server is not (e.g. it was killed): stop it directly.
                node.get().destroy();
                node.get().onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !isRunning();
        }
    }
}
