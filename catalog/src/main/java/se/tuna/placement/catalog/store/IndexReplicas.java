package se.tuna.placement.catalog.store;

import java.util.regex.Pattern;

/**
 * How many copies of each shard the platform's indices keep besides the primary, as
 * Elasticsearch's {@code index.auto_expand_replicas}: {@code 0-1} (the default) gives one replica
 * wherever the cluster has a second node to hold it, and none on a single node (which stays
 * green). Every index gets it from {@link IndexManager}, at creation and, for indices an older
 * version created, at every start.
 *
 * @param autoExpand a range {@code <min>-<max>}, {@code max} a number or {@code all}, e.g. {@code 0-1}
 */
public record IndexReplicas(String autoExpand) {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})-(\\d{1,3}|all)");

    /** One replica where there is a second node, none on a single node. */
    public static final IndexReplicas DEFAULT = new IndexReplicas("0-1");

    public IndexReplicas {
        var range = autoExpand == null ? null : RANGE.matcher(autoExpand.trim());
        if (range == null || !range.matches()) {
            throw new IllegalArgumentException("Replicas must be a range such as 0-1 or 0-all (index.auto_expand_replicas), was '"
                    + autoExpand + "'");
        }
        if (!range.group(2).equals("all") && Integer.parseInt(range.group(1)) > Integer.parseInt(range.group(2))) {
            throw new IllegalArgumentException("Replicas range " + autoExpand + " has its minimum above its maximum");
        }
        autoExpand = autoExpand.trim();
    }
}
