package se.tuna.placement.catalog.store;

/**
 * A stored value with the sequence number and primary term it was read at, so that a write can
 * say "only if nobody changed it since" (optimistic concurrency).
 *
 * @param value       what was read
 * @param seqNo       the document's sequence number
 * @param primaryTerm the document's primary term
 * @param <T>         the value's type
 */
public record Versioned<T>(T value, long seqNo, long primaryTerm) {
}
