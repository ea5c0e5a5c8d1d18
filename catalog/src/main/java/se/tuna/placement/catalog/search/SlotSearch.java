package se.tuna.placement.catalog.search;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.reference.SwedishCompoundSplitter;
import se.tuna.placement.catalog.store.CatalogIndices;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.SeatLoadDocument;
import se.tuna.placement.catalog.store.SlotDocument;
import se.tuna.placement.catalog.store.SlotDocumentMapper;

/** Searches the placement bank: filters for every criterion, relevance for the rest. */
public class SlotSearch {

    private static final int LOAD_PAGE = 2_000;
    private static final List<SortOptions> CANDIDATE_ORDER = List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));

    private final ElasticsearchClient client;
    private final String index;
    private final SlotDocumentMapper mapper;
    private final SlotQueries queries;
    private final Clock clock;

    public SlotSearch(ElasticsearchClient client, IndexNames names, SlotDocumentMapper mapper,
            SwedishCompoundSplitter splitter, Clock clock) {
        this.client = client;
        this.index = names.alias(CatalogIndices.SLOTS);
        this.mapper = mapper;
        this.queries = new SlotQueries(splitter);
        this.clock = clock;
    }

    public Page<SlotHit> search(SlotSearchCriteria criteria) {
        return search(criteria, relevanceOf(criteria));
    }

    /** A coordinator's search ranks by text and, around a place, by nearness. */
    private static Relevance relevanceOf(SlotSearchCriteria criteria) {
        return criteria.near() == null ? Relevance.NONE
                : new Relevance(java.util.Map.of(), criteria.near(), Relevance.NONE.halfScoreKm(), null);
    }

    public Page<SlotHit> search(SlotSearchCriteria criteria, Relevance relevance) {
        var response = call(() -> client.search(request(criteria, relevance, clock.instant()), SlotDocument.class));
        List<SlotHit> hits = response.hits().hits().stream().map(hit -> toHit(hit, criteria)).toList();
        return new Page<>(hits, response.hits().total() == null ? hits.size() : response.hits().total().value(),
                criteria.page(), criteria.size());
    }

    /** The search request's JSON body, as this search sends it (for benchmarks and debugging). */
    public String requestBody(SlotSearchCriteria criteria) {
        return JsonpUtils.toJsonString(request(criteria, relevanceOf(criteria), clock.instant()), client._jsonpMapper());
    }

    private SearchRequest request(SlotSearchCriteria criteria, Relevance relevance, Instant now) {
        return SearchRequest.of(s -> s.index(index)
                .query(queries.query(criteria, relevance, now))
                .sort(sortOf(criteria))
                .from(criteria.page() * criteria.size())
                .size(criteria.size())
                .trackTotalHits(t -> t.enabled(true)));
    }

    /**
     * One page per entry of a paged candidate search, sent together in one {@code _msearch}:
     * each search is sorted by relevance with the slot id as tie-break and continued with
     * {@code search_after}. {@code after} holds each entry's cursor, {@code null} for the first
     * page; the page size is the criteria's {@code size}.
     *
     * <p>Every page goes with the same {@code preference}, so all pages of one read are served
     * by the same shard copies (primary and replica score text slightly differently, their
     * deleted-document statistics differ, and a cursor taken on one copy would skip or repeat
     * hits on the other). That is no snapshot: a write between two pages can still move a slot's
     * score across the cursor, so a slot can be repeated (the caller drops repeats) or, rarely,
     * skipped.
     *
     * @param countTotal count every slot that passes the filters (slower: no early stop)
     * @param preference the same string on every page of one read (not starting with {@code _})
     */
    public List<CandidatePage> searchPages(List<SlotSearchCriteria> criteria, List<Relevance> relevance,
            List<CandidatePage.Cursor> after, boolean countTotal, String preference) {
        if (criteria.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        var response = call(() -> client.msearch(m -> {
            for (int i = 0; i < criteria.size(); i++) {
                SlotSearchCriteria c = criteria.get(i);
                Relevance r = relevance.get(i);
                CandidatePage.Cursor cursor = after.get(i);
                m.searches(s -> s.header(h -> h.index(index).preference(preference))
                        .body(b -> candidatePage(b, c, r, cursor, countTotal, now)));
            }
            return m;
        }, SlotDocument.class));
        List<CandidatePage> pages = new ArrayList<>(criteria.size());
        for (int i = 0; i < response.responses().size(); i++) {
            var item = response.responses().get(i);
            if (item.isFailure()) {
                throw new IllegalStateException("A candidate search failed: " + item.failure().error().reason());
            }
            SlotSearchCriteria c = criteria.get(i);
            var hits = item.result().hits().hits();
            var total = item.result().hits().total();
            CandidatePage.Cursor next = hits.size() < c.size() || hits.isEmpty() ? null
                    : new CandidatePage.Cursor(hits.get(hits.size() - 1).sort());
            pages.add(new CandidatePage(hits.stream().map(hit -> toHit(hit, c)).toList(),
                    countTotal && total != null ? total.value() : -1, next));
        }
        return pages;
    }

    /**
     * The JSON body of one first page of {@link #searchPages}, as it sends it (for the load
     * benchmark's bare query, sent straight to Elasticsearch).
     */
    public String pageRequestBody(SlotSearchCriteria criteria, Relevance relevance, boolean countTotal) {
        MultisearchBody body = MultisearchBody.of(b -> candidatePage(b, criteria, relevance, null, countTotal, clock.instant()));
        return JsonpUtils.toJsonString(body, client._jsonpMapper());
    }

    /** A candidate page: by relevance, then slot id (the cursor's tie-break), after {@code cursor} if any. */
    private MultisearchBody.Builder candidatePage(MultisearchBody.Builder b, SlotSearchCriteria c, Relevance r,
            CandidatePage.Cursor cursor, boolean countTotal, Instant now) {
        b.query(queries.query(c, r, now)).sort(CANDIDATE_ORDER).size(c.size()).trackTotalHits(t -> t.enabled(countTotal));
        return cursor == null ? b : b.searchAfter(cursor.after());
    }

    /**
     * The booked seats of every slot of these employers, whatever its status: the load the
     * employers and their supervisors already carry. The slots are found by search, their
     * bookings read in real time (a booking made a moment ago is not yet visible to search).
     */
    public List<SeatLoad> seatLoads(Set<String> employerIds) {
        if (employerIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<SeatLoad> loads = new ArrayList<>();
        List<String> slotIds = slotIdsOf(employerIds);
        for (int from = 0; from < slotIds.size(); from += LOAD_PAGE) {
            List<String> batch = slotIds.subList(from, Math.min(slotIds.size(), from + LOAD_PAGE));
            var response = call(() -> client.mget(m -> m.index(index).ids(batch)
                    .sourceIncludes("employerId", "supervisor", "seatClaims"), SeatLoadDocument.class));
            response.docs().stream().filter(doc -> doc.isResult() && doc.result().found()).forEach(doc -> {
                SeatLoadDocument document = doc.result().source();
                int booked = document.seatClaims() == null ? 0 : (int) document.seatClaims().stream().map(mapper::toClaim)
                        .filter(claim -> claim.kind() == SeatClaim.Kind.BOOKING && claim.isActiveAt(now)).count();
                loads.add(new SeatLoad(document.employerId(), document.supervisor(), booked));
            });
        }
        return loads;
    }

    private List<String> slotIdsOf(Set<String> employerIds) {
        List<FieldValue> ids = employerIds.stream().map(FieldValue::of).toList();
        List<String> slotIds = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            var response = call(() -> client.search(s -> {
                s.index(index).size(LOAD_PAGE).source(src -> src.fetch(false))
                        .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("employerId").terms(v -> v.value(ids))))))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return searchAfter == null ? s : s.searchAfter(searchAfter);
            }, SeatLoadDocument.class));
            var hits = response.hits().hits();
            hits.forEach(hit -> slotIds.add(hit.id()));
            if (hits.size() < LOAD_PAGE) {
                return slotIds;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private SlotHit toHit(Hit<SlotDocument> hit, SlotSearchCriteria criteria) {
        SlotDocument document = hit.source();
        TrainingSlot slot = mapper.toSlot(document);
        Double distance = criteria.near() == null ? null : criteria.near().distanceKm(slot.coordinates());
        return new SlotHit(slot, document.employerName(), hit.score() == null ? 0 : hit.score(), distance);
    }

    private List<SortOptions> sortOf(SlotSearchCriteria criteria) {
        List<SortOptions> sort = new ArrayList<>();
        switch (criteria.sort()) {
            case DISTANCE -> {
                if (criteria.near() != null) {
                    sort.add(SortOptions.of(o -> o.geoDistance(g -> g.field("location")
                            .location(SlotQueries.geoLocation(criteria.near())).unit(DistanceUnit.Kilometers).order(SortOrder.Asc))));
                }
            }
            case AVAILABLE_FROM -> sort.add(SortOptions.of(o -> o.field(f -> f.field("availableFrom").order(SortOrder.Asc))));
            case UPDATED -> sort.add(SortOptions.of(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc))));
            case TITLE -> sort.add(SortOptions.of(o -> o.field(f -> f.field("title.raw").order(SortOrder.Asc))));
            case RELEVANCE -> { }
        }
        sort.add(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))));
        // A stable tie-break so pages never overlap.
        sort.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
    }
}
