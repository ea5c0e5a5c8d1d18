package se.tuna.placement.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.store.CatalogIndices;
import se.tuna.placement.catalog.store.ElasticsearchClientFactory;
import se.tuna.placement.catalog.store.ElasticsearchConnection;
import se.tuna.placement.catalog.store.IndexManager;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.LocalElasticsearch;
import se.tuna.placement.elasticsearch.local.LocalElasticsearchSettings;
import se.tuna.placement.elasticsearch.local.RunningNode;
import se.tuna.placement.elasticsearch.local.SupervisedNode;
import se.tuna.placement.elasticsearch.local.ThrowAwayBaseDirectory;
import se.tuna.placement.web.config.BackupProperties;
import se.tuna.placement.web.config.ElasticsearchConfiguration.EmbeddedElasticsearch;

/**
 * Backups of the embedded default on nodes of its own (a fresh node is the point, so the test JVM's
 * shared node will not do): the platform's indices as production creates them, snapshots through
 * {@link Backups}, and the restore through the documented script, scripts/restore-backup.sh.
 */
class BackupsIntegrationTest {

    private static final IndexNames NAMES = IndexNames.DEFAULT;
    private static final Path RESTORE_SCRIPT = Path.of("..", "scripts", "restore-backup.sh").toAbsolutePath().normalize();

    private static Path base;
    /** The node the service would run: supervised, as the embedded default is. */
    private static SupervisedNode first;

    @BeforeAll
    static void firstNode() {
        base = ThrowAwayBaseDirectory.forThisJvm("backups");
        first = SupervisedNode.start(settings("first"), SupervisedNode.RestartBackoff.DEFAULT);
    }

    @AfterAll
    static void stopAndDelete() {
        if (first != null) {
            first.stop();
        }
        ThrowAwayBaseDirectory.delete(base);
    }

    @Test
    void aSnapshotRestoredIntoAFreshNodeHoldsTheData() throws Exception {
        String snapshot;
        try (Client client = new Client(first.httpUri())) {
            new IndexManager(client.es, NAMES).ensure(CatalogIndices.ALL);
            client.es.index(i -> i.index(NAMES.alias(CatalogIndices.EMPLOYERS)).id("employer-1")
                    .document(Map.of("id", "employer-1", "name", "Cykelverkstan i Eskilstuna"))
                    .refresh(Refresh.True));
            snapshot = new Backups(client.es, first.backupsDirectory(), NAMES.prefix(), 3, Clock.systemUTC()).take().name();
        }

        try (RunningNode fresh = LocalElasticsearch.start(settings("fresh"));
                Client client = new Client(fresh.httpUri())) {
            Process restore = new ProcessBuilder("bash", RESTORE_SCRIPT.toString(), "-d", fresh.directory().toString(), snapshot)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(restore.exitValue()).as(output).isZero();

            var found = client.es.get(g -> g.index(NAMES.alias(CatalogIndices.EMPLOYERS)).id("employer-1"), Map.class);
            assertThat(found.found()).isTrue();
            assertThat(found.source()).containsEntry("name", "Cykelverkstan i Eskilstuna");
        }
    }

    @Test
    void onlyTheNewestSnapshotsAreKeptAndAnOperatorsOwnIsLeftAlone() throws Exception {
        // A prefix of its own on the first node: the other test's snapshots share the repository.
        IndexNames names = new IndexNames("pruning-");
        try (Client client = new Client(first.httpUri())) {
            new IndexManager(client.es, names).ensure(CatalogIndices.ALL);
            Backups backups = new Backups(client.es, first.backupsDirectory(), names.prefix(), 2, new HourlyClock());
            String oldest = backups.take().name();
            client.es.snapshot().create(c -> c.repository(Backups.REPOSITORY).snapshot(names.prefix() + "before-upgrade")
                    .indices(names.prefix() + "*").includeGlobalState(false).waitForCompletion(true));

            String second = backups.take().name();
            String third = backups.take().name();
            Backups.Backup fourth = backups.take();

            assertThat(fourth.pruned()).containsExactly(second);
            assertThat(backups.list()).extracting(SnapshotInfo::snapshot).containsExactly(third, fourth.name());
            assertThat(client.es.snapshot().get(g -> g.repository(Backups.REPOSITORY).snapshot(names.prefix() + "*")).snapshots())
                    .extracting(SnapshotInfo::snapshot)
                    .containsExactlyInAnyOrder(names.prefix() + "before-upgrade", third, fourth.name())
                    .doesNotContain(oldest);
        }
    }

    @Test
    void aRestartTakesNoBackupWhenTheNewestIsYoungerThanTheInterval() throws Exception {
        IndexNames names = new IndexNames("restarts-");
        BackupProperties properties = new BackupProperties(null, Duration.ofHours(6), 5);
        EmbeddedElasticsearch embedded = new EmbeddedElasticsearch(first);
        try (Client client = new Client(first.httpUri())) {
            new IndexManager(client.es, names).ensure(CatalogIndices.ALL);
            Backups backups = new Backups(client.es, first.backupsDirectory(), names.prefix(), 5, Clock.systemUTC());
            BackupRuns firstStart = new BackupRuns(embedded, client.es, names, properties, Clock.systemUTC());
            BackupRuns restart = new BackupRuns(embedded, client.es, names, properties, Clock.systemUTC());
            try {
                firstStart.backUp();
                assertThat(backups.list()).hasSize(1);

                restart.backUp();
                assertThat(backups.list()).as("at the restart's start").hasSize(1);

                restart.backUp();
                assertThat(backups.list()).as("on the restart's schedule").hasSize(2);
            } finally {
                firstStart.stop();
                restart.stop();
            }
        }
    }

    /** Both nodes use one backups folder, as a rebuilt machine would find it on its backup disk. */
    private static LocalElasticsearchSettings settings(String instance) {
        return LocalElasticsearchSettings.defaults()
                .withBaseDirectory(base)
                .withInstanceName(instance)
                .withHeap("384m")
                .withBackupsDirectory(base.resolve("backups"));
    }

    /** The production client on a node, closed with the test. */
    private static final class Client implements AutoCloseable {
        final ElasticsearchClient es;

        Client(URI node) {
            this.es = ElasticsearchClientFactory.create(ElasticsearchConnection.local(node));
        }

        @Override
        public void close() throws IOException {
            es._transport().close();
        }
    }

    /** An hour later at every reading, so that snapshots taken at once get names of their own in order. */
    private static final class HourlyClock extends Clock {
        private final Instant start = Instant.parse("2026-12-06T23:00:00Z");
        private final AtomicInteger readings = new AtomicInteger();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return start.plus(Duration.ofHours(readings.getAndIncrement()));
        }
    }
}
