package se.tuna.placement.access.token;

/**
 * A token just issued, with the secret the program sends as {@code Authorization: Bearer}; the
 * secret is never stored and cannot be shown again.
 *
 * @param token  what was issued
 * @param secret the whole bearer token
 */
public record IssuedToken(ApiToken token, String secret) {
}
