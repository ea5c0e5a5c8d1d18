package se.tuna.placement.web.startup;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;

/**
 * The mark the demo leaves in a node it filled: which seed, when, which participants are the
 * demo's, and whether the demo coaches have them. Only a node with this mark ever gets the demo
 * accounts, so a node holding real data never has an account with the published password, even
 * if the demo is switched on by mistake.
 */
class DemoMarker {

    static final IndexDefinition DEMO = new IndexDefinition("demo", 1, "elasticsearch/demo-v1.json");
    private static final String ID = "demo";

    private final ElasticsearchClient client;
    private final String index;

    DemoMarker(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.index = names.alias(DEMO);
    }

    /**
     * What the demo loaded.
     *
     * @param seed            the generator's seed
     * @param loadedAt        when
     * @param participantIds  the demo participants
     * @param coachesAssigned whether the demo coaches have been given them
     */
    record Demo(long seed, Instant loadedAt, List<String> participantIds, boolean coachesAssigned) {

        Demo withCoachesAssigned() {
            return new Demo(seed, loadedAt, participantIds, true);
        }
    }

    Optional<Demo> find() {
        var response = call(() -> client.get(g -> g.index(index).id(ID), Demo.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    void write(Demo demo) {
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(ID).document(demo).refresh(Refresh.True)));
    }
}
