package se.tuna.placement.participants.placement;

/**
 * The signed-in person who decides something, as recorded with the decision: their account, and
 * their name as it was then.
 *
 * @param accountId their account
 * @param name      their name
 */
public record DecidedBy(String accountId, String name) {
}
