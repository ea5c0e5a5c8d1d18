package se.tuna.placement.participants.coach;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.store.BulkResult;
import se.tuna.placement.catalog.store.BulkWrite;
import se.tuna.placement.catalog.store.BulkWriter;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.coach.CoachDocuments.AssignmentDocument;
import se.tuna.placement.participants.coach.CoachDocuments.StandInDocument;

/**
 * Stores coach assignments (one document per participant, under the participant's id) and
 * stand-in arrangements. Assignments are read by id in real time; a coach's list of participants
 * is searched, paged after the last one read so it has no length limit.
 *
 * <p>Writes are few, and lists must show them at once, so each write refreshes the index itself
 * ({@code refresh=true}) rather than waiting up to a second for the next scheduled refresh.
 */
public class CoachRepository {

    private static final int BATCH = 1_000;

    private final ElasticsearchClient client;
    private final String assignments;
    private final String standIns;
    private final CoachDocumentMapper mapper;

    public CoachRepository(ElasticsearchClient client, IndexNames names, CoachDocumentMapper mapper) {
        this.client = client;
        this.assignments = names.alias(CoachIndices.ASSIGNMENTS);
        this.standIns = names.alias(CoachIndices.STAND_INS);
        this.mapper = mapper;
    }

    public Optional<Versioned<CoachAssignment>> find(String participantId) {
        if (!DocumentIds.canExist(participantId)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(assignments).id(participantId), AssignmentDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(mapper.toAssignment(response.source()), response.seqNo(), response.primaryTerm()));
    }

    /** The coach assignments of these participants that exist, by participant. */
    public Map<String, CoachAssignment> findAll(Collection<String> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        var response = call(() -> client.mget(m -> m.index(assignments).ids(List.copyOf(participantIds)),
                AssignmentDocument.class));
        return response.docs().stream()
                .filter(doc -> doc.isResult() && doc.result().found())
                .map(doc -> mapper.toAssignment(doc.result().source()))
                .collect(Collectors.toMap(CoachAssignment::participantId, Function.identity()));
    }

    /** Stores a first assignment; a version conflict if the participant has one already. */
    public void create(CoachAssignment assignment) {
        call(() -> client.create(c -> c.index(assignments).requireAlias(true).id(assignment.participantId())
                .document(mapper.toDocument(assignment)).refresh(Refresh.True)));
    }

    /**
     * Stores many first assignments in one {@code _bulk} request; a participant who has a coach
     * already keeps theirs. Not visible to search until the index refreshes (within a second).
     */
    public BulkResult createAll(List<CoachAssignment> first) {
        return BulkWriter.write(client, assignments, first.stream()
                .map(assignment -> new BulkWrite<>(assignment.participantId(), mapper.toDocument(assignment), null)).toList());
    }

    /** Replaces an assignment read at {@code read}; a version conflict if it changed since. */
    public void replace(CoachAssignment assignment, Versioned<CoachAssignment> read) {
        call(() -> client.index(i -> i.index(assignments).requireAlias(true).id(assignment.participantId())
                .document(mapper.toDocument(assignment)).ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm())
                .refresh(Refresh.True)));
    }

    /** The ids of every participant whose coach is one of {@code coachIds}. */
    public List<String> participantsOf(Collection<String> coachIds) {
        if (coachIds.isEmpty()) {
            return List.of();
        }
        List<FieldValue> coaches = coachIds.stream().map(FieldValue::of).toList();
        List<String> ids = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var response = call(() -> client.search(s -> {
                s.index(assignments).size(BATCH).source(src -> src.fetch(false))
                        .query(q -> q.terms(t -> t.field("coachId").terms(v -> v.value(coaches))))
                        .sort(o -> o.field(f -> f.field("participantId")));
                return from == null ? s : s.searchAfter(from);
            }, AssignmentDocument.class));
            List<Hit<AssignmentDocument>> hits = response.hits().hits();
            hits.forEach(hit -> ids.add(hit.id()));
            if (hits.size() < BATCH) {
                return ids;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    public void create(StandIn standIn) {
        call(() -> client.create(c -> c.index(standIns).requireAlias(true).id(standIn.id())
                .document(mapper.toDocument(standIn)).refresh(Refresh.True)));
    }

    public Optional<StandIn> findStandIn(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(standIns).id(id), StandInDocument.class));
        return response.found() && response.source() != null ? Optional.of(mapper.toStandIn(response.source())) : Optional.empty();
    }

    /** Deletes a participant's coach assignment and its history (their data is anonymised). */
    public void deleteAssignment(String participantId) {
        call(() -> client.delete(d -> d.index(assignments).id(participantId).refresh(Refresh.True)));
    }

    public void deleteStandIn(String id) {
        call(() -> client.delete(d -> d.index(standIns).id(id).refresh(Refresh.True)));
    }

    /** Stand-ins that end on or after {@code from}, where the coach is either the absent one or the stand-in. */
    public List<StandIn> standInsInvolving(String coachId, LocalDate from) {
        var response = call(() -> client.search(s -> s.index(standIns).size(BATCH)
                .query(q -> q.bool(b -> b
                        .filter(f -> f.range(r -> r.date(d -> d.field("until").gte(from.toString()))))
                        .should(sh -> sh.term(t -> t.field("absentCoachId").value(coachId)))
                        .should(sh -> sh.term(t -> t.field("standInCoachId").value(coachId)))
                        .minimumShouldMatch("1")))
                .sort(o -> o.field(f -> f.field("from"))), StandInDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(mapper::toStandIn).toList();
    }

    /** Every stand-in that ends on or after {@code from}, earliest first. */
    public List<StandIn> standIns(LocalDate from) {
        var response = call(() -> client.search(s -> s.index(standIns).size(BATCH)
                .query(q -> q.range(r -> r.date(d -> d.field("until").gte(from.toString()))))
                .sort(o -> o.field(f -> f.field("from"))), StandInDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(mapper::toStandIn).toList();
    }
}
