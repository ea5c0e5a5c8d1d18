package se.tuna.placement.catalog.store;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;
import static se.tuna.placement.catalog.store.ElasticsearchCalls.createOnce;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.Page;

/**
 * Stores and reads employers in the {@code employers} index. An employer written one at a time is
 * visible to lists at once: the write refreshes the index itself rather than waiting up to a
 * second for the next refresh (employers change seldom; imports write in bulk without it).
 */
public class EmployerRepository {

    private final ElasticsearchClient client;
    private final String index;
    private final EmployerDocumentMapper mapper;
    private final Clock clock;

    public EmployerRepository(ElasticsearchClient client, IndexNames names, EmployerDocumentMapper mapper, Clock clock) {
        this.client = client;
        this.index = names.alias(CatalogIndices.EMPLOYERS);
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Stores a new employer; throws {@link ElasticsearchCalls.VersionConflictException} if the id is taken. */
    public void create(Employer employer) {
        Instant now = clock.instant();
        EmployerDocument document = mapper.toDocument(employer, now, now);
        // Once, even when the client sends it again to another node (ElasticsearchCalls.createOnce).
        createOnce(client, index, employer.id(), document, Refresh.True,
                () -> client.create(c -> c.index(index).requireAlias(true).id(employer.id()).document(document).refresh(Refresh.True)));
    }

    /** Replaces an employer read at {@code read}; throws a version conflict if it changed since. */
    public void replace(Employer employer, Versioned<StoredEmployer> read) {
        EmployerDocument document = mapper.toDocument(employer, read.value().createdAt(), clock.instant());
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(employer.id()).document(document)
                .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.True)));
    }

    public Optional<Versioned<StoredEmployer>> find(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        GetResponse<EmployerDocument> response = call(() -> client.get(g -> g.index(index).id(id), EmployerDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        EmployerDocument document = response.source();
        return Optional.of(new Versioned<>(new StoredEmployer(mapper.toEmployer(document), document.createdAt()),
                response.seqNo(), response.primaryTerm()));
    }

    /** The employers with these ids that exist, by id. */
    public Map<String, Employer> findAll(Collection<String> ids) {
        return findAllVersioned(ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().value().employer()));
    }

    /** The employers with these ids that exist, by id, with their versions (for bulk replacement). */
    public Map<String, Versioned<StoredEmployer>> findAllVersioned(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var response = call(() -> client.mget(m -> m.index(index).ids(List.copyOf(ids)), EmployerDocument.class));
        return response.docs().stream()
                .filter(doc -> doc.isResult() && doc.result().found())
                .map(doc -> new Versioned<>(new StoredEmployer(mapper.toEmployer(doc.result().source()),
                        doc.result().source().createdAt()), doc.result().seqNo(), doc.result().primaryTerm()))
                .collect(Collectors.toMap(v -> v.value().employer().id(), Function.identity()));
    }

    /** Creates or replaces many employers at once; {@code read} holds the versions of those that exist. */
    public BulkResult writeAll(List<Employer> employers, Map<String, Versioned<StoredEmployer>> read) {
        Instant now = clock.instant();
        List<BulkWrite<EmployerDocument>> writes = employers.stream().map(employer -> {
            Versioned<StoredEmployer> existing = read.get(employer.id());
            Instant createdAt = existing == null ? now : existing.value().createdAt();
            return new BulkWrite<>(employer.id(), mapper.toDocument(employer, createdAt, now), existing);
        }).toList();
        return BulkWriter.write(client, index, writes);
    }

    /**
     * One page of employers, by name; optionally only those working with {@code site}, and only
     * those whose name matches {@code nameQuery} (words of the name, or its beginning).
     */
    public Page<Employer> list(String site, String nameQuery, int page, int size) {
        List<Query> filters = new ArrayList<>();
        if (site != null && !site.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("sites").value(site))));
        }
        boolean named = nameQuery != null && !nameQuery.isBlank();
        var response = call(() -> client.search(s -> s.index(index).from(page * size).size(size).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> {
                    b.filter(filters);
                    if (named) {
                        String text = nameQuery.strip();
                        b.minimumShouldMatch("1")
                                .should(m -> m.match(x -> x.field("name").query(text)))
                                .should(m -> m.prefix(x -> x.field("name.raw").value(text.toLowerCase(Locale.ROOT))));
                    }
                    return b;
                }))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("name.raw").order(SortOrder.Asc))), EmployerDocument.class));
        List<Employer> employers = response.hits().hits().stream().map(Hit::source).map(mapper::toEmployer).toList();
        return new Page<>(employers, response.hits().total().value(), page, size);
    }

    public long count() {
        return call(() -> client.count(c -> c.index(index))).count();
    }

    /** Makes recent writes visible to search, e.g. after a bulk load. */
    public void refresh() {
        call(() -> client.indices().refresh(r -> r.index(index)));
    }
}
