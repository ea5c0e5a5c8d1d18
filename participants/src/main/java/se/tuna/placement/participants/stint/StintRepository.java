package se.tuna.placement.participants.stint;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.store.BulkResult;
import se.tuna.placement.catalog.store.BulkWrite;
import se.tuna.placement.catalog.store.BulkWriter;
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
    /** More stints than a site has near their last day at once. */
    private static final int MOST_NEARING = 1_000;
    /** Stints read at a time when a report reads every stint of its sites. */
    private static final int PAGE = 500;

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

    /**
     * Stores many new stints in one {@code _bulk} request (e.g. the demo's history); one whose id
     * exists is left as it is (a conflict in the result). Visible to search when it returns.
     */
    public BulkResult createAll(List<Stint> stints) {
        List<BulkWrite<StintDocument>> writes = stints.stream()
                .map(stint -> new BulkWrite<>(stint.id(), mapper.toDocument(stint), null)).toList();
        BulkResult result = BulkWriter.write(client, index, writes);
        call(() -> client.indices().refresh(r -> r.index(index)));
        return result;
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

    /**
     * The stints under way at {@code site} enrolled on or before {@code enrolledBy}, of
     * {@code participantIds} only when given, the earliest enrolled first: those whose year ends first.
     */
    public List<Stint> underWayEnrolledBy(String site, LocalDate enrolledBy, Collection<String> participantIds) {
        List<Query> filters = new ArrayList<>(List.of(
                Query.of(q -> q.term(t -> t.field("site").value(site))),
                Query.of(q -> q.terms(t -> t.field("stage").terms(v -> v.value(List.of(FieldValue.of(StintStage.MAPPING.name()),
                        FieldValue.of(StintStage.READY.name())))))),
                Query.of(q -> q.range(r -> r.date(d -> d.field("enrolledOn").lte(enrolledBy.toString()))))));
        if (participantIds != null) {
            filters.add(Query.of(q -> q.terms(t -> t.field("participantId")
                    .terms(v -> v.value(participantIds.stream().map(FieldValue::of).toList())))));
        }
        var response = call(() -> client.search(s -> s.index(index).size(MOST_NEARING).query(q -> q.bool(b -> b.filter(filters)))
                .sort(o -> o.field(f -> f.field("enrolledOn").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), StintDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(mapper::toStint).toList();
    }

    /** The participants with a stint that ended on or before {@code day}, at most {@code limit} of them. */
    public List<String> participantsExitedBy(LocalDate day, int limit) {
        var response = call(() -> client.search(s -> s.index(index).size(0)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("stage").value(StintStage.EXITED.name())))
                        .filter(f -> f.range(r -> r.date(d -> d.field("exitedOn").lte(day.toString()))))
                        .filter(f -> f.exists(e -> e.field("participantId")))))
                .aggregations("people", a -> a.terms(t -> t.field("participantId").size(limit))), StintDocument.class));
        return response.aggregations().get("people").sterms().buckets().array().stream()
                .map(bucket -> bucket.key().stringValue()).toList();
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

    /**
     * How many stints each site has at each stage; with {@code anonymousOnly}, only the anonymous
     * statistics records (consent declined), which have no profile to be counted by.
     */
    public Map<String, Map<StintStage, Long>> countBySiteAndStage(boolean anonymousOnly) {
        Query filter = anonymousOnly ? Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field("participantId")))))
                : Query.of(q -> q.matchAll(m -> m));
        var response = call(() -> client.search(s -> s.index(index).size(0).query(filter)
                .aggregations("sites", a -> a.terms(t -> t.field("site").size(100))
                        .aggregations("stages", st -> st.terms(t -> t.field("stage").size(StintStage.values().length)))),
                StintDocument.class));
        Map<String, Map<StintStage, Long>> counts = new TreeMap<>();
        response.aggregations().get("sites").sterms().buckets().array().forEach(site -> {
            Map<StintStage, Long> byStage = new EnumMap<>(StintStage.class);
            site.aggregations().get("stages").sterms().buckets().array()
                    .forEach(stage -> byStage.put(StintStage.valueOf(stage.key().stringValue()), stage.docCount()));
            counts.put(site.key().stringValue(), byStage);
        });
        return counts;
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

    /**
     * Every stint of {@code sites}, under way, ended and anonymous alike, read a page at a time in
     * the order of their ids: what the reports count as of a date.
     */
    public List<Stint> everyAt(Collection<String> sites) {
        List<FieldValue> wanted = sites.stream().map(FieldValue::of).toList();
        List<Stint> found = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var response = call(() -> client.search(s -> {
                s.index(index).size(PAGE).query(q -> q.terms(t -> t.field("site").terms(v -> v.value(wanted))))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, StintDocument.class));
            List<Hit<StintDocument>> hits = response.hits().hits();
            hits.forEach(hit -> found.add(mapper.toStint(hit.source())));
            if (hits.size() < PAGE) {
                return found;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
