package se.tuna.placement.web.security;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The personal and free-text values a test sends (names, addresses, passwords, participants' own
 * words) and the secrets the service gives back (one-time links, API tokens), each kept so a test
 * can look for it where it must not be. Every value made here carries a marker of its own
 * ({@code Qx} and ten random letters), so finding the marker anywhere means the value got there,
 * never chance; being letters only, it survives URL and JSON encoding, a change of case, and the
 * rules of a first name.
 */
final class SentValues {

    private static final String MARKER_PREFIX = "Qx";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int MARKER_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();
    /** What to look for (a marker or a whole secret), and what it stands for in a failure's message. */
    private final Map<String, String> sought = new ConcurrentHashMap<>();

    /** A text that reads like {@code plain} and ends with a marker, e.g. "Ny Handledare QxLmTqZcRwAe". */
    String text(String plain) {
        String marker = marker();
        String value = plain + " " + marker;
        sought.put(marker, value);
        return value;
    }

    /** An e-mail address at {@code domain} whose local part is a marker. */
    String email(String domain) {
        String marker = marker();
        String value = marker.toLowerCase(Locale.ROOT) + "@" + domain;
        sought.put(marker, value);
        return value;
    }

    /**
     * A value that cannot carry a marker, looked for as it is: a secret the service gave out (a
     * one-time link's, an API token's), or a number whose form is fixed.
     */
    String asIs(String what, String value) {
        sought.put(value, what + " " + value);
        return value;
    }

    /** Everything to look for, each with what it stands for. */
    Map<String, String> sought() {
        return Map.copyOf(sought);
    }

    private String marker() {
        StringBuilder marker = new StringBuilder(MARKER_PREFIX);
        for (int i = 0; i < MARKER_LENGTH; i++) {
            marker.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return marker.toString();
    }
}
