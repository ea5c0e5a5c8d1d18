package se.tuna.placement.catalog.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;
import se.tuna.placement.catalog.error.StoreUnavailableException;

/**
 * Asks the cluster how it is ({@code _cluster/health}, the one cheap call the minimal
 * distribution answers; it has no {@code GET /}), with short timeouts of its own so that a
 * health check never waits as long as a search may.
 */
public final class ClusterHealth {

    private static final int CONNECT_TIMEOUT_MS = 1_000;
    private static final int SOCKET_TIMEOUT_MS = 2_000;

    private final ElasticsearchClient client;

    public ClusterHealth(ElasticsearchClient client) {
        RequestOptions quick = RequestOptions.DEFAULT.toBuilder()
                .setRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(CONNECT_TIMEOUT_MS)
                        .setSocketTimeout(SOCKET_TIMEOUT_MS)
                        .build())
                .build();
        this.client = client.withTransportOptions(new RestClientOptions(quick, false));
    }

    /**
     * What the cluster says of itself.
     *
     * @param clusterName  its name
     * @param status       green, yellow or red
     * @param nodes        how many nodes it has
     * @param unassignedShards shards no node holds (a red cluster's missing data)
     * @param timedOut     whether the cluster did not answer within the server-side timeout
     */
    public record Report(String clusterName, String status, int nodes, int unassignedShards, boolean timedOut) {

        /** Red means some primary shard is missing: data cannot be read or written. */
        public boolean serving() {
            return !"red".equals(status) && !timedOut;
        }
    }

    /**
     * Asks now; blocking (for at most a few seconds).
     *
     * @throws StoreUnavailableException when the cluster cannot be reached
     */
    public Report check() {
        HealthResponse health = ElasticsearchCalls.call(() -> client.cluster().health(h -> h.timeout(t -> t.time("1s"))));
        return new Report(health.clusterName(), health.status().jsonValue(), health.numberOfNodes(),
                health.unassignedShards(), health.timedOut());
    }
}
