package se.tuna.placement.followup.feed;

import java.time.Instant;

/**
 * A person's secret calendar link as the {@code calendar-feeds} index holds it: one per person,
 * stored under their account id, the secret only as its hash.
 *
 * @param accountId  whose visits the link shows
 * @param linkId     the link's public part, random; finds the link when it is used
 * @param secretHash the hash of the link's secret ({@code Secrets.hash})
 * @param createdAt  when it was made
 * @param createdBy  who made it: the person themself
 */
public record FeedLink(String accountId, String linkId, String secretHash, Instant createdAt, String createdBy) {
}
