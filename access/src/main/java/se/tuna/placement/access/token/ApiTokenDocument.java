package se.tuna.placement.access.token;

import java.time.Instant;

/** A token as the {@code api-tokens} index holds it: the secret only as its hash, once collected. */
public record ApiTokenDocument(String id, String accountId, String name, String secretHash, Instant createdAt, String createdBy,
        Instant expiresAt, Instant collectedAt, Instant revokedAt, String revokedBy) {
}
