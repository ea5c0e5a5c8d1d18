package se.tuna.placement.catalog.store;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/** Writes many documents in one {@code _bulk} request, with optimistic concurrency per document. */
public final class BulkWriter {

    private BulkWriter() {
    }

    public static <D> BulkResult write(ElasticsearchClient client, String index, List<BulkWrite<D>> writes) {
        if (writes.isEmpty()) {
            return new BulkResult(Set.of(), Set.of(), Map.of());
        }
        // Writing through the alias only: never let a write auto-create an index with guessed mappings.
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index).requireAlias(true);
        for (BulkWrite<D> write : writes) {
            if (write.expected() == null) {
                bulk.operations(op -> op.create(c -> c.id(write.id()).document(write.document())));
            } else {
                bulk.operations(op -> op.index(i -> i.id(write.id()).document(write.document())
                        .ifSeqNo(write.expected().seqNo()).ifPrimaryTerm(write.expected().primaryTerm())));
            }
        }
        var response = call(() -> client.bulk(bulk.build()));
        Set<String> written = new HashSet<>();
        Set<String> conflicted = new HashSet<>();
        Map<String, String> failed = new HashMap<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                written.add(item.id());
            } else if (item.status() == 409) {
                conflicted.add(item.id());
            } else {
                failed.put(item.id(), item.error().type() + ": " + item.error().reason());
            }
        }
        return new BulkResult(written, conflicted, failed);
    }
}
