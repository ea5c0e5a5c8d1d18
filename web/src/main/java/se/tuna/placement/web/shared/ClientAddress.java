package se.tuna.placement.web.shared;

import java.net.InetSocketAddress;

import org.springframework.web.server.ServerWebExchange;

/**
 * The network address a request came from, as the server sees it (behind a proxy, with
 * {@code server.forward-headers-strategy=framework}, the client's own).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
