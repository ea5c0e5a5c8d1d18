package se.tuna.placement.elasticsearch.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several local nodes on 127.0.0.1 forming one cluster, each a {@link RunningNode} of its own
 * instance ({@code <instance>-1}, {@code <instance>-2}, …, all master-eligible data nodes), for
 * tests of what a cluster does when a node is lost. Started the way {@link LocalElasticsearch}
 * starts one node (the same distribution, plugin, user and settings), with the transport ports
 * fixed so the nodes find each other. Not watched or restarted: a node that dies stays dead.
 */
public final class LocalCluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalCluster.class);

    private final List<RunningNode> nodes;

    private LocalCluster(List<RunningNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /**
     * Starts {@code size} nodes from {@code template} (its base directory, heap, user, …; its
     * instance name is the stem of the nodes' names, its ports are ignored) and returns once every
     * node answers yellow or green, i.e. once they have elected a master.
     */
    public static LocalCluster start(LocalElasticsearchSettings template, int size) {
        if (size < 2) {
            throw new IllegalArgumentException("A cluster of local nodes needs at least 2, was " + size);
        }
        int[] ports = freePorts(2 * size);
        List<String> names = IntStream.rangeClosed(1, size).mapToObj(i -> template.instanceName() + "-" + i).toList();
        List<Integer> transportPorts = IntStream.range(0, size).mapToObj(i -> ports[size + i]).toList();
        String clusterName = "tuna-" + template.instanceName();
        List<LocalElasticsearch.Prepared> prepared = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                prepared.add(LocalElasticsearch.prepare(template.withInstanceName(names.get(i)).withHttpPort(ports[i])
                        .withCluster(new ClusterMembership(clusterName, transportPorts.get(i), transportPorts, names))));
            }
            LocalCluster cluster = new LocalCluster(NodeProcess.startAll(prepared));
            log.info("Elasticsearch cluster {} of {} nodes is up at {}", clusterName, size, cluster.httpUris());
            return cluster;
        } catch (RuntimeException e) {
            prepared.forEach(node -> node.instance().release());
            throw e;
        }
    }

    /** The nodes, in the order of their names. */
    public List<RunningNode> nodes() {
        return nodes;
    }

    /** Every node's HTTP address, as a client lists them. */
    public List<URI> httpUris() {
        return nodes.stream().map(RunningNode::httpUri).toList();
    }

    /** Stops every node still running (each gracefully, as {@link RunningNode#stop()} does). */
    @Override
    public void close() {
        nodes.forEach(RunningNode::stop);
    }

    /** Distinct ports free at this moment (all sockets are open at once, so they differ). */
    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("No free ports for a local cluster", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    log.debug("Closing {}", socket, e);
                }
            }
        }
    }
}
