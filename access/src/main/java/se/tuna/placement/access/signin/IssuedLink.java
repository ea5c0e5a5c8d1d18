package se.tuna.placement.access.signin;

import java.time.Instant;

import se.tuna.placement.access.signin.Credentials.LinkPurpose;

/**
 * A one-time link just issued. Its token is shown or sent once and never stored.
 *
 * @param accountId the account whose password it sets
 * @param email     where it is meant to go
 * @param purpose   an invitation or a reset
 * @param token     the secret part of the link
 * @param expiresAt when it stops working
 */
public record IssuedLink(String accountId, String email, LinkPurpose purpose, String token, Instant expiresAt) {
}
