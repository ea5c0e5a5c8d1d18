package se.tuna.placement.access.account;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the {@code accounts} index holds it. Credentials are kept apart, in the
 * {@code credentials} index, so that listing and reading accounts never touches a password hash.
 */
public record AccountDocument(
        String id,
        String displayName,
        String email,
        IdentityDocument identity,
        Set<String> roles,
        Set<String> sites,
        String employerId,
        String status,
        boolean demo,
        Instant createdAt,
        String createdBy,
        Instant changedAt,
        String changedBy) {

    /** A staff member's identity provider and subject. */
    public record IdentityDocument(String issuer, String subject) {
    }
}
