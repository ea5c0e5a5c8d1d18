package se.tuna.placement.access.token;

import java.time.Instant;

/**
 * A personal API token (API-nyckel) that lets a program act as one person's account. An admin
 * issues and revokes it; the person whose account it acts as collects its secret, once, signed in
 * as themselves, so nobody else ever holds it (an admin cannot act as someone else). Only the
 * secret's hash is stored.
 *
 * @param id         stable id, also the token's public part
 * @param accountId  the account it acts as
 * @param name       what it is for, e.g. "Import från ärendesystemet"
 * @param createdAt  when it was issued
 * @param createdBy  the admin who issued it
 * @param expiresAt  when it stops working
 * @param collectedAt when its person collected the secret, or {@code null}: until then it works for nobody
 * @param revokedAt  when it was revoked, or {@code null}
 * @param revokedBy  who revoked it, or {@code null}
 */
public record ApiToken(String id, String accountId, String name, Instant createdAt, String createdBy, Instant expiresAt,
        Instant collectedAt, Instant revokedAt, String revokedBy) {

    public boolean usableAt(Instant now) {
        return collectedAt != null && revokedAt == null && expiresAt.isAfter(now);
    }

    public ApiToken revoked(Instant at, String by) {
        return new ApiToken(id, accountId, name, createdAt, createdBy, expiresAt, collectedAt, at, by);
    }

    public ApiToken collected(Instant at) {
        return new ApiToken(id, accountId, name, createdAt, createdBy, expiresAt, at, revokedAt, revokedBy);
    }
}
