package se.tuna.placement.catalog.reference;

import java.util.Objects;

/**
 * A Trafikverket railway location (driftplats). Not every one is a passenger station: the source has no
 * passenger-service flag.
 *
 * @param signature Trafikverket location signature (platssignatur), e.g. {@code "Et"} (Eskilstuna C),
 *                  {@code "Sgs"} (Strängnäs)
 * @param name      e.g. "Eskilstuna"
 * @param latitude  WGS84 latitude in degrees, converted from SWEREF 99 TM
 * @param longitude WGS84 longitude in degrees, converted from SWEREF 99 TM
 */
public record RailStation(String signature, String name, double latitude, double longitude) {

    public RailStation {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(name, "name");
    }
}
