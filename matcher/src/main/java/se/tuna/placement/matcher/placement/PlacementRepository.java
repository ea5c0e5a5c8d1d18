package se.tuna.placement.matcher.placement;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.search.Hit;
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

    public Optional<Placement> find(String id) {
        var response = call(() -> client.get(g -> g.index(index).id(id), Placement.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /** A participant's placements in a status, newest first. */
    public List<Placement> ofParticipant(String participantId, PlacementStatus status) {
        var response = call(() -> client.search(s -> s.index(index).size(100)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("participantId").value(participantId)))
                        .filter(f -> f.term(t -> t.field("status").value(status.name())))))
                .sort(o -> o.field(f -> f.field("decidedAt").order(co.elastic.clients.elasticsearch._types.SortOrder.Desc))),
                Placement.class));
        return response.hits().hits().stream().map(Hit::source).toList();
    }
}
