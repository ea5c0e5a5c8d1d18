package se.tuna.placement.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import se.tuna.placement.catalog.error.LoggedFailure;

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
 * <p>At every checkpoint the writer records the other chains' heads in its own chain if they
 * have moved on (see {@link AuditChain#checkpoint}): a chain cut short or removed after that is
 * found by the check. Now and then, and when it stops, it writes its own chain's head to the
 * service log: an anchor outside Elasticsearch, for the tail of a chain cut while no instance
 * was running.
 */
public final class AuditLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    /** Requests waiting to be written; beyond this the store is too slow and callers are refused at once. */
    private static final int MOST_WAITING = 10_000;
    /** Entries written in one bulk request, unless one request alone has more. */
    private static final int MOST_ENTRIES_AT_ONCE = 2_000;
    /** How often, in entries, the chain's head goes to the service log. */
    private static final long ANCHOR_EVERY = 10_000;
    /** How often, at least, when the chain has grown. */
    private static final Duration ANCHOR_AFTER = Duration.ofHours(1);

    private final AuditRepository repository;
    private final AuditChain chain;
    private final Clock clock;
    private final Duration patience;
    private final Duration checkpointEvery;
    private final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(MOST_WAITING);
    private final Thread writer;
    private volatile boolean open = true;
    /** The writer's own: where and when the head last went to the service log, when the next checkpoint is due. */
    private volatile ChainHead anchored;
    private volatile Instant anchoredWhen;
    private Instant nextCheckpoint;

    /**
     * @param patience        how long a caller waits for its events to be stored before it is refused
     * @param checkpointEvery how often the other chains' heads are looked at, and recorded if they moved
     */
    public AuditLog(AuditRepository repository, AuditSeal seal, Clock clock, Duration patience, Duration checkpointEvery) {
        this.repository = repository;
        this.chain = new AuditChain(seal);
        this.clock = clock;
        this.patience = patience;
        this.checkpointEvery = checkpointEvery;
        this.anchoredWhen = clock.instant();
        this.nextCheckpoint = anchoredWhen.plus(checkpointEvery);
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

    /** Writes what is waiting, then stops; whatever it could not write in time is refused. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(pending -> pending.stored().completeExceptionally(new AuditUnavailableException("The service is stopping")));
        anchor("stopping");
    }

    private void writeWhileOpen() {
        while (open || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    write(batchFrom(first));
                }
                checkpointWhenDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                // The writer must outlive anything one batch does, or every request after waits in vain.
                log.error("The access log's writer failed; it goes on", LoggedFailure.of(e));
            }
        }
    }

    /** The first request waiting and those behind it, up to a bulk request's worth of entries. */
    private List<Pending> batchFrom(Pending first) {
        List<Pending> batch = new ArrayList<>();
        batch.add(first);
        int entries = first.events().size();
        Pending next;
        while (entries < MOST_ENTRIES_AT_ONCE && (next = waiting.peek()) != null
                && entries + next.events().size() <= MOST_ENTRIES_AT_ONCE) {
            batch.add(waiting.remove());
            entries += next.events().size();
        }
        return batch;
    }

    private void write(List<Pending> batch) {
        List<AuditEvent> events = batch.stream().flatMap(pending -> pending.events().stream()).toList();
        try {
            List<AuditEntry> entries;
            synchronized (this) {
                entries = chain.seal(events, now(), repository::heads);
            }
            store(entries);
            batch.forEach(pending -> pending.stored().complete(null));
        } catch (Throwable e) {
            log.warn("The access log could not store {} entries ({}); {} requests are refused", events.size(),
                    e.getClass().getSimpleName(), batch.size());
            batch.forEach(pending -> pending.stored().completeExceptionally(e));
        }
    }

    private void checkpointWhenDue() {
        Instant now = now();
        if (now.isBefore(nextCheckpoint)) {
            return;
        }
        nextCheckpoint = now.plus(checkpointEvery);
        try {
            List<ChainHead> heads = repository.heads();
            List<AuditEntry> entries;
            synchronized (this) {
                entries = chain.checkpoint(now, heads);
            }
            if (!entries.isEmpty()) {
                store(entries);
            }
        } catch (RuntimeException e) {
            log.warn("The access log could not write a checkpoint ({}); it tries again in {}", e.getClass().getSimpleName(),
                    checkpointEvery);
        }
    }

    /** Stores sealed entries; if that fails, they may or may not be stored, so the next entries begin a new chain. */
    private void store(List<AuditEntry> entries) {
        try {
            repository.append(entries);
        } catch (RuntimeException e) {
            synchronized (this) {
                chain.giveUp();
            }
            throw e;
        }
        synchronized (this) {
            chain.stored(entries);
        }
        anchorNowAndThen(entries);
    }

    private void anchorNowAndThen(List<AuditEntry> entries) {
        AuditEntry first = entries.get(0);
        AuditEntry last = entries.get(entries.size() - 1);
        if (first.kind() == AuditEntry.Kind.CHAIN_START) {
            log.info("Access log chain {} begins, after the heads of {} other chains", first.chain(), first.knownHeads().size());
            anchored = null;
        }
        long since = anchored == null ? last.sequence() + 1 : last.sequence() - anchored.sequence();
        if (since >= ANCHOR_EVERY || !anchoredWhen.plus(ANCHOR_AFTER).isAfter(now())) {
            anchor("anchor");
        }
    }

    private void anchor(String why) {
        ChainHead head = acknowledged();
        if (head != null && !head.equals(anchored)) {
            anchored = head;
            anchoredWhen = now();
            log.info("Access log {}: chain {} stands at entry {} sealed {}", why, head.chain(), head.sequence(), head.hash());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private record Pending(List<AuditEvent> events, CompletableFuture<Void> stored) {
    }
}
