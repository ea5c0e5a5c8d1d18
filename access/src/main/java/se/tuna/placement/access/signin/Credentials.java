package se.tuna.placement.access.signin;

import java.time.Instant;

/**
 * What lets a password account sign in, kept apart from the account: the password's slow hash and
 * at most one pending one-time link (an invitation or a password reset).
 *
 * @param accountId     the account
 * @param passwordHash  the password's hash (bcrypt, with its algorithm as prefix), or {@code null} before one is set
 * @param passwordSetAt when it was set
 * @param link          the pending one-time link, or {@code null}
 */
public record Credentials(String accountId, String passwordHash, Instant passwordSetAt, OneTimeLink link) {

    public Credentials withLink(OneTimeLink newLink) {
        return new Credentials(accountId, passwordHash, passwordSetAt, newLink);
    }

    public Credentials withPassword(String hash, Instant setAt) {
        return new Credentials(accountId, hash, setAt, null);
    }

    /**
     * A link that lets its holder set the account's password once, until it expires. Issuing a
     * new one makes the old one stop working.
     *
     * @param purpose    an invitation or a reset
     * @param secretHash the hash of the link's secret
     * @param issuedAt   when
     * @param issuedBy   the account that asked for it (a coordinator), or {@code null} when the person asked themselves
     * @param expiresAt  when it stops working
     */
    public record OneTimeLink(LinkPurpose purpose, String secretHash, Instant issuedAt, String issuedBy, Instant expiresAt) {
    }

    /** Why a one-time link was issued. */
    public enum LinkPurpose {
        /** Inbjudan: a new supervisor sets their first password. */
        INVITATION,
        /** Återställning: a supervisor who forgot their password sets a new one. */
        RESET
    }
}
