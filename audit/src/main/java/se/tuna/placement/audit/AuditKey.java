package se.tuna.placement.audit;

import java.util.Arrays;
import java.util.Base64;

/**
 * The secret the access log's entries are sealed with (HMAC-SHA-256). Whoever can write to
 * Elasticsearch but does not hold the key cannot make an altered entry look sealed. Every instance
 * of the service holds the same key, so any of them can check every chain.
 */
public final class AuditKey {

    /** 256 bits, as HMAC-SHA-256 wants. */
    public static final int BYTES = 32;

    private final byte[] key;

    private AuditKey(byte[] key) {
        this.key = key.clone();
    }

    /** A key from its Base64 text; refused if shorter than {@value #BYTES} bytes. */
    public static AuditKey fromBase64(String text) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The audit key is not Base64 text", e);
        }
        if (key.length < BYTES) {
            throw new IllegalArgumentException("The audit key must be at least " + BYTES + " bytes (" + key.length + " given)");
        }
        return new AuditKey(key);
    }

    byte[] bytes() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "AuditKey[" + key.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditKey that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }
}
