package se.tuna.placement.access.account;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;
import static se.tuna.placement.catalog.store.ElasticsearchCalls.createOnce;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Stores accounts in the {@code accounts} index: created once under their derived id
 * ({@code op_type=create}), changed only if unchanged since read.
 *
 * <p>Writes are few, and lists must show them at once, so each write refreshes the index itself
 * ({@code refresh=true}) rather than waiting up to a second for the next scheduled refresh.
 */
public class AccountRepository {

    private static final List<SortOptions> BY_NAME = List.of(
            SortOptions.of(o -> o.field(f -> f.field("displayName").order(SortOrder.Asc))),
            SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
    /** More accounts than a county's programme will ever have; lists past it are narrowed by filter. */
    static final int MOST_LISTED = 10_000;

    private final ElasticsearchClient client;
    private final String index;
    private final AccountDocumentMapper mapper;

    public AccountRepository(ElasticsearchClient client, IndexNames names, AccountDocumentMapper mapper) {
        this.client = client;
        this.index = names.alias(AccountIndices.ACCOUNTS);
        this.mapper = mapper;
    }

    /** Stores a new account; a version conflict if its id is taken. */
    public void create(Account account) {
        var document = mapper.toDocument(account);
        // Once, even when the client sends it again to another node (ElasticsearchCalls.createOnce).
        createOnce(client, index, account.id(), document, Refresh.True, () -> client.create(c -> c.index(index).requireAlias(true)
                .id(account.id()).document(document).refresh(Refresh.True)));
    }

    /** Replaces an account read at {@code read}; a version conflict if it changed since. */
    public void replace(Account account, Versioned<Account> read) {
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(account.id()).document(mapper.toDocument(account))
                .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.True)));
    }

    /** Reads an account in real time, with its version. */
    public Optional<Versioned<Account>> find(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(index).id(id), AccountDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(mapper.toAccount(response.source()), response.seqNo(), response.primaryTerm()));
    }

    /** The accounts with these ids that exist, by id. */
    public Map<String, Account> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var response = call(() -> client.mget(m -> m.index(index).ids(List.copyOf(ids)), AccountDocument.class));
        return response.docs().stream()
                .filter(doc -> doc.isResult() && doc.result().found())
                .map(doc -> mapper.toAccount(doc.result().source()))
                .collect(Collectors.toMap(Account::id, Function.identity()));
    }

    /** One page of accounts by name. */
    public Page<Account> list(AccountFilter filter, int page, int size) {
        var response = call(() -> client.search(s -> s.index(index).from(page * size).size(size)
                .trackTotalHits(t -> t.enabled(true)).query(query(filter)).sort(BY_NAME), AccountDocument.class));
        return new Page<>(response.hits().hits().stream().map(Hit::source).map(mapper::toAccount).toList(),
                response.hits().total().value(), page, size);
    }

    /** The ids of the demo accounts. */
    public List<String> demoAccountIds() {
        var response = call(() -> client.search(s -> s.index(index).size(MOST_LISTED).source(src -> src.fetch(false))
                .query(q -> q.term(t -> t.field("demo").value(true))), AccountDocument.class));
        return response.hits().hits().stream().map(Hit::id).toList();
    }

    public void delete(String id) {
        call(() -> client.delete(d -> d.index(index).id(id).refresh(Refresh.True)));
    }

    private static Query query(AccountFilter filter) {
        List<Query> filters = new ArrayList<>();
        if (filter.role() != null) {
            filters.add(term("roles", filter.role().name()));
        }
        if (filter.site() != null) {
            filters.add(term("sites", filter.site()));
        }
        if (filter.employerId() != null) {
            filters.add(term("employerId", filter.employerId()));
        }
        if (filter.status() != null) {
            filters.add(term("status", filter.status().name()));
        }
        if (Boolean.TRUE.equals(filter.waiting())) {
            return Query.of(q -> q.bool(b -> b.filter(filters).mustNot(m -> m.exists(e -> e.field("roles")))));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
