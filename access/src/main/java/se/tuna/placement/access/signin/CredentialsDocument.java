package se.tuna.placement.access.signin;

import java.time.Instant;

/** Credentials as the {@code credentials} index holds them. */
public record CredentialsDocument(String accountId, String passwordHash, Instant passwordSetAt, LinkDocument link) {

    /** A pending one-time link. */
    public record LinkDocument(String purpose, String secretHash, Instant issuedAt, String issuedBy, Instant expiresAt) {
    }
}
