package se.tuna.placement.matcher.plan;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.matcher.plan.PlanDocuments.PlanDocument;

/**
 * Keeps plans in Elasticsearch: one document per plan, written over as it changes (started,
 * solved, decided from). Each write refreshes the index, so the list shows a plan the moment
 * it is started.
 */
public class PlanStore {

    public static final IndexDefinition PLANS = new IndexDefinition("plans", 1, "elasticsearch/plans-v1.json");

    private static final Logger log = LoggerFactory.getLogger(PlanStore.class);

    /** The states of a plan whose solve runs in some process. */
    static final List<PlanStatus> RUNNING = List.of(PlanStatus.PREPARING, PlanStatus.QUEUED, PlanStatus.SOLVING);

    private final ElasticsearchClient client;
    private final String index;
    private final PlanDocumentMapper mapper;

    public PlanStore(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.index = names.alias(PLANS);
        this.mapper = new PlanDocumentMapperImpl();
    }

    /** Writes the plan, over what was kept of it before; refreshed at once, as the plan's readers wait on it. */
    public void save(KeptPlan plan) {
        PlanDocument document = mapper.toDocument(plan);
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(plan.id()).document(document)
                .refresh(Refresh.True)));
    }

    public Optional<KeptPlan> find(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(index).id(id), PlanDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(read(response.source()));
    }

    /** The newest {@code most} plans, newest first. */
    public List<KeptPlan> newest(int most) {
        var response = call(() -> client.search(s -> s.index(index).size(most)
                .sort(o -> o.field(f -> f.field("startedAt").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), PlanDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(this::read).toList();
    }

    /** The plans stored as running: after a restart, the solves that died with the process before it. */
    List<KeptPlan> running() {
        List<FieldValue> running = RUNNING.stream().map(status -> FieldValue.of(status.name())).toList();
        var response = call(() -> client.search(s -> s.index(index).size(10_000)
                .query(q -> q.terms(t -> t.field("status").terms(v -> v.value(running)))), PlanDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(this::read).toList();
    }

    /**
     * Forgets the plans that are no longer kept: beyond the {@code most} newest, and those not running
     * that last changed before {@code changedBefore}. (The node has no delete-by-query: the ids are
     * searched, then deleted in one bulk request.)
     */
    void prune(int most, Instant changedBefore) {
        List<FieldValue> running = RUNNING.stream().map(status -> FieldValue.of(status.name())).toList();
        var old = call(() -> client.search(s -> s.index(index).size(1_000).source(src -> src.fetch(false))
                .query(q -> q.bool(b -> b.mustNot(m -> m.terms(t -> t.field("status").terms(v -> v.value(running))))
                        .filter(f -> f.range(r -> r.date(dr -> dr.field("updatedAt").lt(changedBefore.toString())))))),
                Void.class));
        var beyond = call(() -> client.search(s -> s.index(index).from(most).size(1_000).source(src -> src.fetch(false))
                .sort(o -> o.field(f -> f.field("startedAt").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), Void.class));
        Set<String> ids = new TreeSet<>();
        old.hits().hits().forEach(hit -> ids.add(hit.id()));
        beyond.hits().hits().forEach(hit -> ids.add(hit.id()));
        if (ids.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
        ids.forEach(id -> bulk.operations(o -> o.delete(d -> d.index(index).id(id))));
        var response = call(() -> client.bulk(bulk.build()));
        if (response.errors()) {
            log.warn("Forgetting {} old plans failed for some; they are tried again at the next plan", ids.size());
        }
    }

    private KeptPlan read(PlanDocument document) {
        if (document.version() != PlanDocuments.VERSION) {
            // Only one shape has been written yet; a second brings its reader here, beside this one.
            throw new IllegalStateException("Plan " + document.id() + " is stored in shape " + document.version()
                    + ", which this version does not read");
        }
        return mapper.toKept(document);
    }
}
