package se.tuna.placement.elasticsearch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starts its own nodes, on throw-away instances: it stops and restarts them. */
class LocalElasticsearchTest {

    private final LocalElasticsearchSettings settings = LocalElasticsearchSettings.defaults()
            .withInstanceName("test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());

    @AfterEach
    void deleteInstance() {
        LocalElasticsearch.deleteInstance(settings);
    }

    @Test
    void dataSurvivesARestart() {
        try (RunningNode node = LocalElasticsearch.start(settings)) {
            PlainHttp.Response indexed = PlainHttp.send(node.httpUri(), "PUT", "/placements/_doc/1?refresh=true",
                    "{\"employer\": \"Cykelverkstan i Eskilstuna\"}");
            assertThat(indexed.status()).as(indexed.body()).isEqualTo(201);
        }

        try (RunningNode node = LocalElasticsearch.start(settings)) {
            PlainHttp.Response found = PlainHttp.get(node.httpUri(), "/placements/_doc/1");
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            assertThat(found.body()).contains("Cykelverkstan i Eskilstuna");
        }
    }

    @Test
    void stopIsIdempotent() {
        RunningNode node = LocalElasticsearch.start(settings);

        node.stop();

        assertThatCode(node::stop).doesNotThrowAnyException();
        assertThat(node.isRunning()).isFalse();
        assertThat(ProcessHandle.of(node.pid()).filter(ProcessHandle::isAlive)).isEmpty();
    }
}
