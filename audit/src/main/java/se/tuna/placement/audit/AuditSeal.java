package se.tuna.placement.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals an entry: HMAC-SHA-256, under the {@link AuditKey}, of every field of the entry but its
 * own seal, the previous entry's seal included. So changing any field of an entry, or taking one
 * out, or putting one in another place, breaks a seal that cannot be made again without the key.
 */
public final class AuditSeal {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public AuditSeal(AuditKey key) {
        this.key = new SecretKeySpec(key.bytes(), ALGORITHM);
    }

    /** The seal of an entry, whatever its {@code hash} holds now. */
    public String of(AuditEntry entry) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical(entry)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the entry carries its own seal; compared in constant time. */
    public boolean holds(AuditEntry entry) {
        return entry.hash() != null && MessageDigest.isEqual(of(entry).getBytes(StandardCharsets.US_ASCII),
                entry.hash().getBytes(StandardCharsets.US_ASCII));
    }

    /** Each field as its length and its text, so no two different entries read the same. */
    private static byte[] canonical(AuditEntry entry) {
        // String.valueOf: an entry read back with a field taken out must fail its seal, not the check.
        List<String> fields = new ArrayList<>(List.of(String.valueOf(entry.chain()), Long.toString(entry.sequence()),
                String.valueOf(entry.at()), String.valueOf(entry.kind()), String.valueOf(entry.previousHash())));
        if (entry.event() != null) {
            AuditEvent event = entry.event();
            fields.addAll(List.of(event.who().accountId(), String.join(",", event.who().roles().stream().sorted().toList()),
                    event.participantId(), event.access().name(), event.data().name(), event.endpoint()));
        }
        entry.knownHeads().forEach(head -> fields.addAll(List.of(head.chain(), Long.toString(head.sequence()), head.hash())));
        StringBuilder text = new StringBuilder();
        fields.forEach(field -> text.append(field.length()).append(':').append(field).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
