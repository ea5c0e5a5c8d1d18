package se.tuna.placement.catalog.store;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;
import static se.tuna.placement.catalog.store.ElasticsearchCalls.createOnce;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.reference.SwedishCompoundSplitter;

/**
 * Stores and reads training slots in the {@code slots} index. Every change of a slot that exists
 * is conditional on the version that was read, so concurrent writers never overwrite each other
 * (the seat bookings live in the same document and must never be lost).
 */
public class SlotRepository {

    private final ElasticsearchClient client;
    private final String index;
    private final SlotDocumentMapper mapper;
    private final SwedishCompoundSplitter splitter;

    public SlotRepository(ElasticsearchClient client, IndexNames names, SlotDocumentMapper mapper,
            SwedishCompoundSplitter splitter) {
        this.client = client;
        this.index = names.alias(CatalogIndices.SLOTS);
        this.mapper = mapper;
        this.splitter = splitter;
    }

    /** Stores a new slot; throws a version conflict if the id is taken. */
    public void create(TrainingSlot slot, SlotIndexing indexing, boolean visibleToSearchAtOnce) {
        SlotDocument document = toDocument(slot, indexing);
        // Once, even when the client sends it again to another node (ElasticsearchCalls.createOnce).
        Refresh refresh = visibleToSearchAtOnce ? Refresh.WaitFor : Refresh.False;
        createOnce(client, index, slot.id(), document, refresh, () -> client.create(c -> c.index(index).requireAlias(true).id(slot.id())
                .document(document).refresh(refresh)));
    }

    /** Replaces a slot read at {@code read}; throws a version conflict if it changed since. */
    public void replace(TrainingSlot slot, SlotIndexing indexing, Versioned<?> read, boolean visibleToSearchAtOnce) {
        SlotDocument document = toDocument(slot, indexing);
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(slot.id()).document(document)
                .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm())
                .refresh(visibleToSearchAtOnce ? Refresh.WaitFor : Refresh.False)));
    }

    /** Reads a slot in real time (not waiting for a refresh), with its version. */
    public Optional<Versioned<StoredSlot>> find(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        GetResponse<SlotDocument> response = call(() -> client.get(g -> g.index(index).id(id), SlotDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(toStored(response.source()), response.seqNo(), response.primaryTerm()));
    }

    /** The slots with these ids that exist, by id, with their versions. */
    public Map<String, Versioned<StoredSlot>> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var response = call(() -> client.mget(m -> m.index(index).ids(List.copyOf(ids)), SlotDocument.class));
        return response.docs().stream()
                .filter(doc -> doc.isResult() && doc.result().found())
                .map(MultiGetResponseItem::result)
                .map(doc -> new Versioned<>(toStored(doc.source()), doc.seqNo(), doc.primaryTerm()))
                .collect(Collectors.toMap(v -> v.value().slot().id(), Function.identity()));
    }

    /**
     * The claims of up to {@code size} slots, in the order of their ids, starting after the slot
     * {@code afterId} ({@code null} for the first page): a reader goes through every slot's claims
     * a page at a time, holding one page in memory. Which slots there are is read from the last
     * refresh, their claims in real time (a booking is not refreshed at once).
     */
    public List<SlotClaims> claimsAfter(String afterId, int size) {
        var response = call(() -> client.search(s -> {
            s.index(index).size(size).source(src -> src.fetch(false)).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            return afterId == null ? s : s.searchAfter(FieldValue.of(afterId));
        }, Void.class));
        List<String> ids = response.hits().hits().stream().map(Hit::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var claims = call(() -> client.mget(m -> m.index(index).ids(ids).sourceIncludes("id", "seatClaims"), SeatClaimsDocument.class));
        Map<String, List<SeatClaim>> byId = claims.docs().stream()
                .filter(doc -> doc.isResult() && doc.result().found() && doc.result().source() != null)
                .collect(Collectors.toMap(doc -> doc.result().id(), doc -> doc.result().source().seatClaims() == null ? List.of()
                        : doc.result().source().seatClaims().stream().map(mapper::toClaim).toList()));
        // A slot removed between the two reads has no claims; it keeps its place so the next page starts after it.
        return ids.stream().map(id -> new SlotClaims(id, byId.getOrDefault(id, List.of()))).toList();
    }

    /**
     * A slot's claims as stored, lapsed holds included.
     *
     * @param slotId the slot
     * @param claims its claims
     */
    public record SlotClaims(String slotId, List<SeatClaim> claims) {
    }

    /** Creates or replaces many slots at once; {@code read} holds the versions of those that exist. */
    public BulkResult writeAll(List<StoredSlot> slots, Map<String, Versioned<StoredSlot>> read) {
        List<BulkWrite<SlotDocument>> writes = slots.stream()
                .map(stored -> new BulkWrite<>(stored.slot().id(), toDocument(stored.slot(), stored.indexing()),
                        read.get(stored.slot().id())))
                .toList();
        return BulkWriter.write(client, index, writes);
    }

    /**
     * Per site, how many slots are open and how many of their seats were free when last written
     * (holds that lapsed since are counted as taken until the slot is written again).
     */
    public Map<String, SiteSlots> openSlotsBySite() {
        var response = call(() -> client.search(s -> s.index(index).size(0)
                .query(q -> q.term(t -> t.field("status").value(SlotStatus.OPEN.name())))
                .aggregations("sites", a -> a.terms(t -> t.field("sites").size(100))
                        .aggregations("freeSeats", free -> free.sum(sum -> sum.field("freeSeats")))), Void.class));
        Map<String, SiteSlots> bySite = new TreeMap<>();
        response.aggregations().get("sites").sterms().buckets().array().forEach(bucket -> bySite.put(bucket.key().stringValue(),
                new SiteSlots(bucket.docCount(), (long) bucket.aggregations().get("freeSeats").sum().value())));
        return bySite;
    }

    /**
     * A site's open slots.
     *
     * @param openSlots slots open for new participants
     * @param freeSeats their free seats
     */
    public record SiteSlots(long openSlots, long freeSeats) {
    }

    public long count() {
        return call(() -> client.count(c -> c.index(index))).count();
    }

    /** Makes recent writes visible to search, e.g. after a bulk load. */
    public void refresh() {
        call(() -> client.indices().refresh(r -> r.index(index)));
    }

    StoredSlot toStored(SlotDocument document) {
        return new StoredSlot(mapper.toSlot(document), new SlotIndexing(document.employerName(),
                document.importKey(), document.createdAt(), document.updatedAt()));
    }

    /**
     * The document to store: the slot plus a search text where Swedish compounds are split
     * ("lagerarbete" also as "lager arbete"), since the Swedish analyzer stems but never splits.
     */
    private SlotDocument toDocument(TrainingSlot slot, SlotIndexing indexing) {
        String text = String.join(" ", slot.title(), slot.tasks(), indexing.employerName() == null ? "" : indexing.employerName());
        return mapper.toDocument(slot, indexing, splitter.expand(text));
    }

    String index() {
        return index;
    }
}
