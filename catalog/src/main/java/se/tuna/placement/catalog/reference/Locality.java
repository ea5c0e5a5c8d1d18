package se.tuna.placement.catalog.reference;

import java.util.Objects;

/**
 * A locality (ort) with its municipality and a WGS84 point. The point marks the place; it is not an
 * SCB tätort point or polygon.
 *
 * @param name             the locality as spelt in the source row, e.g. "Strängnäs"
 * @param municipalityCode SCB municipality code, e.g. {@code "0486"}
 * @param municipalityName e.g. "Strängnäs kommun"
 * @param latitude         WGS84 latitude in degrees
 * @param longitude        WGS84 longitude in degrees
 */
public record Locality(
        String name, String municipalityCode, String municipalityName, double latitude, double longitude) {

    public Locality {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(municipalityName, "municipalityName");
    }
}
