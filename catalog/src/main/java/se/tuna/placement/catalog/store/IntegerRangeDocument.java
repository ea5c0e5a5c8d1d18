package se.tuna.placement.catalog.store;

/**
 * An {@code integer_range} as Elasticsearch stores it; both ends inclusive.
 *
 * @param gte lowest value
 * @param lte highest value
 */
public record IntegerRangeDocument(int gte, int lte) {
}
