package se.tuna.placement.participants.placement;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The short reference (referens) a coordinator and an employer use to talk about a placement,
 * e.g. P-K7M4QX. It is drawn at random, so it says nothing about the participant, and it leaves
 * out letters and digits that are easy to confuse on the phone (0/O, 1/I/L).
 */
public final class PlacementReference {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PlacementReference() {
    }

    /** A new reference for a placement being decided. */
    public static String random() {
        return drawnWith(RANDOM);
    }

    /** A reference drawn from {@code random}: a seeded one gives the demo's history the same references every time. */
    public static String drawnWith(RandomGenerator random) {
        StringBuilder reference = new StringBuilder("P-");
        for (int i = 0; i < LENGTH; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /**
     * The reference of a placement stored before references were drawn at random: it was read off
     * the placement's id then, and employers may have been told it, so it stays what it was.
     */
    static String storedOrEarlier(PlacementDocument document) {
        if (document.reference() != null) {
            return document.reference();
        }
        return "P-" + document.id().replace("-", "").substring(0, LENGTH).toUpperCase(Locale.ROOT);
    }
}
