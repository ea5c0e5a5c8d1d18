package se.tuna.placement.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

/**
 * Every index the platform makes keeps a replica wherever a second node can hold it
 * ({@code auto_expand_replicas}), and one an older version made without (no replica) is brought to it at
 * start; a replica setting an operator chose is left alone.
 * On the test JVM's single node that means no replica and a green index.
 */
@RealElasticsearch
class IndexReplicasIntegrationTest {

    private final ElasticsearchClient client =
            ElasticsearchClientFactory.create(ElasticsearchConnection.local(ElasticsearchExtension.httpUri()));

    @AfterEach
    void closeClient() throws IOException {
        client._transport().close();
    }

    @Test
    void aNewIndexAutoExpandsItsReplicasAndKeepsTheRestOfItsSettings() throws IOException {
        IndexNames names = new IndexNames(ElasticsearchExtension.indexPrefix(IndexReplicasIntegrationTest.class) + "new-");
        new IndexManager(client, names).ensure(CatalogIndices.ALL);

        String slots = CatalogIndices.SLOTS.concreteIndex(names.prefix());
        IndexSettings settings = settingsOf(slots);
        assertThat(settings.autoExpandReplicas()).isEqualTo("0-1");
        assertThat(settings.numberOfReplicas()).as("on a single node").isEqualTo("0");
        assertThat(settings.numberOfShards()).isEqualTo("1");
        assertThat(settings.refreshInterval().time()).as("the resource's other settings").isEqualTo("1s");
        assertThat(client.cluster().health(h -> h.index(slots).waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Green)
                .timeout(t -> t.time("10s"))).timedOut()).as("green on one node").isFalse();
    }

    @Test
    void anIndexOfAnOlderVersionWithoutReplicasGetsThemAtStart() throws IOException {
        IndexNames names = new IndexNames(ElasticsearchExtension.indexPrefix(IndexReplicasIntegrationTest.class) + "old-");
        String employers = CatalogIndices.EMPLOYERS.concreteIndex(names.prefix());
        // As the platform created its indices before replicas: a fixed number, none.
        client.indices().create(c -> c.index(employers).settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .aliases(CatalogIndices.EMPLOYERS.alias(names.prefix()), a -> a));
        assertThat(settingsOf(employers).autoExpandReplicas()).isNull();

        new IndexManager(client, names, new IndexReplicas("0-all")).ensure(CatalogIndices.ALL);
        assertThat(settingsOf(employers).autoExpandReplicas()).isEqualTo("0-all");

        // Another start with the default: an auto-expand range, once set, is left as it is.
        new IndexManager(client, names).ensure(CatalogIndices.ALL);
        assertThat(settingsOf(employers).autoExpandReplicas()).isEqualTo("0-all");
    }

    @Test
    void anOperatorsOwnReplicaSettingIsLeftAlone() throws IOException {
        IndexNames names = new IndexNames(ElasticsearchExtension.indexPrefix(IndexReplicasIntegrationTest.class) + "chosen-");
        String employers = CatalogIndices.EMPLOYERS.concreteIndex(names.prefix());
        String slots = CatalogIndices.SLOTS.concreteIndex(names.prefix());
        // An operator wants two replicas of the employers, a fixed number without auto-expand (yellow on one node),
        client.indices().create(c -> c.index(employers).settings(s -> s.numberOfShards("1").numberOfReplicas("2"))
                .aliases(CatalogIndices.EMPLOYERS.alias(names.prefix()), a -> a));
        // and the slots on every node.
        new IndexManager(client, names).ensure(CatalogIndices.SLOTS);
        client.indices().putSettings(p -> p.index(slots).settings(s -> s.autoExpandReplicas("0-all")));

        new IndexManager(client, names).ensure(CatalogIndices.ALL);

        assertThat(settingsOf(employers).numberOfReplicas()).isEqualTo("2");
        assertThat(settingsOf(employers).autoExpandReplicas()).isNull();
        assertThat(settingsOf(slots).autoExpandReplicas()).isEqualTo("0-all");
    }

    @Test
    void aReplicaSettingMustBeARange() {
        assertThat(new IndexReplicas(" 1-2 ").autoExpand()).isEqualTo("1-2");
        for (String wrong : new String[] {"1", "all", "2-1", "0-1,", "-1", ""}) {
            assertThatThrownBy(() -> new IndexReplicas(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private IndexSettings settingsOf(String index) throws IOException {
        IndexSettings settings = client.indices().getSettings(g -> g.index(index)).result().get(index).settings();
        return settings.index() != null ? settings.index() : settings;
    }
}
