package se.tuna.placement.web.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import se.tuna.placement.catalog.error.StoreUnavailableException;
import se.tuna.placement.catalog.store.ClusterHealth;
import se.tuna.placement.elasticsearch.local.SupervisedNode;
import se.tuna.placement.web.config.ElasticsearchConfiguration.EmbeddedElasticsearch;
import se.tuna.placement.web.shared.Blocking;

/**
 * Whether Elasticsearch serves: UP when the cluster answers and is green or yellow, DOWN when it
 * cannot be reached, does not answer within {@link #PATIENCE}, or is red (some data can be neither
 * read nor written). Part of the readiness group (application.yml), so a load balancer stops
 * sending requests that could only get 503; liveness does not include it, since restarting the
 * service would not bring Elasticsearch back. The details (for admins only) hold the cluster's
 * own report and, for the embedded default, what its supervisor is doing.
 */
@Component("elasticsearchHealthIndicator")
public class ElasticsearchHealthIndicator implements ReactiveHealthIndicator {

    /** The longest a health check waits; the call's own timeouts are shorter (ClusterHealth). */
    static final Duration PATIENCE = Duration.ofSeconds(3);

    private final ClusterHealth cluster;
    private final EmbeddedElasticsearch embedded;

    ElasticsearchHealthIndicator(ClusterHealth cluster, EmbeddedElasticsearch embedded) {
        this.cluster = cluster;
        this.embedded = embedded;
    }

    @Override
    public Mono<Health> health() {
        return Blocking.call(cluster::check)
                .timeout(PATIENCE)
                .map(report -> (report.serving() ? Health.up() : Health.down())
                        .withDetail("cluster", report.clusterName())
                        .withDetail("status", report.status())
                        .withDetail("nodes", report.nodes())
                        .withDetail("unassignedShards", report.unassignedShards()))
                .onErrorResume(StoreUnavailableException.class, e -> Mono.just(Health.down().withDetail("reason", e.getMessage())))
                .onErrorResume(TimeoutException.class, e -> Mono.just(Health.down()
                        .withDetail("reason", "No answer within " + PATIENCE.toMillis() + " ms")))
                .map(health -> withEmbeddedNode(health).build());
    }

    private Health.Builder withEmbeddedNode(Health.Builder health) {
        if (!embedded.running()) {
            return health;
        }
        SupervisedNode.Status status = embedded.node().status();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("state", status.state().name());
        node.put("pid", status.pid());
        node.put("restarts", status.restarts());
        if (status.lastDeath() != null) {
            node.put("lastDeath", status.lastDeath().toString());
        }
        if (status.lastFailure() != null) {
            node.put("lastRestartFailure", status.lastFailure());
        }
        return health.withDetail("embeddedNode", node);
    }
}
