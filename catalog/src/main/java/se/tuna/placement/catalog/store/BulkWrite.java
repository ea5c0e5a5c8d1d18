package se.tuna.placement.catalog.store;

/**
 * One document of a bulk write: create it, or replace the version that was read.
 *
 * @param id       document id
 * @param document the document
 * @param expected the version read, or {@code null} to create (fails if the id exists)
 * @param <D>      document type
 */
public record BulkWrite<D>(String id, D document, Versioned<?> expected) {
}
