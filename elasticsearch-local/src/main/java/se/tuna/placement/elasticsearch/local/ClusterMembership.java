package se.tuna.placement.elasticsearch.local;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A local node's place in a cluster of several local nodes on loopback, instead of a single-node
 * cluster: the cluster's name, the node's own transport port (fixed, so the others can find it),
 * the transport ports of all the cluster's nodes ({@code discovery.seed_hosts}) and the names of
 * the master-eligible nodes that form it the first time ({@code cluster.initial_master_nodes};
 * node names are instance names). {@link LocalCluster} makes these for a whole cluster.
 *
 * @param clusterName        {@code cluster.name}, the same on every node
 * @param transportPort      this node's {@code transport.port}
 * @param seedTransportPorts every node's transport port on 127.0.0.1
 * @param initialMasterNodes every master-eligible node's name (its instance name)
 */
public record ClusterMembership(String clusterName, int transportPort, List<Integer> seedTransportPorts,
        List<String> initialMasterNodes) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public ClusterMembership {
        Objects.requireNonNull(clusterName, "clusterName");
        if (!NAME.matcher(clusterName).matches()) {
            throw new IllegalArgumentException("clusterName must be a plain name, was '" + clusterName + "'");
        }
        if (transportPort < 1 || transportPort > 65535) {
            throw new IllegalArgumentException("transportPort must be 1-65535, was " + transportPort);
        }
        seedTransportPorts = List.copyOf(seedTransportPorts);
        initialMasterNodes = List.copyOf(initialMasterNodes);
        if (seedTransportPorts.isEmpty() || initialMasterNodes.isEmpty()) {
            throw new IllegalArgumentException("A cluster needs seed hosts and initial master nodes");
        }
        initialMasterNodes.forEach(node -> {
            if (!NAME.matcher(node).matches()) {
                throw new IllegalArgumentException("A node name must be a plain name, was '" + node + "'");
            }
        });
    }
}
