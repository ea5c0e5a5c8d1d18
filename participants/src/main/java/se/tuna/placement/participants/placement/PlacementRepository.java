package se.tuna.placement.participants.placement;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;

/** Stores placements in the {@code placements} index; one document per participant and slot. */
public class PlacementRepository {

    public static final IndexDefinition PLACEMENTS = new IndexDefinition("placements", 1, "elasticsearch/placements-v1.json");

    private final ElasticsearchClient client;
    private final String index;

    public PlacementRepository(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.index = names.alias(PLACEMENTS);
    }

    /** Stores a new placement; throws a version conflict if one with its id exists. */
    public void create(Placement placement) {
        call(() -> client.create(c -> c.index(index).requireAlias(true).id(placement.id()).document(placement).refresh(Refresh.WaitFor)));
    }

    /** Stores a placement's new state over the old one. */
    public void replace(Placement placement) {
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(placement.id()).document(placement)
                .refresh(Refresh.WaitFor)));
    }

    /** Takes back a placement that could not be completed (its seat could not be booked). */
    public void delete(String id) {
        call(() -> client.delete(d -> d.index(index).id(id).refresh(Refresh.WaitFor)));
    }

    public Optional<Placement> find(String id) {
        var response = call(() -> client.get(g -> g.index(index).id(id), Placement.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }
}
