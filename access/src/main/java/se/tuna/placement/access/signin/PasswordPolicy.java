package se.tuna.placement.access.signin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: long rather than complicated (as NIST SP 800-63B advises), not the
 * person's address, not one of the passwords everyone tries first, and within what bcrypt reads.
 */
public final class PasswordPolicy {

    public static final int SHORTEST = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int LONGEST_BYTES = 72;
    private static final Set<String> FIRST_TRIED = Set.of("123456789012", "lösenord1234", "losenord1234",
            "password1234", "qwertyuiopå", "qwertyuiop12", "sommar202020", "abcdefghijkl", "tunatunatuna");

    private PasswordPolicy() {
    }

    /** What is wrong with a password, with the Swedish text the sign-in pages show. */
    public enum Problem {
        TOO_SHORT("Lösenordet behöver vara minst " + SHORTEST + " tecken."),
        TOO_LONG("Lösenordet får vara högst " + LONGEST_BYTES + " byte (ungefär 70 tecken)."),
        CONTAINS_ADDRESS("Lösenordet får inte innehålla din e-postadress."),
        TOO_COMMON("Lösenordet är för vanligt. Välj ett annat, gärna några ord i rad."),
        MISMATCH("Lösenorden är inte lika.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** The first problem of {@code password} for the account with address {@code email}, if any. */
    public static Optional<Problem> check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < SHORTEST) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@", 2)[0];
        if (name.length() >= 4 && lower.contains(name)) {
            return Optional.of(Problem.CONTAINS_ADDRESS);
        }
        if (FIRST_TRIED.contains(lower) || lower.chars().distinct().count() <= 3) {
            return Optional.of(Problem.TOO_COMMON);
        }
        return Optional.empty();
    }
}
