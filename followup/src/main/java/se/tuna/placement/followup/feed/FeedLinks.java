package se.tuna.placement.followup.feed;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import se.tuna.placement.access.signin.Secrets;

/**
 * People's secret calendar links: one per person, made by the person, shown to them once (only
 * the secret's hash is stored, the way one-time links and API tokens are); making a new one
 * replaces the old, and revoking one ends it at once. A link is {@code <link id>_<secret>}: the id
 * finds the stored link, the secret proves it was given out.
 */
public class FeedLinks {

    private static final int LINK_ID_LENGTH = 32;

    private final FeedLinkRepository links;
    private final Clock clock;

    public FeedLinks(FeedLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** Makes the person a new link, ending the one they had; returns its token, which is never shown again. */
    public String create(String accountId, String createdBy) {
        String linkId = UUID.randomUUID().toString().replace("-", "");
        String secret = Secrets.newSecret();
        links.put(new FeedLink(accountId, linkId, Secrets.hash(secret), clock.instant(), createdBy));
        return linkId + "_" + secret;
    }

    /** Ends the person's link, if they have one; whether they had. */
    public boolean revoke(String accountId) {
        return links.delete(accountId);
    }

    /** The account whose calendar a token opens, if it is the person's current link. */
    public Optional<String> accountFor(String token) {
        if (token == null || token.length() <= LINK_ID_LENGTH + 1 || token.charAt(LINK_ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String linkId = token.substring(0, LINK_ID_LENGTH);
        if (!linkId.matches("[0-9a-f]{" + LINK_ID_LENGTH + "}")) {
            return Optional.empty();
        }
        String secret = token.substring(LINK_ID_LENGTH + 1);
        return links.byLinkId(linkId).filter(link -> Secrets.matches(secret, link.secretHash())).map(FeedLink::accountId);
    }
}
