package se.tuna.placement.catalog.demo;

import java.util.SplittableRandom;

import se.tuna.placement.catalog.domain.Coordinates;

/** Points near a locality, and postal codes for it. */
final class Places {

    private static final double METRES_PER_DEGREE_OF_LATITUDE = 111_320;

    private Places() {
    }

    /** A point at most {@code place.spreadMetres()} from the locality's point, more often near it than far. */
    static Coordinates near(DemoLocality place, SplittableRandom random) {
        return around(place.locality().latitude(), place.locality().longitude(), place.spreadMetres(), random);
    }

    /**
     * A point at most {@code radiusMetres} from a point. The distance is uniform, not the area, so points gather
     * towards the centre as workplaces do in a town.
     */
    static Coordinates around(double lat, double lon, double radiusMetres, SplittableRandom random) {
        double distance = radiusMetres * random.nextDouble();
        double bearing = random.nextDouble() * 2 * Math.PI;
        double dLat = distance * Math.cos(bearing) / METRES_PER_DEGREE_OF_LATITUDE;
        double dLon = distance * Math.sin(bearing) / (METRES_PER_DEGREE_OF_LATITUDE * Math.cos(Math.toRadians(lat)));
        return new Coordinates(sixDecimals(lat + dLat), sixDecimals(lon + dLon));
    }

    /** A postal code of the locality written "NNN NN" (the codes have five digits, the first never 0). */
    static String postalCode(DemoLocality place, SplittableRandom random) {
        int code = place.postalFrom() + random.nextInt(place.postalTo() - place.postalFrom() + 1);
        String digits = Integer.toString(code);
        return digits.substring(0, 3) + " " + digits.substring(3);
    }

    private static double sixDecimals(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
