package se.tuna.placement.elasticsearch.local;

import java.net.URI;

/**
 * What a test class gets from {@link ElasticsearchExtension}: the node and the prefix that keeps
 * its indices apart from those of other test classes on the same node.
 *
 * @param httpUri     the node's HTTP address, e.g. {@code http://127.0.0.1:41234}
 * @param indexPrefix unique to the test class, lower case, e.g. {@code t3fa9c01b-}
 */
public record ElasticsearchTestNode(URI httpUri, String indexPrefix) {

    /** The name to use for an index (or alias) called {@code name} in production. */
    public String index(String name) {
        return indexPrefix + name;
    }
}
