package se.tuna.placement.web.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;

/**
 * How many documents each of the service's indices has had written and deleted, from
 * Elasticsearch's indexing statistics: they count every write the moment it is done, with no
 * refresh to wait for, and an update counts even where it leaves the number of documents as it was.
 * Some indices may be left out: those the service writes by design whatever the answer.
 */
final class IndexCounters {

    private final ElasticsearchClient client;
    private final String prefix;
    private final Set<String> leftOut;

    /**
     * @param prefix  the service's index prefix
     * @param leftOut concrete indices whose counters are not read
     */
    IndexCounters(ElasticsearchClient client, String prefix, Set<String> leftOut) {
        this.client = client;
        this.prefix = prefix;
        this.leftOut = Set.copyOf(leftOut);
    }

    /**
     * The counters at one moment.
     *
     * @param writes "index indexed" and "index deleted" to their totals
     */
    record Snapshot(Map<String, Long> writes) {

        /** What moved since {@code before}, e.g. "t1a2b3c4-slots-v1 indexed +1"; empty when nothing did. */
        Map<String, Long> movedSince(Snapshot before) {
            Map<String, Long> moved = new TreeMap<>();
            writes.forEach((counter, total) -> {
                long difference = total - before.writes.getOrDefault(counter, 0L);
                if (difference != 0) {
                    moved.put(counter, difference);
                }
            });
            return moved;
        }
    }

    /** Makes what was written visible to search now, rather than at the next refresh; counts no write. */
    void refresh() {
        try {
            client.indices().refresh(r -> r.index(prefix + "*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Snapshot now() {
        try {
            IndicesStatsResponse stats = client.indices().stats(s -> s.index(prefix + "*").metric("indexing"));
            Map<String, Long> writes = new TreeMap<>();
            stats.indices().forEach((index, counters) -> {
                if (leftOut.contains(index)) {
                    return;
                }
                writes.put(index + " indexed", counters.primaries().indexing().indexTotal());
                writes.put(index + " deleted", counters.primaries().indexing().deleteTotal());
            });
            return new Snapshot(writes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
