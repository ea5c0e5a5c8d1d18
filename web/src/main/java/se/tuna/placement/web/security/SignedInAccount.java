package se.tuna.placement.web.security;

import java.io.Serial;
import java.io.Serializable;

/**
 * The principal of a password sign-in or an API token: the account, and nothing else (no
 * password, no token) is kept in the session.
 *
 * @param accountId the account
 */
record SignedInAccount(String accountId) implements AccountBound, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
