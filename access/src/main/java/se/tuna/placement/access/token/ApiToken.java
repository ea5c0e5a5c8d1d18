package se.tuna.placement.access.token;

import java.time.Instant;

/**
 * A personal API token (API-nyckel) that lets a program act as one person's account, issued and
 * revoked by an admin. Only its hash is stored; the token itself is shown once, when issued.
 *
 * @param id         stable id, also the token's public part
 * @param accountId  the account it acts as
 * @param name       what it is for, e.g. "Import från ärendesystemet"
 * @param createdAt  when it was issued
 * @param createdBy  the admin who issued it
 * @param expiresAt  when it stops working
 * @param revokedAt  when it was revoked, or {@code null}
 * @param revokedBy  who revoked it, or {@code null}
 */
public record ApiToken(String id, String accountId, String name, Instant createdAt, String createdBy, Instant expiresAt,
        Instant revokedAt, String revokedBy) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public ApiToken revoked(Instant at, String by) {
        return new ApiToken(id, accountId, name, createdAt, createdBy, expiresAt, at, by);
    }
}
