package se.tuna.placement.catalog.domain;

/**
 * A WGS84 point (latitud/longitud).
 *
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 */
public record Coordinates(double lat, double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Sweden's bounding box, generously rounded; a point outside it is a typing error here. */
    public boolean isInSweden() {
        return lat >= 55.0 && lat <= 69.1 && lon >= 10.9 && lon <= 24.2;
    }

    /** Great-circle distance (haversine), in kilometres. */
    public double distanceKm(Coordinates other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
