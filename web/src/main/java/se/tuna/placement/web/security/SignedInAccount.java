package se.tuna.placement.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * The principal of a password sign-in or an API token: the account, and nothing else (no
 * password, no token) is kept in the session.
 *
 * @param accountId  the account
 * @param signedInAt when a password sign-in happened (a session begun before the password was
 *                   last set is over); {@code null} for an API token
 */
record SignedInAccount(String accountId, Instant signedInAt) implements AccountBound, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
