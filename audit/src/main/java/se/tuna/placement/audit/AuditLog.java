package se.tuna.placement.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records accesses to participants' data in the access log, durably, before the caller goes on.
 *
 * <p>Every caller's events go into one queue; a single writer takes whatever has gathered, seals
 * it into this instance's chain and stores it with one bulk request, then lets all those callers
 * go on together (group commit). So many requests at once cost one write, not one each, and the
 * chain's order is the writer's order: no lock, and instances never wait on each other, each
 * writing its own chain. A caller whose events are not stored within the time allowed, or whose
 * batch failed, gets an {@link AuditUnavailableException}: nothing is shown unrecorded.
 *
 * <p>Now and then, and when it stops, it writes its chain's head to the service log: an anchor
 * outside Elasticsearch, against which a chain cut short while the service was down is found.
 */
public final class AuditLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    /** Requests waiting to be written; beyond this the store is too slow and callers are refused at once. */
    private static final int MOST_WAITING = 10_000;
    /** Requests written in one bulk request. */
    private static final int MOST_AT_ONCE = 500;
    /** How often, in entries, the chain's head goes to the service log. */
    private static final long ANCHOR_EVERY = 10_000;

    private final AuditRepository repository;
    private final AuditChain chain;
    private final Clock clock;
    private final Duration patience;
    private final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(MOST_WAITING);
    private final Thread writer;
    private volatile boolean open = true;
    private long anchoredAt;

    /**
     * @param patience how long a caller waits for its events to be stored before it is refused
     */
    public AuditLog(AuditRepository repository, AuditSeal seal, Clock clock, Duration patience) {
        this.repository = repository;
        this.chain = new AuditChain(seal);
        this.clock = clock;
        this.patience = patience;
        this.writer = new Thread(this::writeWhileOpen, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Records the events and returns once they are stored; blocks, so never call it on an event loop. */
    public void record(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Pending pending = new Pending(List.copyOf(events), new CompletableFuture<>());
        if (!open || !waiting.offer(pending)) {
            throw new AuditUnavailableException("The access log is not taking entries now");
        }
        try {
            pending.stored().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AuditUnavailableException("The access log could not store the entries", e.getCause());
        } catch (TimeoutException e) {
            throw new AuditUnavailableException("The access log did not store the entries within " + patience.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException("Interrupted while the access log stored the entries", e);
        }
    }

    /** The last entry this instance knows to be stored, or {@code null} before the first. */
    public synchronized ChainHead acknowledged() {
        return chain.acknowledged();
    }

    /** Writes what is waiting, then stops. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        anchor("stopping");
    }

    private void writeWhileOpen() {
        while (open || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Pending> batch = new ArrayList<>();
                    batch.add(first);
                    waiting.drainTo(batch, MOST_AT_ONCE - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("The access log's writer failed; it goes on", e);
            }
        }
    }

    private void write(List<Pending> batch) {
        List<AuditEvent> events = batch.stream().flatMap(pending -> pending.events().stream()).toList();
        try {
            List<AuditEntry> entries;
            synchronized (this) {
                entries = chain.seal(events, clock.instant().truncatedTo(ChronoUnit.MILLIS), repository::heads);
            }
            repository.append(entries);
            synchronized (this) {
                chain.stored(entries);
            }
            batch.forEach(pending -> pending.stored().complete(null));
            anchorNowAndThen(entries);
        } catch (RuntimeException e) {
            synchronized (this) {
                chain.giveUp();
            }
            log.warn("The access log could not store {} entries ({}); {} requests are refused and a new chain begins",
                    events.size(), e.getClass().getSimpleName(), batch.size());
            batch.forEach(pending -> pending.stored().completeExceptionally(e));
        }
    }

    private void anchorNowAndThen(List<AuditEntry> entries) {
        AuditEntry first = entries.get(0);
        AuditEntry last = entries.get(entries.size() - 1);
        if (first.kind() == AuditEntry.Kind.CHAIN_START) {
            log.info("Access log chain {} begins, after the heads of {} other chains", first.chain(), first.knownHeads().size());
            anchoredAt = 0;
        }
        if (last.sequence() - anchoredAt >= ANCHOR_EVERY) {
            anchor("anchor");
        }
    }

    private void anchor(String why) {
        ChainHead head = acknowledged();
        if (head != null) {
            anchoredAt = head.sequence();
            log.info("Access log {}: chain {} stands at entry {} sealed {}", why, head.chain(), head.sequence(), head.hash());
        }
    }

    private record Pending(List<AuditEvent> events, CompletableFuture<Void> stored) {
    }
}
