package se.tuna.placement.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.tuna.placement.web.WebIntegrationTest;

/**
 * The web tests' service runs on a configured cluster, which the service does not back up (the
 * cluster's own snapshot lifecycle does): an admin asking for a backup hears so.
 */
class BackupApiIntegrationTest extends WebIntegrationTest {

    @Test
    void onAConfiguredClusterABackupAskedForIsRefusedWithAConflict() {
        http.post().uri("/api/admin/backups").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("snapshot lifecycle"));
    }
}
