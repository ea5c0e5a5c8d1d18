package se.tuna.placement.participants.travel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.reference.RailStations;
import se.tuna.placement.participants.participant.TravelMode;

/**
 * Door-to-door travel times from straight-line distances, with stated assumptions a coordinator in the
 * Eskilstuna–Strängnäs area would recognise (documented, with a pinned table of trips, in
 * {@code docs/matching.md}). Every part is continuous in the distance: no jumps at thresholds.
 * <ul>
 * <li>Walk 4.5 km/h and bike 14 km/h along roads 1.3 times the straight line.</li>
 * <li>Car: roads 1.25 times the straight line; the first 4 km at town speed (30 km/h), the next 10 km on
 * main roads (70 km/h), the rest on the motorway (110 km/h, the E20); 3 minutes to park.</li>
 * <li>Bus: 5 minutes' walk to the stop, half the headway (buses every 15 minutes), the ride (roads 1.3 times the
 * straight line, the first 4 km at 25 km/h in town, then 60 km/h), 3 minutes from the stop; or walk, if faster.</li>
 * <li>Regional train, only between stations a line really connects: to the station (walk or bus), half the
 * line's headway (every 30 minutes on Svealandsbanan between Eskilstuna, Strängnäs and Läggesta, hourly on the
 * other lines), the ride (rails 1.1 times the straight line at 85 km/h, stops included), a change in Eskilstuna
 * with half the next line's headway where the stations are on different lines, and on from the station. Every
 * pair of stations is tried, so the best one is found however near or far the ends are.</li>
 * </ul>
 * Public transport is the faster of bus and train. A journey planner on real timetables (GTFS from Trafiklab)
 * can replace this behind {@link TravelTimeEstimator}.
 */
public class StraightLineTravelTimes implements TravelTimeEstimator {

    /** Roads and paths are longer than the straight line. */
    static final double DETOUR = 1.3;
    static final double WALK_KMH = 4.5;
    static final double BIKE_KMH = 14;
    /** Car roads between towns run straighter than paths in town. */
    static final double CAR_DETOUR = 1.25;
    static final double TOWN_KM = 4;
    static final double CAR_TOWN_KMH = 30;
    static final double MAIN_ROAD_KM = 10;
    static final double CAR_MAIN_ROAD_KMH = 70;
    static final double CAR_MOTORWAY_KMH = 110;
    static final int CAR_PARKING_MINUTES = 3;
    static final int WALK_TO_STOP_MINUTES = 5;
    static final int WALK_FROM_STOP_MINUTES = 3;
    static final int BUS_HEADWAY_MINUTES = 15;
    static final double BUS_TOWN_KMH = 25;
    static final double BUS_OPEN_ROAD_KMH = 60;
    static final double RAIL_DETOUR = 1.1;
    static final double TRAIN_KMH = 85;

    /**
     * A passenger station.
     *
     * @param name  its name
     * @param point where it is
     */
    public record Station(String name, Coordinates point) {
    }

    /**
     * A train line: the stations its trains stop at, and how often they run.
     *
     * @param name           its name
     * @param headwayMinutes minutes between departures on weekdays
     * @param stations       the stations it connects
     */
    public record Line(String name, int headwayMinutes, List<Station> stations) {
        public Line {
            stations = List.copyOf(stations);
        }
    }

    /** The lines of the Eskilstuna–Strängnäs area, by Trafikverket's station signatures. */
    private static final List<LineSpec> REGION = List.of(
            new LineSpec("Svealandsbanan, Eskilstuna–Läggesta–Nykvarn", 30, List.of("Et", "Sgs", "Åks", "Lg", "Nkv")),
            new LineSpec("Svealandsbanan, Kungsör–Eskilstuna", 60, List.of("Kör", "Et")),
            new LineSpec("Eskilstuna–Kvicksund–Västerås", 60, List.of("Et", "Ksu")),
            new LineSpec("Eskilstuna–Hälleforsnäs–Flen", 60, List.of("Et", "Hnä")));

    private record LineSpec(String name, int headwayMinutes, List<String> signatures) {
    }

    /** Every station of the lines, once. */
    private final List<Station> stations;
    /** Minutes from station i to station j by train, waits and a change included; infinite when no line connects them. */
    private final double[][] railMinutes;

    /** One line through all these stations, every 30 minutes: for a small world in tests. */
    public StraightLineTravelTimes(List<Station> stations) {
        this(stations.size() < 2 ? Set.<Line>of() : Set.of(new Line("Line", 30, stations)));
    }

    private StraightLineTravelTimes(Collection<Line> lines) {
        this.stations = lines.stream().flatMap(line -> line.stations().stream()).distinct().toList();
        this.railMinutes = new double[stations.size()][stations.size()];
        for (int i = 0; i < stations.size(); i++) {
            for (int j = 0; j < stations.size(); j++) {
                railMinutes[i][j] = Double.POSITIVE_INFINITY;
                if (i != j) {
                    for (Line first : lines) {
                        for (Line second : lines) {
                            if (first.stations().contains(stations.get(i)) && second.stations().contains(stations.get(j))) {
                                railMinutes[i][j] = Math.min(railMinutes[i][j], rail(first, stations.get(i), second,
                                        stations.get(j)));
                            }
                        }
                    }
                }
            }
        }
    }

    /** The estimator with these lines. */
    public static StraightLineTravelTimes withLines(List<Line> lines) {
        return new StraightLineTravelTimes(lines);
    }

    /** The estimator of the Eskilstuna–Strängnäs area, its stations from the reference data. */
    public static StraightLineTravelTimes ofRegion(RailStations railStations) {
        List<Line> lines = new ArrayList<>();
        for (LineSpec spec : REGION) {
            List<Station> stations = spec.signatures().stream()
                    .map(signature -> railStations.bySignature(signature).orElse(null)).filter(Objects::nonNull)
                    .map(station -> new Station(station.name(), new Coordinates(station.latitude(), station.longitude())))
                    .toList();
            if (stations.size() >= 2) {
                lines.add(new Line(spec.name(), spec.headwayMinutes(), stations));
            }
        }
        return withLines(lines);
    }

    @Override
    public OptionalInt minutes(Coordinates from, Coordinates to, TravelMode mode) {
        if (from == null || to == null || mode == null) {
            return OptionalInt.empty();
        }
        double km = from.distanceKm(to);
        double minutes = switch (mode) {
            case WALK -> walk(km);
            case BIKE -> km * DETOUR / BIKE_KMH * 60;
            case CAR -> car(km);
            case PUBLIC_TRANSPORT -> Math.min(bus(km), train(from, to));
        };
        return OptionalInt.of((int) Math.ceil(minutes));
    }

    @Override
    public double reachKm(TravelMode mode, int minutes) {
        return switch (mode) {
            case WALK -> minutes / 60.0 * WALK_KMH / DETOUR;
            case BIKE -> minutes / 60.0 * BIKE_KMH / DETOUR;
            // Never faster than the motorway all the way, nor than the train without waiting: upper bounds.
            case CAR -> Math.max(0, minutes - CAR_PARKING_MINUTES) / 60.0 * CAR_MOTORWAY_KMH / CAR_DETOUR;
            case PUBLIC_TRANSPORT -> minutes / 60.0 * TRAIN_KMH / RAIL_DETOUR + minutes / 60.0 * WALK_KMH / DETOUR;
        };
    }

    private static double walk(double km) {
        return km * DETOUR / WALK_KMH * 60;
    }

    /** Town streets first, then main roads, then the motorway: longer trips use faster roads. */
    private static double car(double km) {
        double road = km * CAR_DETOUR;
        double town = Math.min(road, TOWN_KM);
        double main = Math.min(Math.max(road - TOWN_KM, 0), MAIN_ROAD_KM);
        double motorway = Math.max(road - TOWN_KM - MAIN_ROAD_KM, 0);
        return CAR_PARKING_MINUTES + (town / CAR_TOWN_KMH + main / CAR_MAIN_ROAD_KMH + motorway / CAR_MOTORWAY_KMH) * 60;
    }

    /** Walk to the stop, wait, ride, walk on; or walk all the way if that is faster. */
    private static double bus(double km) {
        double road = km * DETOUR;
        double ride = (Math.min(road, TOWN_KM) / BUS_TOWN_KMH + Math.max(road - TOWN_KM, 0) / BUS_OPEN_ROAD_KMH) * 60;
        return Math.min(walk(km), WALK_TO_STOP_MINUTES + BUS_HEADWAY_MINUTES / 2.0 + ride + WALK_FROM_STOP_MINUTES);
    }

    /** The best way by train: every pair of stations a line, or two lines with a change, connects. */
    private double train(Coordinates from, Coordinates to) {
        int n = stations.size();
        double[] toStation = new double[n];
        double[] fromStation = new double[n];
        for (int i = 0; i < n; i++) {
            toStation[i] = bus(from.distanceKm(stations.get(i).point()));
            fromStation[i] = bus(stations.get(i).point().distanceKm(to));
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                best = Math.min(best, toStation[i] + railMinutes[i][j] + fromStation[j]);
            }
        }
        return best;
    }

    /** Waiting and riding from one station to another: on one line, or changing where the lines meet. */
    private static double rail(Line first, Station departure, Line second, Station arrival) {
        if (first.equals(second) || first.stations().contains(arrival)) {
            return first.stations().contains(arrival) ? first.headwayMinutes() / 2.0 + ride(departure, arrival)
                    : Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        for (Station change : first.stations()) {
            if (second.stations().contains(change) && !change.equals(departure) && !change.equals(arrival)) {
                best = Math.min(best, first.headwayMinutes() / 2.0 + ride(departure, change) + second.headwayMinutes() / 2.0
                        + ride(change, arrival));
            }
        }
        return best;
    }

    private static double ride(Station a, Station b) {
        return a.point().distanceKm(b.point()) * RAIL_DETOUR / TRAIN_KMH * 60;
    }
}
