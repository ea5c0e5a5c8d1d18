package se.tuna.placement.catalog.store;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
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
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates the versioned indices behind their aliases when they are missing, and moves an alias
 * to a new mapping version by copying the documents over (the minimal local node has no reindex
 * API, so the copy is a scroll and bulk writes). Each document goes through the new version's
 * {@link IndexDefinition#upgrade()}, which fills the fields it adds. The old index is kept, never deleted here.
 *
 * <p>The one place indices are created, so the one place their replicas are set: every index gets
 * {@code index.auto_expand_replicas} from {@link IndexReplicas} (whatever its JSON resource says),
 * and an index an older version made (no auto-expand, {@code number_of_replicas: 0}) is brought to
 * it when {@link #ensure} finds it. Any other replica setting an operator gave an existing index stays.
 */
public class IndexManager {

    private static final Logger log = LoggerFactory.getLogger(IndexManager.class);
    private static final int COPY_BATCH = 1_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final IndexReplicas replicas;

    /** With the default replicas, {@link IndexReplicas#DEFAULT}. */
    public IndexManager(ElasticsearchClient client, IndexNames names) {
        this(client, names, IndexReplicas.DEFAULT);
    }

    public IndexManager(ElasticsearchClient client, IndexNames names, IndexReplicas replicas) {
        this.client = client;
        this.names = names;
        this.replicas = replicas;
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
            keepReplicas(concrete);
            return;
        }
        createIndex(index, concrete, current.isEmpty() ? alias : null);
        if (!current.isEmpty()) {
            migrate(index, alias, current, concrete);
        }
    }

    private Set<String> indicesBehind(String alias) {
        boolean exists = call(() -> client.indices().existsAlias(e -> e.name(alias))).value();
        return exists ? call(() -> client.indices().getAlias(g -> g.name(alias))).result().keySet() : Set.of();
    }

    private void createIndex(IndexDefinition index, String concrete, String aliasOrNull) {
        try {
            call(() -> {
                try (InputStream resource = mappingOf(index)) {
                    String json = withReplicas(resource);
                    return client.indices().create(c -> {
                        c.index(concrete).withJson(new StringReader(json));
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

    /**
     * The resource's settings and mappings with the replicas this installation wants, in place of
     * any the resource names.
     */
    private String withReplicas(InputStream resource) {
        JsonNode definition = JSON.readTree(resource);
        if (!(definition instanceof ObjectNode root)) {
            throw new IllegalStateException("An index definition must be a JSON object");
        }
        ObjectNode settings = root.get("settings") instanceof ObjectNode existing ? existing : root.putObject("settings");
        settings.remove("number_of_replicas");
        settings.remove("auto_expand_replicas");
        settings.remove("index.number_of_replicas");
        settings.remove("index.auto_expand_replicas");
        if (settings.get("index") instanceof ObjectNode nested) {
            nested.remove("number_of_replicas");
            nested.remove("auto_expand_replicas");
        }
        settings.put("auto_expand_replicas", replicas.autoExpand());
        return JSON.writeValueAsString(root);
    }

    /**
     * Brings an index an older version created to this installation's replicas: those have
     * {@code number_of_replicas: 0} and no auto-expand, which would keep them on one node of a
     * cluster. Any other setting is an operator's choice (a fixed number of replicas, or an
     * auto-expand range set by hand) and is left as it is.
     */
    private void keepReplicas(String concrete) {
        var found = call(() -> client.indices().getSettings(g -> g.index(concrete))).result().get(concrete);
        IndexSettings settings = found == null ? null : found.settings();
        if (settings == null) {
            return;
        }
        IndexSettings nested = settings.index();
        String autoExpand = settings.autoExpandReplicas() != null ? settings.autoExpandReplicas()
                : nested != null ? nested.autoExpandReplicas() : null;
        String replicaCount = settings.numberOfReplicas() != null ? settings.numberOfReplicas()
                : nested != null ? nested.numberOfReplicas() : null;
        // Settings as set, without defaults: an auto-expand of "false" here was set by someone on purpose.
        boolean madeByAnOlderVersion = autoExpand == null && "0".equals(replicaCount);
        if (!madeByAnOlderVersion) {
            return;
        }
        call(() -> client.indices().putSettings(p -> p.index(concrete)
                .settings(s -> s.autoExpandReplicas(replicas.autoExpand()))));
        log.info("Index {}: replicas now auto-expand {} (was a fixed number, none)", concrete, replicas.autoExpand());
    }

    private InputStream mappingOf(IndexDefinition index) {
        InputStream json = IndexManager.class.getClassLoader().getResourceAsStream(index.mappingResource());
        if (json == null) {
            throw new UncheckedIOException(new IOException("Missing index definition " + index.mappingResource()));
        }
        return json;
    }

    private void migrate(IndexDefinition index, String alias, Set<String> oldIndices, String concrete) {
        // No write may land in the old index after the copy has read past it: block writes there
        // first (writers get a clear error and retry once the alias has moved).
        oldIndices.forEach(old -> call(() -> client.indices().putSettings(p -> p.index(old)
                .settings(s -> s.blocks(b -> b.write(true))))));
        long copied = copyAll(alias, concrete, index.upgrade());
        call(() -> client.indices().updateAliases(u -> {
            oldIndices.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
            return u.actions(a -> a.add(add -> add.index(concrete).alias(alias)));
        }));
        log.warn("Moved alias {} from {} to {} with {} documents; the old index is kept until removed by hand",
                alias, oldIndices, concrete, copied);
    }

    /** Copies every document, each through the new version's {@link IndexDefinition.DocumentUpgrade}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private long copyAll(String source, String target, IndexDefinition.DocumentUpgrade upgrade) {
        long copied = 0;
        ResponseBody<Map> page = call(() -> client.search(s -> s.index(source).size(COPY_BATCH)
                .scroll(Time.of(t -> t.time("2m"))), Map.class));
        String scrollId = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                BulkRequest.Builder bulk = new BulkRequest.Builder().index(target);
                for (Hit<Map> hit : page.hits().hits()) {
                    bulk.operations(op -> op.index(i -> i.id(hit.id()).document(upgrade.apply(hit.source()))));
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
