package se.tuna.placement.web.backup;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots of the platform's indices (those starting with the index prefix) into an {@code fs}
 * repository on the embedded node, with Elasticsearch's snapshot and restore: the minimal
 * distribution has no snapshot lifecycle management, so this takes them and prunes them. A snapshot
 * is named after the prefix and the UTC time it was taken, e.g. {@code tuna-2026-12-06t231005z},
 * so names sort as times do; snapshots of other names in the repository (an operator's own) are
 * never touched. One backup at a time.
 */
public class Backups {

    /** The repository's name on the node; docs/operations.md and scripts/restore-backup.sh use it too. */
    public static final String REPOSITORY = "tuna-backups";

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Duration POLL = Duration.ofMillis(200);

    private final ElasticsearchClient client;
    private final Path folder;
    private final String prefix;
    private final int keep;
    private final Clock clock;
    private final Pattern ours;

    /**
     * @param folder the repository's location: the node's {@code path.repo} or a folder under it
     * @param prefix the platform's index prefix: which indices are backed up, and how the snapshots are named
     * @param keep   how many successful snapshots to keep, at least 1
     */
    public Backups(ElasticsearchClient client, Path folder, String prefix, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, was " + keep);
        }
        this.client = client;
        this.folder = folder;
        this.prefix = prefix;
        this.keep = keep;
        this.clock = clock;
        this.ours = Pattern.compile(Pattern.quote(prefix) + "\\d{4}-\\d{2}-\\d{2}t\\d{6}z");
    }

    /**
     * A backup taken.
     *
     * @param name    the snapshot's name
     * @param indices how many indices it holds
     * @param took    how long it took
     * @param pruned  the older (or failed) snapshots deleted after it
     */
    public record Backup(String name, int indices, Duration took, List<String> pruned) {
    }

    /**
     * Takes a snapshot of the platform's indices, waits for it to complete, then prunes to the
     * newest {@code keep} successful ones. Waits for a backup under way to finish first.
     *
     * @throws IllegalStateException when the snapshot did not succeed (it is pruned later)
     */
    public synchronized Backup take() {
        long started = System.nanoTime();
        ensureRepository();
        String name = freshName();
        call(() -> client.snapshot().create(c -> c.repository(REPOSITORY).snapshot(name)
                .indices(prefix + "*")
                .ignoreUnavailable(true)
                .includeGlobalState(false)
                // Polled below rather than waited for in the request: a long snapshot would outlast
                // the client's socket timeout.
                .waitForCompletion(false)));
        SnapshotInfo done = awaitCompletion(name);
        if (!"SUCCESS".equals(done.state())) {
            log.warn("Backup {} ended {} ({}); the previous ones are kept", name, done.state(), done.reason());
            throw new IllegalStateException("Backup " + name + " ended " + done.state());
        }
        List<String> pruned = prune();
        Backup backup = new Backup(name, done.indices().size(), Duration.ofNanos(System.nanoTime() - started), pruned);
        log.info("Backup {} taken into {}: {} indices in {} ms; {} older pruned, the newest {} kept", name, folder,
                backup.indices(), backup.took().toMillis(), pruned.size(), keep);
        return backup;
    }

    /** The platform's snapshots in the repository, oldest first. */
    public List<SnapshotInfo> list() {
        ensureRepository();
        return snapshots();
    }

    private List<SnapshotInfo> snapshots() {
        return call(() -> client.snapshot().get(g -> g.repository(REPOSITORY).snapshot(prefix + "*").ignoreUnavailable(true)))
                .snapshots().stream()
                .filter(snapshot -> ours.matcher(snapshot.snapshot()).matches())
                .sorted(Comparator.comparing(SnapshotInfo::snapshot))
                .toList();
    }

    /** When the newest successful snapshot was taken, if there is one. */
    public Optional<Instant> newest() {
        return list().stream()
                .filter(snapshot -> "SUCCESS".equals(snapshot.state()))
                .reduce((older, newer) -> newer)
                .map(snapshot -> Instant.ofEpochMilli(snapshot.startTimeInMillis()));
    }

    /**
     * Registers the repository at the folder, or again with the same settings: idempotent, and it
     * puts back a repository someone removed or pointed elsewhere.
     */
    void ensureRepository() {
        call(() -> client.snapshot().createRepository(r -> r.name(REPOSITORY)
                .repository(repository -> repository.fs(fs -> fs.settings(s -> s.location(folder.toString()))))));
    }

    /** Deletes all but the newest {@code keep} successful snapshots of ours; returns the names deleted. */
    List<String> prune() {
        List<SnapshotInfo> snapshots = snapshots();
        List<String> kept = snapshots.stream()
                .filter(snapshot -> "SUCCESS".equals(snapshot.state()))
                .map(SnapshotInfo::snapshot)
                .toList();
        List<String> keepNames = kept.subList(Math.max(0, kept.size() - keep), kept.size());
        List<String> doomed = snapshots.stream()
                .map(SnapshotInfo::snapshot)
                .filter(name -> !keepNames.contains(name))
                .toList();
        if (!doomed.isEmpty()) {
            call(() -> client.snapshot().delete(d -> d.repository(REPOSITORY).snapshot(String.join(",", doomed))));
        }
        return doomed;
    }

    /** The name for a snapshot now; a second one within the same second waits for the next. */
    private String freshName() {
        List<String> existing = snapshots().stream().map(SnapshotInfo::snapshot).toList();
        String name = nameAt(clock.instant());
        while (existing.contains(name)) {
            sleep(Duration.ofMillis(250));
            name = nameAt(clock.instant());
        }
        return name;
    }

    String nameAt(Instant time) {
        // Snapshot names must be lower case.
        return prefix + NAME_TIME.format(time).toLowerCase(Locale.ROOT);
    }

    private SnapshotInfo awaitCompletion(String name) {
        while (true) {
            List<SnapshotInfo> found = call(() -> client.snapshot().get(g -> g.repository(REPOSITORY).snapshot(name)))
                    .snapshots();
            if (!found.isEmpty() && !"IN_PROGRESS".equals(found.get(0).state())) {
                return found.get(0);
            }
            sleep(POLL);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while backing up", e);
        }
    }
}
