package se.tuna.placement.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An entry as the {@code audit} index holds it: the event's fields flat, so they can be searched. */
public record AuditEntryDocument(String chain, long sequence, Instant at, String kind, String accountId, Set<String> roles,
        String participantId, String access, String data, String endpoint, List<HeadDocument> knownHeads, String previousHash,
        String hash) {

    /** Another chain's head, as a chain's start recorded it. */
    public record HeadDocument(String chain, long sequence, String hash) {
    }
}
