package se.tuna.placement.elasticsearch.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local node that is started again when its process dies (a crash, the kernel's out-of-memory
 * killer, a {@code kill -9}): the platform's embedded default, which nobody watches at night.
 * The new process runs on the same instance (the same data folder, so nothing acknowledged is
 * lost) and the same HTTP port (so the service's client simply reconnects). Attempts are spaced
 * by a back-off that doubles from {@link RestartBackoff#first()} up to {@link RestartBackoff#max()},
 * and starts over once a node has stayed up for {@link RestartBackoff#resetAfter()}.
 *
 * <p>Elasticsearch's own lock files need nothing: they are operating-system locks, released by the
 * kernel with the killed process. {@link #stop()} ends the watch before it stops the node, so an
 * orderly stop never triggers a restart. Safe to use from several threads.
 */
public final class SupervisedNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SupervisedNode.class);

    /** What the supervisor is doing. */
    public enum State {
        /** The node's process runs (whether it answers is for a health check to say). */
        RUNNING,
        /** The node's process died; it is being started again. */
        RESTARTING,
        /** Stopped on purpose. */
        STOPPED
    }

    /**
     * How restarts are spaced.
     *
     * @param first      the wait before the first attempt after a death
     * @param max        the longest wait between attempts (the back-off's cap)
     * @param resetAfter how long a node must stay up for the next death to start over at {@code first}
     */
    public record RestartBackoff(Duration first, Duration max, Duration resetAfter) {

        /** 1 s, doubling up to 1 min, starting over after 5 min up. */
        public static final RestartBackoff DEFAULT = new RestartBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofMinutes(5));

        public RestartBackoff {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(resetAfter, "resetAfter");
            if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
                throw new IllegalArgumentException("Need 0 < first <= max, was " + first + " and " + max);
            }
        }

        /** The wait before attempt number {@code attempt} (1 for the first) of a series. */
        Duration delay(int attempt) {
            Duration delay = first;
            for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(max) > 0 ? max : delay;
        }
    }

    /**
     * What a health check shows of the node.
     *
     * @param state      running, restarting or stopped
     * @param pid        the process id of the current (or last) server process
     * @param restarts   how many times the node was started again since the service started
     * @param lastDeath  when the node's process last died unexpectedly, or {@code null}
     * @param lastFailure why the last restart attempt failed, or {@code null}
     */
    public record Status(State state, long pid, int restarts, Instant lastDeath, String lastFailure) {
    }

    private final LocalElasticsearchSettings settings;
    private final RestartBackoff backoff;
    private final Clock clock;
    private final ScheduledExecutorService restarter;
    private final URI httpUri;
    private final Path directory;

    private RunningNode current;
    private Instant currentSince;
    private final Path backupsDirectory;
    private State state = State.RUNNING;
    private int restarts;
    private int attempt;
    private Instant lastDeath;
    private String lastFailure;

    private SupervisedNode(LocalElasticsearchSettings settings, RestartBackoff backoff, Clock clock, RunningNode first) {
        // The port the first start picked is kept: the client knows only this address.
        this.settings = settings.withHttpPort(first.httpUri().getPort());
        this.backoff = backoff;
        this.clock = clock;
        this.httpUri = first.httpUri();
        this.directory = first.directory();
        this.backupsDirectory = first.backupsDirectory();
        this.restarter = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "elasticsearch-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        this.current = first;
        this.currentSince = clock.instant();
    }

    /** Starts the node (as {@link LocalElasticsearch#start}) and watches it from then on. */
    public static SupervisedNode start(LocalElasticsearchSettings settings, RestartBackoff backoff) {
        SupervisedNode supervised = new SupervisedNode(settings, backoff, Clock.systemUTC(), LocalElasticsearch.start(settings));
        supervised.watch(supervised.current);
        log.info("Watching Elasticsearch pid {} at {}: it is started again if it dies", supervised.current.pid(),
                supervised.httpUri);
        return supervised;
    }

    /** Where the node answers HTTP, the same across restarts. */
    public URI httpUri() {
        return httpUri;
    }

    /** The folder of the node's own files (data, logs, settings), the same across restarts. */
    public Path directory() {
        return directory;
    }

    /** The folder snapshots are written to (the node's {@code path.repo}), the same across restarts. */
    public Path backupsDirectory() {
        return backupsDirectory;
    }

    /** The process id of the current server process. */
    public synchronized long pid() {
        return current.pid();
    }

    public synchronized Status status() {
        return new Status(state, current.pid(), restarts, lastDeath, lastFailure);
    }

    /** Ends the watch, then stops the node gracefully; nothing is restarted after this. */
    public void stop() {
        synchronized (this) {
            if (state == State.STOPPED) {
                return;
            }
            state = State.STOPPED;
        }
        // Interrupts a restart under way: a node it was starting is stopped by the start itself.
        restarter.shutdownNow();
        try {
            if (!restarter.awaitTermination(60, TimeUnit.SECONDS)) {
                log.warn("A restart of Elasticsearch at {} did not end within 60 s of the stop", httpUri);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RunningNode last;
        synchronized (this) {
            last = current;
        }
        last.stop();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "SupervisedNode[" + httpUri + ", " + directory + "]";
    }

    private void watch(RunningNode node) {
        node.onExit().thenRun(() -> died(node));
    }

    private synchronized void died(RunningNode node) {
        // A node stopped on purpose (also by its own hook at JVM shutdown) is not restarted.
        if (state == State.STOPPED || node != current || node.stopRequested()) {
            return;
        }
        Instant now = clock.instant();
        if (Duration.between(currentSince, now).compareTo(backoff.resetAfter()) >= 0) {
            attempt = 0;
        }
        state = State.RESTARTING;
        lastDeath = now;
        scheduleRestart("Elasticsearch pid " + node.pid() + " at " + httpUri + " exited unexpectedly (instance "
                + directory + ")", true);
    }

    /** Must hold the lock. */
    private void scheduleRestart(String why, boolean error) {
        attempt++;
        Duration delay = backoff.delay(attempt);
        if (error) {
            log.error("{}; starting it again in {} ms (attempt {})", why, delay.toMillis(), attempt);
        } else {
            log.warn("{}; trying again in {} ms (attempt {})", why, delay.toMillis(), attempt);
        }
        try {
            restarter.schedule(this::restart, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Stopping: nothing more to do.
        }
    }

    private void restart() {
        RunningNode dead;
        synchronized (this) {
            if (state == State.STOPPED) {
                return;
            }
            dead = current;
        }
        long began = System.nanoTime();
        try {
            // Stops what is left of it (the launcher, a server whose launcher died) and releases the instance.
            dead.stop();
            RunningNode fresh = LocalElasticsearch.start(settings);
            synchronized (this) {
                if (state == State.STOPPED) {
                    fresh.stop();
                    return;
                }
                current = fresh;
                currentSince = clock.instant();
                state = State.RUNNING;
                restarts++;
                lastFailure = null;
            }
            watch(fresh);
            log.info("Elasticsearch at {} is running again as pid {} after {} ms (restart {} since the service started)",
                    httpUri, fresh.pid(), (System.nanoTime() - began) / 1_000_000, restarts);
        } catch (RuntimeException e) {
            synchronized (this) {
                if (state == State.STOPPED) {
                    return;
                }
                lastFailure = firstLine(e.getMessage());
                log.debug("Restart of Elasticsearch at {} failed", httpUri, e);
                scheduleRestart("Starting Elasticsearch at " + httpUri + " again failed: " + lastFailure, false);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
