package se.tuna.placement.catalog.store;

/**
 * A {@code geo_point} as Elasticsearch stores it.
 *
 * @param lat latitude
 * @param lon longitude
 */
public record GeoPointDocument(double lat, double lon) {
}
