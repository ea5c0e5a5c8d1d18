package se.tuna.placement.participants.placement;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.store.BulkResult;
import se.tuna.placement.catalog.store.BulkWrite;
import se.tuna.placement.catalog.store.BulkWriter;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.placement.path.Stage;

/**
 * Stores placements in the {@code placements} index; one document per participant and slot.
 *
 * <p>Writes are few, and lists must show them at once, so each write refreshes the index itself
 * ({@code refresh=true}) rather than waiting up to a second for the next scheduled refresh.
 */
public class PlacementRepository {

    /**
     * Version 2 adds who decided by name and what was agreed with the employer; 3 the path's steps and its stage;
     * 4 the choice (which slot was ranked first, which was chosen, and why).
     */
    public static final IndexDefinition PLACEMENTS = new IndexDefinition("placements", 4, "elasticsearch/placements-v4.json");
    /** More placements than one employer ever has at once. */
    private static final int MOST_AT_ONE_EMPLOYER = 1_000;
    /** More placements than one participant has in all their stints. */
    private static final int MOST_OF_ONE_PARTICIPANT = 200;
    /** Placements read per page when scanning. */
    private static final int PAGE = 500;
    /** The stages in which a trial's outcome can be known: extended into work training, or ended. */
    private static final List<FieldValue> OUTCOME_STAGES = List.of(FieldValue.of(Stage.WORK_TRAINING.name()),
            FieldValue.of(Stage.ENDED.name()));

    private final ElasticsearchClient client;
    private final String index;
    private final PlacementDocumentMapper mapper;

    public PlacementRepository(ElasticsearchClient client, IndexNames names, PlacementDocumentMapper mapper) {
        this.client = client;
        this.index = names.alias(PLACEMENTS);
        this.mapper = mapper;
    }

    /** Stores a new placement; throws a version conflict if one with its id exists. */
    public void create(Placement placement) {
        PlacementDocument document = mapper.toDocument(placement);
        call(() -> client.create(c -> c.index(index).requireAlias(true).id(placement.id()).document(document).refresh(Refresh.True)));
    }

    /** Stores a placement's new state over the old one. */
    public void replace(Placement placement) {
        PlacementDocument document = mapper.toDocument(placement);
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(placement.id()).document(document)
                .refresh(Refresh.True)));
    }

    /** Stores a placement's new state over the one read at {@code read}; a version conflict if it changed since. */
    public void replace(Placement placement, Versioned<Placement> read) {
        PlacementDocument document = mapper.toDocument(placement);
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(placement.id()).document(document)
                .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.True)));
    }

    /**
     * Keeps an ended placement under an id of its own (derived from its id and when it was decided,
     * so keeping it again stores nothing twice) before the participant's next placement takes its
     * place: the history and the employer's trial record stay.
     */
    public void keepEnded(Placement ended) {
        String keptId = keptIdOf(ended);
        PlacementDocument document = mapper.toDocument(ended.withId(keptId));
        try {
            call(() -> client.create(c -> c.index(index).requireAlias(true).id(keptId).document(document).refresh(Refresh.True)));
        } catch (VersionConflictException keptBefore) {
            // A retry after a crash: it was kept the first time.
        }
    }

    /** The id an ended placement is kept under: derived from its id and when it was decided. */
    public static String keptIdOf(Placement ended) {
        return UUID.nameUUIDFromBytes((ended.id() + ":" + ended.decidedAt()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Stores many new placements in one {@code _bulk} request (e.g. the demo's history), each under
     * its own id; one whose id exists is left as it is (a conflict in the result). Visible to search
     * when it returns.
     */
    public BulkResult createAll(List<Placement> placements) {
        List<BulkWrite<PlacementDocument>> writes = placements.stream()
                .map(placement -> new BulkWrite<>(placement.id(), mapper.toDocument(placement), null)).toList();
        BulkResult result = BulkWriter.write(client, index, writes);
        call(() -> client.indices().refresh(r -> r.index(index)));
        return result;
    }

    /** Takes back a placement that could not be completed (its seat could not be booked). */
    public void delete(String id) {
        call(() -> client.delete(d -> d.index(index).id(id).refresh(Refresh.True)));
    }

    public Optional<Placement> find(String id) {
        return findVersioned(id).map(Versioned::value);
    }

    public Optional<Versioned<Placement>> findVersioned(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(index).id(id), PlacementDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(mapper.toPlacement(response.source()), response.seqNo(), response.primaryTerm()));
    }

    /** How many of these participants' current placements are at each stage (ended ones included). */
    public Map<Stage, Long> countByStage(Collection<String> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        // The current placement's id is derived from the participant's: those kept after they ended are left out.
        List<String> current = participantIds.stream().map(PlacementService::idFor).toList();
        var response = call(() -> client.search(s -> s.index(index).size(0).query(q -> q.ids(i -> i.values(current)))
                .aggregations("stages", a -> a.terms(t -> t.field("stage").size(Stage.values().length))), PlacementDocument.class));
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        response.aggregations().get("stages").sterms().buckets().array()
                .forEach(stage -> counts.put(Stage.valueOf(stage.key().stringValue()), stage.docCount()));
        return counts;
    }

    /**
     * Up to {@code size} placements, in the order of their ids, starting after the placement
     * {@code afterId} ({@code null} for the first page): a reader goes through every placement a
     * page at a time, holding one page in memory. An empty page is the end.
     */
    public List<Placement> pageAfter(String afterId, int size) {
        var response = call(() -> client.search(s -> {
            s.index(index).size(size).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            return afterId == null ? s : s.searchAfter(FieldValue.of(afterId));
        }, PlacementDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(mapper::toPlacement).toList();
    }

    /** The placements with these ids that exist, by id (read in real time). */
    public Map<String, Placement> findAll(Collection<String> ids) {
        List<String> possible = ids.stream().filter(DocumentIds::canExist).distinct().toList();
        if (possible.isEmpty()) {
            return Map.of();
        }
        var response = call(() -> client.mget(m -> m.index(index).ids(possible), PlacementDocument.class));
        return response.docs().stream().filter(doc -> doc.isResult() && doc.result().found() && doc.result().source() != null)
                .map(doc -> mapper.toPlacement(doc.result().source()))
                .collect(Collectors.toMap(Placement::id, Function.identity()));
    }

    /** A participant's placements, the current one and those kept after they ended, the newest decision first. */
    public List<Placement> ofParticipant(String participantId) {
        var response = call(() -> client.search(s -> s.index(index).size(MOST_OF_ONE_PARTICIPANT)
                .query(q -> q.term(t -> t.field("participantId").value(participantId)))
                .sort(o -> o.field(f -> f.field("decidedAt").order(SortOrder.Desc))), PlacementDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(mapper::toPlacement).toList();
    }

    /** The placements at one employer, the newest decision first. */
    public List<Placement> atEmployer(String employerId) {
        var response = call(() -> client.search(s -> s.index(index).size(MOST_AT_ONE_EMPLOYER)
                .query(q -> q.term(t -> t.field("employerId").value(employerId)))
                .sort(o -> o.field(f -> f.field("decidedAt").order(SortOrder.Desc))), PlacementDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(mapper::toPlacement).toList();
    }

    /**
     * The placements at the given employers, kept ones included, whose trial's outcome may be
     * known (in work training or ended), read page by page in the order of their ids.
     */
    public List<Placement> withTrialOutcomeAt(Collection<String> employerIds) {
        List<FieldValue> employers = employerIds.stream().map(FieldValue::of).toList();
        List<Placement> found = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var response = call(() -> client.search(s -> {
                s.index(index).size(PAGE)
                        .query(q -> q.bool(b -> b
                                .filter(f -> f.terms(t -> t.field("employerId").terms(v -> v.value(employers))))
                                .filter(f -> f.terms(t -> t.field("stage").terms(v -> v.value(OUTCOME_STAGES))))))
                        .sort(o -> o.field(f -> f.field("id")));
                return from == null ? s : s.searchAfter(from);
            }, PlacementDocument.class));
            List<Hit<PlacementDocument>> hits = response.hits().hits();
            hits.forEach(hit -> found.add(mapper.toPlacement(hit.source())));
            if (hits.size() < PAGE) {
                return found;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /**
     * The placements of these participants, the current ones and those kept after they ended, read
     * a page at a time in the order of their ids: what the reports replay as of a date.
     */
    public List<Placement> ofParticipants(Collection<String> participantIds) {
        List<FieldValue> people = participantIds.stream().distinct().map(FieldValue::of).toList();
        List<Placement> found = new ArrayList<>();
        if (people.isEmpty()) {
            return found;
        }
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var response = call(() -> client.search(s -> {
                s.index(index).size(PAGE).query(q -> q.terms(t -> t.field("participantId").terms(v -> v.value(people))))
                        .sort(o -> o.field(f -> f.field("id")));
                return from == null ? s : s.searchAfter(from);
            }, PlacementDocument.class));
            List<Hit<PlacementDocument>> hits = response.hits().hits();
            hits.forEach(hit -> found.add(mapper.toPlacement(hit.source())));
            if (hits.size() < PAGE) {
                return found;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
