package se.tuna.placement.matcher.travel;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.participants.participant.TravelMode;

/**
 * Travel times from straight-line distances, with a detour factor and a speed per way of
 * travelling, and, for public transport, the regional train between the stations of the
 * Eskilstuna–Strängnäs area (Svealandsbanan and the line to Kvicksund) whenever that is faster
 * than the bus. The numbers are documented in {@code docs/matching.md}; they are estimates for
 * ranking and for a coordinator's first judgement, not a journey planner.
 */
public class StraightLineTravelTimes implements TravelTimeEstimator {

    /** Roads and paths are longer than the straight line. */
    static final double DETOUR = 1.3;
    static final double WALK_KMH = 4.5;
    static final double BIKE_KMH = 14;
    static final double CAR_KMH = 45;
    static final int CAR_PARKING_MINUTES = 5;
    /** Local buses: effective speed including stops, and the walk to the stop plus waiting. */
    static final double BUS_KMH = 20;
    static final int BUS_ACCESS_MINUTES = 10;
    /** Regional trains: average speed between stations including stops, and waiting at the station. */
    static final double TRAIN_KMH = 85;
    static final int TRAIN_WAIT_MINUTES = 8;

    private final List<Station> stations;

    /**
     * A passenger station.
     *
     * @param name  its name
     * @param point where it is
     */
    public record Station(String name, Coordinates point) {
    }

    public StraightLineTravelTimes(List<Station> stations) {
        this.stations = List.copyOf(stations);
    }

    @Override
    public OptionalInt minutes(Coordinates from, Coordinates to, TravelMode mode) {
        if (from == null || to == null || mode == null) {
            return OptionalInt.empty();
        }
        double km = from.distanceKm(to);
        double minutes = switch (mode) {
            case WALK -> byRoad(km, WALK_KMH);
            case BIKE -> byRoad(km, BIKE_KMH);
            case CAR -> byRoad(km, CAR_KMH) + CAR_PARKING_MINUTES;
            case PUBLIC_TRANSPORT -> Math.min(byBus(km), byTrain(from, to));
        };
        return OptionalInt.of((int) Math.ceil(minutes));
    }

    @Override
    public double reachKm(TravelMode mode, int minutes) {
        return switch (mode) {
            case WALK -> minutes / 60.0 * WALK_KMH / DETOUR;
            case BIKE -> minutes / 60.0 * BIKE_KMH / DETOUR;
            case CAR -> Math.max(0, minutes - CAR_PARKING_MINUTES) / 60.0 * CAR_KMH / DETOUR;
            // The fastest way is the train, straight between stations; add the bus speed for the ends.
            case PUBLIC_TRANSPORT -> Math.max(0, minutes - TRAIN_WAIT_MINUTES) / 60.0 * TRAIN_KMH / 1.1 + 2;
        };
    }

    private static double byRoad(double km, double kmh) {
        return km * DETOUR / kmh * 60;
    }

    /** Short trips are walked; longer ones take the bus. */
    private static double byBus(double km) {
        double walk = byRoad(km, WALK_KMH);
        return km < 1.0 ? walk : Math.min(walk, BUS_ACCESS_MINUTES + byRoad(km, BUS_KMH));
    }

    /** To the nearest station by bus or on foot, the train, and from the station nearest the destination. */
    private double byTrain(Coordinates from, Coordinates to) {
        if (stations.size() < 2) {
            return Double.POSITIVE_INFINITY;
        }
        Station departure = nearest(from);
        Station arrival = nearest(to);
        if (departure.equals(arrival)) {
            return Double.POSITIVE_INFINITY;
        }
        double train = departure.point().distanceKm(arrival.point()) * 1.1 / TRAIN_KMH * 60;
        return byBus(from.distanceKm(departure.point())) + TRAIN_WAIT_MINUTES + train
                + byBus(arrival.point().distanceKm(to));
    }

    private Station nearest(Coordinates point) {
        return stations.stream().min(Comparator.comparingDouble(station -> station.point().distanceKm(point))).orElseThrow();
    }
}
