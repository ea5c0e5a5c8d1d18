package se.tuna.placement.access.token;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;
import static se.tuna.placement.catalog.store.ElasticsearchCalls.createOnce;

import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.access.account.AccountIndices;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Stores API tokens in the {@code api-tokens} index.
 *
 * <p>Writes are few, and lists must show them at once, so each write refreshes the index itself
 * ({@code refresh=true}) rather than waiting up to a second for the next scheduled refresh.
 */
public class ApiTokenRepository {

    /** More tokens than an installation will ever have at once. */
    private static final int MOST_LISTED = 1_000;

    private final ElasticsearchClient client;
    private final String index;
    private final ApiTokenDocumentMapper mapper;

    public ApiTokenRepository(ElasticsearchClient client, IndexNames names, ApiTokenDocumentMapper mapper) {
        this.client = client;
        this.index = names.alias(AccountIndices.API_TOKENS);
        this.mapper = mapper;
    }

    public void create(ApiToken token, String secretHash) {
        var document = mapper.toDocument(token, secretHash);
        // Once, even when the client sends it again to another node (ElasticsearchCalls.createOnce).
        createOnce(client, index, token.id(), document, Refresh.True, () -> client.create(c -> c.index(index).requireAlias(true)
                .id(token.id()).document(document).refresh(Refresh.True)));
    }

    /** A token with the hash of its secret, read in real time. */
    public Optional<Versioned<ApiTokenDocument>> find(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(index).id(id), ApiTokenDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(response.source(), response.seqNo(), response.primaryTerm()));
    }

    /** Stores a token's new state over the one read at {@code read}, keeping its secret's hash. */
    public void replace(ApiToken token, Versioned<ApiTokenDocument> read) {
        replace(token, read.value().secretHash(), read);
    }

    /** Stores a token's new state, with this secret's hash, over the one read at {@code read}. */
    public void replace(ApiToken token, String secretHash, Versioned<ApiTokenDocument> read) {
        ApiTokenDocument document = mapper.toDocument(token, secretHash);
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(token.id()).document(document)
                .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.True)));
    }

    /** The tokens of one account, or of all when {@code accountId} is {@code null}; newest first. */
    public List<ApiToken> list(String accountId) {
        Query query = accountId == null ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.term(t -> t.field("accountId").value(accountId)));
        var response = call(() -> client.search(s -> s.index(index).size(MOST_LISTED).query(query)
                .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc))), ApiTokenDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(mapper::toToken).toList();
    }

    public ApiToken toToken(ApiTokenDocument document) {
        return mapper.toToken(document);
    }
}
