package se.tuna.placement.participants.stint;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Stores stints in the {@code stints} index. A participant's current stint has an id derived from
 * theirs, so two referrals of the same person, even at the same moment, cannot both succeed; an
 * ended stint is kept under an id of its own when they are referred again. Every change is
 * conditional on the version read. Each write refreshes the index, so lists show it at once.
 */
public class StintRepository {

    public static final IndexDefinition STINTS = new IndexDefinition("stints", 1, "elasticsearch/stints-v1.json");
    /** More stints than one person ever has. */
    private static final int MOST_OF_ONE_PERSON = 100;

    private final ElasticsearchClient client;
    private final String index;
    private final StintDocumentMapper mapper;

    public StintRepository(ElasticsearchClient client, IndexNames names, StintDocumentMapper mapper) {
        this.client = client;
        this.index = names.alias(STINTS);
        this.mapper = mapper;
    }

    /** The id of a participant's current stint. */
    public static String currentIdOf(String participantId) {
        return UUID.nameUUIDFromBytes(("stint:" + participantId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Stores a new stint; a version conflict if one with its id exists. */
    public void create(Stint stint) {
        StintDocument document = mapper.toDocument(stint);
        call(() -> client.create(c -> c.index(index).requireAlias(true).id(stint.id()).document(document).refresh(Refresh.True)));
    }

    /** Stores a stint's new state over the one read at {@code read}; a version conflict if it changed since. */
    public void replace(Stint stint, Versioned<Stint> read) {
        StintDocument document = mapper.toDocument(stint);
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(stint.id()).document(document)
                .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.True)));
    }

    /** Keeps an ended stint under an id of its own (derived from it, so keeping it twice stores nothing twice). */
    public void keepEnded(Stint ended) {
        String keptId = UUID.nameUUIDFromBytes((ended.id() + ":" + ended.stepsInForce().get(0).recorded().at())
                .getBytes(StandardCharsets.UTF_8)).toString();
        StintDocument document = mapper.toDocument(new Stint(keptId, ended.participantId(), ended.site(), ended.gender(), ended.steps()));
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(keptId).document(document).refresh(Refresh.True)));
    }

    public void delete(String id) {
        call(() -> client.delete(d -> d.index(index).id(id).refresh(Refresh.True)));
    }

    public Optional<Versioned<Stint>> find(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(index).id(id), StintDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(mapper.toStint(response.source()), response.seqNo(), response.primaryTerm()));
    }

    /** Every stint of one participant, the newest first. */
    public List<Stint> allOf(String participantId) {
        var response = call(() -> client.search(s -> s.index(index).size(MOST_OF_ONE_PERSON)
                .query(q -> q.term(t -> t.field("participantId").value(participantId)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), StintDocument.class));
        List<Stint> stints = new ArrayList<>(response.hits().hits().stream().map(Hit::source).map(mapper::toStint).toList());
        stints.sort((one, other) -> other.stepsInForce().get(0).on().compareTo(one.stepsInForce().get(0).on()));
        return stints;
    }

    /** One page of the stints at {@code site} (or all sites) at {@code stage} (or any), the earliest referred first. */
    public Page<Stint> list(String site, StintStage stage, int page, int size) {
        List<Query> filters = new ArrayList<>();
        if (site != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("site").value(site))));
        }
        if (stage != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("stage").value(stage.name()))));
        }
        var response = call(() -> client.search(s -> s.index(index).from(page * size).size(size)
                .trackTotalHits(t -> t.enabled(true)).query(q -> q.bool(b -> b.filter(filters)))
                .sort(o -> o.field(f -> f.field("admittedOn").order(SortOrder.Asc).missing("_first")))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), StintDocument.class));
        List<Stint> stints = response.hits().hits().stream().map(Hit::source).map(mapper::toStint).toList();
        return new Page<>(stints, response.hits().total().value(), page, size);
    }
}
