package se.tuna.placement.web.campaign;

import java.nio.charset.StandardCharsets;
import java.util.List;

import se.tuna.placement.web.security.AccessScenario.Who;

/**
 * One request of the campaign: which operation it tries, how it was spoilt, who sends it, and its
 * bytes as they go on the wire.
 *
 * @param operation "METHOD /path/{template}" as the OpenAPI document names it
 * @param mutation  how the valid request was spoilt, e.g. "body hours.min = 1e309"
 * @param who       who sends it (their API token goes with it, unless a header of its own says otherwise)
 * @param method    the HTTP method
 * @param target    the request target, path and query, already percent-encoded
 * @param headers   headers besides Host, Connection, Content-Length and Authorization, as "Name: value"
 * @param body      the body's bytes, empty for none
 */
record Probe(String operation, String mutation, Who who, String method, String target, List<String> headers, byte[] body) {

    private static final int SHOWN = 160;

    /** A request that may change something; a read must change nothing, refused or not. */
    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    boolean setsItsOwnAuthorization() {
        return headers.stream().anyMatch(header -> header.regionMatches(true, 0, "Authorization:", 0, 14));
    }

    /** The request's head, signed with {@code token} unless it sets its own Authorization or {@code token} is null. */
    String head(String token) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1");
        if (token != null && !setsItsOwnAuthorization()) {
            head.append("\r\nAuthorization: Bearer ").append(token);
        }
        headers.forEach(header -> head.append("\r\n").append(header));
        return head.toString();
    }

    /** Enough to find it again and send it by hand: the mutation, who, the request line and the body's start. */
    @Override
    public String toString() {
        String text = new String(body, StandardCharsets.UTF_8);
        return operation + " [" + mutation + "] as " + who + ": " + method + " " + shorten(target)
                + (body.length == 0 ? "" : " " + headers + " body(" + body.length + " B) " + shorten(text));
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
