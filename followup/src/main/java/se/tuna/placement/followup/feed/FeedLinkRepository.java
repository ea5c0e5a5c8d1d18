package se.tuna.placement.followup.feed;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;

/**
 * Stores the calendar links, one document per person under their account id, so making a new
 * link replaces the old one in the same write. Every write refreshes the index: a link revoked or
 * replaced is not found by the very next request.
 */
public class FeedLinkRepository {

    public static final IndexDefinition FEED_LINKS = new IndexDefinition("calendar-feeds", 1, "elasticsearch/calendar-feeds-v1.json");

    private final ElasticsearchClient client;
    private final String index;

    public FeedLinkRepository(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.index = names.alias(FEED_LINKS);
    }

    /** Stores the person's link, replacing the one they had. */
    public void put(FeedLink link) {
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(link.accountId()).document(link).refresh(Refresh.True)));
    }

    /** Removes the person's link; whether they had one. */
    public boolean delete(String accountId) {
        if (!DocumentIds.canExist(accountId)) {
            return false;
        }
        try {
            var response = call(() -> client.delete(d -> d.index(index).id(accountId).refresh(Refresh.True)));
            return response.result() == Result.Deleted;
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** The link with this public part, if one is stored. */
    public Optional<FeedLink> byLinkId(String linkId) {
        var response = call(() -> client.search(s -> s.index(index).size(1)
                .query(q -> q.term(t -> t.field("linkId").value(linkId))), FeedLink.class));
        return response.hits().hits().stream().map(Hit::source).findFirst();
    }
}
