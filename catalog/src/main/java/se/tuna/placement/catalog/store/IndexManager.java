package se.tuna.placement.catalog.store;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the versioned indices behind their aliases when they are missing, and moves an alias
 * to a new mapping version by copying the documents over (the minimal local node has no reindex
 * API, so the copy is a scroll and bulk writes). The old index is kept, never deleted here.
 */
public class IndexManager {

    private static final Logger log = LoggerFactory.getLogger(IndexManager.class);
    private static final int COPY_BATCH = 1_000;

    private final ElasticsearchClient client;
    private final IndexNames names;

    public IndexManager(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** Makes sure every given index exists at its current version behind its alias. */
    public void ensure(List<IndexDefinition> indices) {
        indices.forEach(this::ensure);
    }

    public void ensure(IndexDefinition index) {
        String alias = index.alias(names.prefix());
        String concrete = index.concreteIndex(names.prefix());
        Set<String> current = indicesBehind(alias);
        if (current.contains(concrete)) {
            return;
        }
        createIndex(index, concrete, current.isEmpty() ? alias : null);
        if (!current.isEmpty()) {
            migrate(alias, current, concrete);
        }
    }

    private Set<String> indicesBehind(String alias) {
        boolean exists = call(() -> client.indices().existsAlias(e -> e.name(alias))).value();
        return exists ? call(() -> client.indices().getAlias(g -> g.name(alias))).result().keySet() : Set.of();
    }

    private void createIndex(IndexDefinition index, String concrete, String aliasOrNull) {
        try {
            call(() -> {
                try (InputStream json = mappingOf(index)) {
                    return client.indices().create(c -> {
                        c.index(concrete).withJson(json);
                        return aliasOrNull == null ? c : c.aliases(aliasOrNull, a -> a);
                    });
                }
            });
            log.info("Created Elasticsearch index {}{}", concrete, aliasOrNull == null ? "" : " behind alias " + aliasOrNull);
        } catch (ElasticsearchException e) {
            // Another instance created it at the same moment: that is what we wanted.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private InputStream mappingOf(IndexDefinition index) {
        InputStream json = IndexManager.class.getClassLoader().getResourceAsStream(index.mappingResource());
        if (json == null) {
            throw new UncheckedIOException(new IOException("Missing index definition " + index.mappingResource()));
        }
        return json;
    }

    private void migrate(String alias, Set<String> oldIndices, String concrete) {
        // No write may land in the old index after the copy has read past it: block writes there
        // first (writers get a clear error and retry once the alias has moved).
        oldIndices.forEach(old -> call(() -> client.indices().putSettings(p -> p.index(old)
                .settings(s -> s.blocks(b -> b.write(true))))));
        long copied = copyAll(alias, concrete);
        call(() -> client.indices().updateAliases(u -> {
            oldIndices.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
            return u.actions(a -> a.add(add -> add.index(concrete).alias(alias)));
        }));
        log.warn("Moved alias {} from {} to {} with {} documents; the old index is kept until removed by hand",
                alias, oldIndices, concrete, copied);
    }

    @SuppressWarnings("rawtypes")
    private long copyAll(String source, String target) {
        long copied = 0;
        ResponseBody<Map> page = call(() -> client.search(s -> s.index(source).size(COPY_BATCH)
                .scroll(Time.of(t -> t.time("2m"))), Map.class));
        String scrollId = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                BulkRequest.Builder bulk = new BulkRequest.Builder().index(target);
                for (Hit<Map> hit : page.hits().hits()) {
                    bulk.operations(op -> op.index(i -> i.id(hit.id()).document(hit.source())));
                }
                var response = call(() -> client.bulk(bulk.build()));
                if (response.errors()) {
                    throw new IllegalStateException("Copying " + source + " to " + target + " failed for some documents");
                }
                copied += page.hits().hits().size();
                String id = scrollId;
                page = call(() -> client.scroll(s -> s.scrollId(id).scroll(Time.of(t -> t.time("2m"))), Map.class));
                scrollId = page.scrollId();
            }
        } finally {
            String id = scrollId;
            call(() -> client.clearScroll(c -> c.scrollId(id)));
        }
        call(() -> client.indices().refresh(r -> r.index(target)));
        return copied;
    }
}
