package se.tuna.placement.web.backup;

import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;
import se.tuna.placement.web.shared.ApiController;

/**
 * The embedded default's backups for an admin: the list, and one taken at once. On a configured
 * cluster both answer 409: its own snapshot lifecycle backs it up.
 */
@ApiController("/api/admin/backups")
@Tag(name = "Admin", description = "Säkerhetskopior av den inbyggda Elasticsearch")
class BackupController {

    private final BackupRuns runs;

    BackupController(BackupRuns runs) {
        this.runs = runs;
    }

    /**
     * A backup in the repository.
     *
     * @param name    the snapshot's name, which the restore command takes
     * @param state   {@code SUCCESS}, or {@code PARTIAL}/{@code FAILED} until pruned
     * @param takenAt when it was started
     * @param indices how many indices it holds
     */
    record BackupSummary(String name, String state, Instant takenAt, int indices) {
    }

    /**
     * A backup just taken.
     *
     * @param name       the snapshot's name
     * @param indices    how many indices it holds
     * @param tookMillis how long it took
     * @param pruned     the older snapshots deleted after it
     */
    record BackupTaken(String name, int indices, long tookMillis, List<String> pruned) {
    }

    @GetMapping
    @Operation(summary = "The backups, oldest first")
    Mono<List<BackupSummary>> list() {
        return runs.list().map(snapshots -> snapshots.stream().map(BackupController::summary).toList());
    }

    @PostMapping
    @Operation(summary = "Take one now", description = "After any backup under way; prunes to the newest "
            + "tuna.backups.keep like a scheduled one.")
    Mono<BackupTaken> takeNow() {
        return runs.takeNow().map(backup -> new BackupTaken(backup.name(), backup.indices(), backup.took().toMillis(),
                backup.pruned()));
    }

    private static BackupSummary summary(SnapshotInfo snapshot) {
        Instant takenAt = snapshot.startTimeInMillis() == null ? null : Instant.ofEpochMilli(snapshot.startTimeInMillis());
        return new BackupSummary(snapshot.snapshot(), snapshot.state(), takenAt, snapshot.indices().size());
    }
}
