package se.tuna.placement.web.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.web.config.BackupProperties;
import se.tuna.placement.web.config.ElasticsearchConfiguration.EmbeddedElasticsearch;
import se.tuna.placement.web.startup.RecurringRun;
import se.tuna.placement.web.startup.StorageStartup;

/**
 * Backs up the embedded default: once the indices are ready, unless the newest backup is younger
 * than {@code tuna.backups.every} (a restart does not take one more), then every
 * {@code tuna.backups.every}, and when an admin asks, on a thread of its own, never two at once. On a
 * configured cluster it does nothing (and refuses an admin's request): the cluster's own snapshot
 * lifecycle does this there.
 */
@Component
class BackupRuns implements StorageStartup.FirstStartTask {

    private static final Logger log = LoggerFactory.getLogger(BackupRuns.class);

    private final Optional<Backups> backups;
    private final Duration every;
    private final Clock clock;
    private final RecurringRun runs;
    private volatile boolean first = true;

    BackupRuns(EmbeddedElasticsearch embedded, ElasticsearchClient client, IndexNames names, BackupProperties properties,
            Clock clock) {
        this.backups = embedded.running()
                ? Optional.of(new Backups(client, embedded.node().backupsDirectory(), names.prefix(), properties.keep(), clock))
                : Optional.empty();
        this.every = properties.every();
        this.clock = clock;
        this.runs = new RecurringRun("backups", every, this::backUp);
    }

    @Override
    public void run() {
        if (backups.isEmpty()) {
            log.info("Backups: a configured cluster is backed up by its own snapshot lifecycle (see docs/operations.md)");
            return;
        }
        runs.start();
    }

    /** One turn: the first (at start) only when the newest backup is older than {@code every}. */
    void backUp() {
        Backups the = backups.orElseThrow();
        if (first) {
            first = false;
            Optional<Instant> newest = the.newest();
            if (newest.isPresent() && newest.get().isAfter(clock.instant().minus(every))) {
                log.info("Backups: the newest was taken at {}; the next comes in {}", newest.get(), every);
                return;
            }
        }
        the.take();
    }

    @PreDestroy
    void stop() {
        runs.close();
    }
}
