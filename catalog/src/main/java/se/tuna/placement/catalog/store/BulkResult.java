package se.tuna.placement.catalog.store;

import java.util.Map;
import java.util.Set;

/**
 * What a bulk write did, per document id.
 *
 * @param written    ids stored
 * @param conflicted ids that someone else wrote first (created or changed since read)
 * @param failed     ids the server refused, with its reason
 */
public record BulkResult(Set<String> written, Set<String> conflicted, Map<String, String> failed) {
}
