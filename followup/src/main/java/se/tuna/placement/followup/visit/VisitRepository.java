package se.tuna.placement.followup.visit;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.store.BulkResult;
import se.tuna.placement.catalog.store.BulkWrite;
import se.tuna.placement.catalog.store.BulkWriter;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.followup.visit.VisitDocuments.VisitDocument;

/**
 * Stores visits, one document each under the visit's id. A plan writes many at once, each against
 * the version it read, so a visit recorded as done while the plan was being made keeps its record.
 * Writes refresh the index: a coach's week shows them at once.
 */
public class VisitRepository {

    public static final IndexDefinition VISITS = new IndexDefinition("visits", 1, "elasticsearch/visits-v1.json");
    private static final int BATCH = 1_000;

    private final ElasticsearchClient client;
    private final String index;
    private final VisitDocumentMapper mapper;

    public VisitRepository(ElasticsearchClient client, IndexNames names, VisitDocumentMapper mapper) {
        this.client = client;
        this.index = names.alias(VISITS);
        this.mapper = mapper;
    }

    public Optional<Versioned<Visit>> find(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(index).id(id), VisitDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(mapper.toVisit(response.source()), response.seqNo(), response.primaryTerm()));
    }

    /** Replaces a visit read at {@code read}; a version conflict if it changed since. */
    public void replace(Visit visit, Versioned<Visit> read) {
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(visit.id()).document(mapper.toDocument(visit))
                .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.True)));
    }

    /** Writes many visits: new ones created, read ones replaced against the version read. */
    public BulkResult writeAll(List<Visit> visits, Map<String, Versioned<Visit>> read) {
        BulkResult result = BulkWriter.write(client, index, visits.stream()
                .map(visit -> new BulkWrite<>(visit.id(), mapper.toDocument(visit), read.get(visit.id()))).toList());
        refresh();
        return result;
    }

    /** Deletes visits that no longer fall due, each only if unchanged since read. Returns the ids deleted. */
    public List<String> deleteAll(Collection<Versioned<Visit>> read) {
        return delete(read, true);
    }

    /** Deletes every visit of the participant, done ones and their notes too (their data is anonymised). */
    public void deleteOfParticipant(String participantId) {
        // Whatever changed since: the retention period has passed, so every visit goes.
        delete(ofParticipants(List.of(participantId)).values(), false);
    }

    /** Deletes the visits in one bulk request, {@code onlyIfUnchanged} since read; returns the ids deleted. */
    private List<String> delete(Collection<Versioned<Visit>> read, boolean onlyIfUnchanged) {
        if (read.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        read.forEach(visit -> bulk.operations(op -> op.delete(d -> onlyIfUnchanged
                ? d.id(visit.value().id()).ifSeqNo(visit.seqNo()).ifPrimaryTerm(visit.primaryTerm())
                : d.id(visit.value().id()))));
        var response = call(() -> client.bulk(bulk.refresh(Refresh.True).build()));
        return response.items().stream().filter(item -> item.error() == null).map(BulkResponseItem::id).toList();
    }

    /** The visits of a site that the last plan could not place, whose window meets {@code from}–{@code until}. */
    public List<Visit> unplannedOf(String site, LocalDate from, LocalDate until) {
        Query query = Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("site").value(site)))
                .filter(f -> f.exists(e -> e.field("unplanned")))
                .mustNot(m -> m.exists(e -> e.field("completion.on")))
                .filter(f -> f.range(r -> r.date(d -> d.field("window.latest").gte(from.toString()))))
                .filter(f -> f.range(r -> r.date(d -> d.field("window.earliest").lte(until.toString()))))));
        return search(query).values().stream().map(Versioned::value).toList();
    }

    /** Every visit of a site, with the version read. */
    public Map<String, Versioned<Visit>> ofSite(String site) {
        return search(Query.of(q -> q.term(t -> t.field("site").value(site))));
    }

    /** The visits {@code visitorIds} make from {@code from} to {@code until}, by start. */
    public List<Visit> plannedFor(Collection<String> visitorIds, LocalDate from, LocalDate until) {
        if (visitorIds.isEmpty()) {
            return List.of();
        }
        List<FieldValue> visitors = visitorIds.stream().map(FieldValue::of).toList();
        Query query = Query.of(q -> q.bool(b -> b
                .filter(f -> f.terms(t -> t.field("visitorId").terms(v -> v.value(visitors))))
                .filter(f -> f.range(r -> r.date(d -> d.field("day").gte(from.toString()).lte(until.toString()))))));
        return search(query).values().stream().map(Versioned::value)
                .sorted(java.util.Comparator.comparing(visit -> visit.appointment().start())).toList();
    }

    /** The visits of these participants, with the version read. */
    public Map<String, Versioned<Visit>> ofParticipants(Collection<String> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        List<FieldValue> ids = participantIds.stream().map(FieldValue::of).toList();
        return search(Query.of(q -> q.terms(t -> t.field("participantId").terms(v -> v.value(ids)))));
    }

    public void refresh() {
        call(() -> client.indices().refresh(r -> r.index(index)));
    }

    private Map<String, Versioned<Visit>> search(Query query) {
        Map<String, Versioned<Visit>> found = new LinkedHashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var response = call(() -> client.search(s -> {
                s.index(index).size(BATCH).seqNoPrimaryTerm(true).query(query).sort(o -> o.field(f -> f.field("id")));
                return from == null ? s : s.searchAfter(from);
            }, VisitDocument.class));
            List<Hit<VisitDocument>> hits = response.hits().hits();
            hits.forEach(hit -> found.put(hit.id(), new Versioned<>(mapper.toVisit(hit.source()), hit.seqNo(), hit.primaryTerm())));
            if (hits.size() < BATCH) {
                return found;
            }
            after = new ArrayList<>(hits.get(hits.size() - 1).sort());
        }
    }
}
