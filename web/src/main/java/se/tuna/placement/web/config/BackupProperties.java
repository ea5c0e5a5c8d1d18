package se.tuna.placement.web.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded default's backups ({@code tuna.backups.*}): snapshots of the platform's indices
 * that the service takes and prunes itself. A configured cluster uses its own snapshot lifecycle
 * instead (docs/operations.md).
 *
 * @param folder where the snapshots go, the node's {@code path.repo} (TUNA_BACKUPS_FOLDER); {@code null}
 *               for {@code backups/} in the node's folder. Best on another disk than the node's data.
 * @param every  how often a snapshot is taken (TUNA_BACKUPS_EVERY), six hours by default: snapshots are
 *               incremental, so one costs little, and a lost disk loses at most a working morning
 * @param keep   how many successful snapshots are kept (TUNA_BACKUPS_KEEP), 28 by default: a week at
 *               six hours, so a mistake noticed days later can still be undone
 */
@ConfigurationProperties("tuna.backups")
public record BackupProperties(Path folder, Duration every, Integer keep) {

    public BackupProperties {
        every = every == null ? Duration.ofHours(6) : every;
        keep = keep == null ? 28 : keep;
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("tuna.backups.every must be positive, was " + every);
        }
        if (keep < 1) {
            throw new IllegalArgumentException("tuna.backups.keep must be at least 1, was " + keep);
        }
    }
}
