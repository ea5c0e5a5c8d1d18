package se.tuna.placement.audit;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.catalog.store.BulkResult;
import se.tuna.placement.catalog.store.BulkWrite;
import se.tuna.placement.catalog.store.BulkWriter;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;

/**
 * The {@code audit} index: entries are only ever created (under an id unique per chain and place,
 * so never twice), never changed or deleted by the service. A write is acknowledged by
 * Elasticsearch once it is in the translog on disk, which is what makes a recorded access
 * durable before the answer leaves; it becomes searchable within a second.
 */
public class AuditRepository {

    public static final IndexDefinition AUDIT = new IndexDefinition("audit", 1, "elasticsearch/audit-v1.json");
    /** More chains than years of restarts make. */
    private static final int MOST_CHAINS = 10_000;
    private static final int BATCH = 1_000;
    private static final List<SortOptions> NEWEST_FIRST = List.of(
            SortOptions.of(o -> o.field(f -> f.field("at").order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field("sequence").order(SortOrder.Desc))));
    private static final List<SortOptions> CHAIN_BY_CHAIN = List.of(
            SortOptions.of(o -> o.field(f -> f.field("chain").order(SortOrder.Asc))),
            SortOptions.of(o -> o.field(f -> f.field("sequence").order(SortOrder.Asc))));
    private static final List<SortOptions> IN_CHAIN = List.of(
            SortOptions.of(o -> o.field(f -> f.field("sequence").order(SortOrder.Asc))));
    private static final SortOptions LAST_IN_CHAIN = SortOptions.of(o -> o.field(f -> f.field("sequence").order(SortOrder.Desc)));

    private static final Logger log = LoggerFactory.getLogger(AuditRepository.class);

    private final ElasticsearchClient client;
    private final String index;
    private final AuditEntryDocumentMapper mapper;

    public AuditRepository(ElasticsearchClient client, IndexNames names, AuditEntryDocumentMapper mapper) {
        this.client = client;
        this.index = names.alias(AUDIT);
        this.mapper = mapper;
    }

    /** Stores every entry, or throws: the caller cannot know which of a failed batch were stored. */
    void append(List<AuditEntry> entries) {
        List<BulkWrite<AuditEntryDocument>> writes = entries.stream()
                .map(entry -> new BulkWrite<>(entry.id(), mapper.toDocument(entry), null)).toList();
        BulkResult result = BulkWriter.write(client, index, writes);
        if (result.written().size() != entries.size()) {
            throw new AuditUnavailableException("The access log stored " + result.written().size() + " of " + entries.size()
                    + " entries");
        }
    }

    /** The last entry of every chain as stored now, the last second's included (a refresh first: chains start seldom). */
    public List<ChainHead> heads() {
        refresh();
        var response = call(() -> client.search(s -> s.index(index).size(0)
                .aggregations("chains", a -> a.terms(t -> t.field("chain").size(MOST_CHAINS))
                        .aggregations("head", h -> h.topHits(top -> top.size(1).sort(LAST_IN_CHAIN)))),
                AuditEntryDocument.class));
        var chains = response.aggregations().get("chains").sterms();
        if (chains.sumOtherDocCount() > 0) {
            log.error("The access log holds more than {} chains; the check and the chains' records see only those", MOST_CHAINS);
        }
        List<ChainHead> heads = new ArrayList<>();
        for (var bucket : chains.buckets().array()) {
            StoredEntry head = stored(bucket.aggregations().get("head").topHits().hits().hits().get(0));
            heads.add(new ChainHead(bucket.key().stringValue(), head.sequence(), head.hash() == null ? "" : head.hash()));
        }
        return heads;
    }

    /**
     * Every document of one chain with a place, in the order of their places. Read page by page
     * from a place on, each page ending before the last place it reaches, which the next page
     * begins with: documents sharing a place are all read, none skipped at a page's edge as
     * paging by sort values would, and a gap of any size costs nothing.
     */
    public void readChain(String chain, Consumer<StoredEntry> reader) {
        long from = 0;
        while (true) {
            List<Hit<JsonData>> hits = chainFrom(chain, from);
            if (hits.size() < BATCH) {
                hits.forEach(hit -> reader.accept(stored(hit)));
                return;
            }
            long lastPlace = hits.get(hits.size() - 1).sort().get(0).longValue();
            List<Hit<JsonData>> before = hits.stream().filter(hit -> hit.sort().get(0).longValue() < lastPlace).toList();
            // A page all of one place (a thousand copies of one entry): read them, and go on after it.
            (before.isEmpty() ? hits : before).forEach(hit -> reader.accept(stored(hit)));
            from = before.isEmpty() ? lastPlace + 1 : lastPlace;
        }
    }

    private List<Hit<JsonData>> chainFrom(String chain, long from) {
        return call(() -> client.search(s -> s.index(index).size(BATCH)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("chain").value(chain)))
                        .filter(f -> f.range(r -> r.number(n -> n.field("sequence").gte((double) from))))))
                .sort(IN_CHAIN), JsonData.class)).hits().hits();
    }

    /** Every chain's start and checkpoint, which record the other chains' heads; in no particular order. */
    public void readRecordedHeads(Consumer<AuditEntry> reader) {
        readAll(Query.of(q -> q.terms(t -> t.field("kind").terms(v -> v.value(List.of(
                FieldValue.of(AuditEntry.Kind.CHAIN_START.name()), FieldValue.of(AuditEntry.Kind.CHECKPOINT.name())))))),
                stored -> {
                    if (stored.readable()) {
                        reader.accept(stored.entry());
                    }
                });
    }

    /** How many documents the index holds now, whatever they are (after a refresh). */
    public long count() {
        refresh();
        return call(() -> client.count(c -> c.index(index))).count();
    }

    /** One page of the accesses the filter lets through, the newest first. */
    public Page<AuditEntry> find(AuditFilter filter, int page, int size) {
        CommonRules.requirePageWithin(page, size, "entries", "narrow the search by person, participant or period");
        var response = call(() -> client.search(s -> s.index(index).from(page * size).size(size)
                .trackTotalHits(t -> t.enabled(true)).query(query(filter)).sort(NEWEST_FIRST), JsonData.class));
        // A document that no longer reads as an entry is left out here; the check reports it.
        List<AuditEntry> entries = response.hits().hits().stream().map(this::stored).filter(StoredEntry::readable)
                .map(StoredEntry::entry).toList();
        return new Page<>(entries, response.hits().total().value(), page, size);
    }

    /** Makes what was stored searchable at once (the tests' and the verification's need). */
    public void refresh() {
        call(() -> client.indices().refresh(r -> r.index(index)));
    }

    private void readAll(Query query, Consumer<StoredEntry> reader) {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var response = call(() -> client.search(s -> {
                s.index(index).size(BATCH).query(query).sort(CHAIN_BY_CHAIN);
                return from == null ? s : s.searchAfter(from);
            }, JsonData.class));
            List<Hit<JsonData>> hits = response.hits().hits();
            hits.forEach(hit -> reader.accept(stored(hit)));
            if (hits.size() < BATCH) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** The hit as an entry if it reads as one; one document changed by hand must not stop the reading of the rest. */
    private StoredEntry stored(Hit<JsonData> hit) {
        AuditEntryDocument document;
        try {
            document = hit.source().to(AuditEntryDocument.class);
        } catch (RuntimeException unreadable) {
            return new StoredEntry(hit.id(), sequenceIn(hit.id()), null, null);
        }
        try {
            return new StoredEntry(hit.id(), document.sequence(), document.hash(), mapper.toEntry(document));
        } catch (RuntimeException unreadable) {
            return new StoredEntry(hit.id(), document.sequence(), document.hash(), null);
        }
    }

    /** The place an id names ({@code <chain>:<sequence>}), or -1. */
    private static long sequenceIn(String id) {
        try {
            return Long.parseLong(id.substring(id.lastIndexOf(':') + 1));
        } catch (RuntimeException notAnEntrysId) {
            return -1;
        }
    }

    private static Query query(AuditFilter filter) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.term(t -> t.field("kind").value(AuditEntry.Kind.ACCESS.name()))));
        if (filter.accountId() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("accountId").value(filter.accountId()))));
        }
        if (filter.participantId() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("participantId").value(filter.participantId()))));
        }
        if (filter.from() != null || filter.until() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("at");
                if (filter.from() != null) {
                    d.gte(filter.from().toString());
                }
                if (filter.until() != null) {
                    d.lt(filter.until().toString());
                }
                return d;
            }))));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }
}
