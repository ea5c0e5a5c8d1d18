package se.tuna.placement.participants.participant;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;
import static se.tuna.placement.catalog.store.ElasticsearchCalls.createOnce;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.store.BulkResult;
import se.tuna.placement.catalog.store.BulkWriter;
import se.tuna.placement.catalog.store.BulkWrite;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.ElasticsearchCalls;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Stores and reads participants in the {@code participants} index. A participant is created once
 * under their pseudonymous id ({@code op_type=create}), and every change is conditional on the
 * version that was read, so two coaches never overwrite each other. A participant written one at a
 * time is visible to lists at once (the write refreshes the index itself; bulk loads do not).
 */
public class ParticipantRepository {

    /** The waiting list's order: the longest waiting first, those not waiting last, then by id. */
    private static final List<SortOptions> WAITING_ORDER = List.of(
            SortOptions.of(o -> o.field(f -> f.field("readySince").order(SortOrder.Asc).missing("_last"))),
            SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
    private static final int BATCH = 1_000;

    private final ElasticsearchClient client;
    private final String index;
    private final ParticipantDocumentMapper mapper;
    private final Clock clock;

    public ParticipantRepository(ElasticsearchClient client, IndexNames names, ParticipantDocumentMapper mapper, Clock clock) {
        this.client = client;
        this.index = names.alias(ParticipantIndices.PARTICIPANTS);
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Stores a new participant; throws {@link ElasticsearchCalls.VersionConflictException} if the id is taken. */
    public StoredParticipant create(Participant participant) {
        Instant now = clock.instant();
        ParticipantDocument document = mapper.toDocument(participant, now, now);
        // Once, even when the client sends it again to another node (ElasticsearchCalls.createOnce).
        createOnce(client, index, participant.id(), document, Refresh.True, () -> client.create(c -> c.index(index).requireAlias(true)
                .id(participant.id()).document(document).refresh(Refresh.True)));
        return new StoredParticipant(participant, now, now);
    }

    /** Replaces a participant read at {@code read}; throws a version conflict if it changed since. */
    public StoredParticipant replace(Participant participant, Versioned<StoredParticipant> read) {
        Instant now = clock.instant();
        Instant createdAt = read.value().createdAt();
        ParticipantDocument document = mapper.toDocument(participant, createdAt, now);
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(participant.id()).document(document)
                .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.True)));
        return new StoredParticipant(participant, createdAt, now);
    }

    /** Deletes a participant's profile (their data is anonymised); deleting one that is gone is done. */
    public void delete(String id) {
        call(() -> client.delete(d -> d.index(index).id(id).refresh(Refresh.True)));
    }

    /** Reads a participant in real time (not waiting for a refresh), with its version. */
    public Optional<Versioned<StoredParticipant>> find(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        GetResponse<ParticipantDocument> response =
                call(() -> client.get(g -> g.index(index).id(id), ParticipantDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(toStored(response.source()), response.seqNo(), response.primaryTerm()));
    }

    /** The participants with these ids that exist, by id, with their versions (for bulk replacement). */
    public Map<String, Versioned<StoredParticipant>> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var response = call(() -> client.mget(m -> m.index(index).ids(List.copyOf(ids)), ParticipantDocument.class));
        return response.docs().stream()
                .filter(doc -> doc.isResult() && doc.result().found())
                .map(doc -> new Versioned<>(toStored(doc.result().source()), doc.result().seqNo(), doc.result().primaryTerm()))
                .collect(Collectors.toMap(v -> v.value().participant().id(), Function.identity()));
    }

    /**
     * One page of the participants the query lets through, the longest waiting first: by
     * {@code readySince}, those without it last, then by id.
     */
    public Page<Participant> list(ParticipantQuery query, int page, int size) {
        var response = call(() -> client.search(s -> s.index(index).from(page * size).size(size)
                .trackTotalHits(t -> t.enabled(true)).query(filter(query)).sort(WAITING_ORDER), ParticipantDocument.class));
        List<Participant> participants = response.hits().hits().stream().map(Hit::source).map(mapper::toParticipant).toList();
        return new Page<>(participants, response.hits().total().value(), page, size);
    }

    /**
     * Every participant of {@code site} in {@code phase} (either may be {@code null} for all), in
     * the order of {@link #list}, read in batches after the last one read, so the list has no
     * length limit. Changes made while it is read may or may not be in it.
     */
    public List<Participant> listAll(String site, Phase phase) {
        List<Participant> all = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var response = call(() -> client.search(s -> {
                s.index(index).size(BATCH).query(filter(ParticipantQuery.of(site, phase))).sort(WAITING_ORDER);
                return from == null ? s : s.searchAfter(from);
            }, ParticipantDocument.class));
            List<Hit<ParticipantDocument>> hits = response.hits().hits();
            hits.forEach(hit -> all.add(mapper.toParticipant(hit.source())));
            if (hits.size() < BATCH) {
                return all;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private static Query filter(ParticipantQuery query) {
        List<Query> filters = new ArrayList<>();
        if (query.sites() != null) {
            filters.add(anyOf("site", query.sites()));
        }
        if (query.ids() != null) {
            filters.add(anyOf("id", query.ids()));
        }
        if (query.phase() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("phase").value(query.phase().name()))));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    /** Matches a value of {@code values}; none when the set is empty. */
    private static Query anyOf(String field, Set<String> values) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
    }

    /**
     * Creates or replaces many participants in one {@code _bulk} request (send a thousand or so at
     * a time); {@code read} holds the versions of those that exist. Not visible to search until
     * {@link #refresh()}.
     */
    public BulkResult writeAll(List<Participant> participants, Map<String, Versioned<StoredParticipant>> read) {
        Instant now = clock.instant();
        List<BulkWrite<ParticipantDocument>> writes = participants.stream().map(participant -> {
            Versioned<StoredParticipant> existing = read.get(participant.id());
            Instant createdAt = existing == null ? now : existing.value().createdAt();
            return new BulkWrite<>(participant.id(), mapper.toDocument(participant, createdAt, now), existing);
        }).toList();
        return BulkWriter.write(client, index, writes);
    }

    /** How many participants each site has in each phase. */
    public Map<String, Map<Phase, Long>> countBySiteAndPhase() {
        var response = call(() -> client.search(s -> s.index(index).size(0)
                .aggregations("sites", a -> a.terms(t -> t.field("site").size(100))
                        .aggregations("phases", p -> p.terms(t -> t.field("phase").size(Phase.values().length)))),
                ParticipantDocument.class));
        Map<String, Map<Phase, Long>> counts = new TreeMap<>();
        response.aggregations().get("sites").sterms().buckets().array().forEach(site -> {
            Map<Phase, Long> byPhase = new EnumMap<>(Phase.class);
            site.aggregations().get("phases").sterms().buckets().array()
                    .forEach(phase -> byPhase.put(Phase.valueOf(phase.key().stringValue()), phase.docCount()));
            counts.put(site.key().stringValue(), byPhase);
        });
        return counts;
    }

    public long count() {
        return call(() -> client.count(c -> c.index(index))).count();
    }

    /** Makes recent writes visible to search, e.g. after a bulk load. */
    public void refresh() {
        call(() -> client.indices().refresh(r -> r.index(index)));
    }

    private StoredParticipant toStored(ParticipantDocument document) {
        return new StoredParticipant(mapper.toParticipant(document), document.createdAt(), document.updatedAt());
    }
}
