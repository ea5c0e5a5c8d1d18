package se.tuna.placement.web.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain TCP forwarder on a fixed local port, to make Elasticsearch vanish and come back for
 * the service under test: closed, connections to the port are refused; opened, bytes flow to the
 * real node.
 */
final class TcpProxy implements AutoCloseable {

    private final int port;
    private final URI target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    TcpProxy(URI target) throws IOException {
        this.target = target;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    synchronized void open() throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Stops listening and cuts every open connection, as a node that went away would. */
    synchronized void shut() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    private void accept() {
        ServerSocket listening = server;
        while (listening != null && !listening.isClosed()) {
            try {
                Socket client = listening.accept();
                if (!connect(listening, client)) {
                    return;
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    /**
     * Joins an accepted connection to the node, unless the proxy was shut meanwhile: a connection
     * accepted at the moment of shutting must not outlive it.
     */
    private synchronized boolean connect(ServerSocket listening, Socket client) throws IOException {
        if (server != listening) {
            client.close();
            return false;
        }
        Socket node = new Socket(target.getHost(), target.getPort());
        sockets.add(client);
        sockets.add(node);
        pump(client, node);
        pump(node, client);
        return true;
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // One side closed: the other follows.
            } finally {
                try {
                    to.close();
                } catch (IOException ignored) {
                    // Already closed.
                }
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        shut();
    }
}
