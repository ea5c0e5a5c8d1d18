package se.tuna.placement.access.signin;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;
import static se.tuna.placement.catalog.store.ElasticsearchCalls.createOnce;

import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import se.tuna.placement.access.account.AccountIndices;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Stores credentials in the {@code credentials} index, one document per account, changed only if
 * unchanged since read. They are only ever read by id, in real time, so no write waits for a refresh.
 */
public class CredentialsRepository {

    private final ElasticsearchClient client;
    private final String index;
    private final CredentialsDocumentMapper mapper;

    public CredentialsRepository(ElasticsearchClient client, IndexNames names, CredentialsDocumentMapper mapper) {
        this.client = client;
        this.index = names.alias(AccountIndices.CREDENTIALS);
        this.mapper = mapper;
    }

    public Optional<Versioned<Credentials>> find(String accountId) {
        if (!DocumentIds.canExist(accountId)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(index).id(accountId), CredentialsDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(mapper.toCredentials(response.source()), response.seqNo(), response.primaryTerm()));
    }

    /** Stores credentials over those read at {@code read}, or as new ones when {@code read} is empty; a version conflict if either changed. */
    public void save(Credentials credentials, Optional<Versioned<Credentials>> read) {
        CredentialsDocument document = mapper.toDocument(credentials);
        if (read.isEmpty()) {
            // Once, even when the client sends it again to another node (ElasticsearchCalls.createOnce): the
            // document holds when its password was set or its link issued, so an equal one is this very write.
            createOnce(client, index, credentials.accountId(), document, Refresh.False,
                    () -> client.create(c -> c.index(index).requireAlias(true).id(credentials.accountId()).document(document)));
        } else {
            call(() -> client.index(i -> i.index(index).requireAlias(true).id(credentials.accountId()).document(document)
                    .ifSeqNo(read.get().seqNo()).ifPrimaryTerm(read.get().primaryTerm())));
        }
    }

    public void delete(String accountId) {
        call(() -> client.delete(d -> d.index(index).id(accountId)));
    }
}
