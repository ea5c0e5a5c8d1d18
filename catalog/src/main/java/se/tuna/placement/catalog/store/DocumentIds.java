package se.tuna.placement.catalog.store;

import java.nio.charset.StandardCharsets;

/**
 * What an id must be to name a stored document: Elasticsearch takes ids of 1 to 512 bytes. An id
 * from a request that is longer names nothing, and asking Elasticsearch for it anyway is refused
 * by its HTTP layer once the address passes 4 kB, so lookups answer "not found" without asking.
 */
public final class DocumentIds {

    /** Elasticsearch's limit on a document id, in UTF-8 bytes. */
    public static final int MOST_BYTES = 512;

    private DocumentIds() {
    }

    public static boolean canExist(String id) {
        return id != null && !id.isEmpty() && id.length() <= MOST_BYTES && id.getBytes(StandardCharsets.UTF_8).length <= MOST_BYTES;
    }
}
