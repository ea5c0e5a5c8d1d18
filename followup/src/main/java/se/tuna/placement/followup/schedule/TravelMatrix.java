package se.tuna.placement.followup.schedule;

import java.util.List;
import java.util.OptionalInt;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.participants.participant.TravelMode;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/**
 * One-way minutes between every two places of a schedule, by each way of travelling, worked out
 * once from the same estimate the matcher uses, so scoring a move only reads a table.
 */
public final class TravelMatrix {

    /** A place that needs no travel: a commitment at the desk or online. */
    public static final int NOWHERE = -1;
    /** Minutes assumed when a place's position is not known: rather too much time than a late coach. */
    static final int UNKNOWN_MINUTES = 30;

    private final int[][][] minutes;

    private TravelMatrix(int[][][] minutes) {
        this.minutes = minutes;
    }

    /** The matrix of {@code places} (their index is their number in the schedule). */
    public static TravelMatrix of(List<Coordinates> places, TravelTimeEstimator estimator) {
        int size = places.size();
        int[][][] table = new int[TravelMode.values().length][size][size];
        for (TravelMode mode : TravelMode.values()) {
            for (int from = 0; from < size; from++) {
                for (int to = 0; to < size; to++) {
                    table[mode.ordinal()][from][to] = from == to ? 0 : estimate(estimator, places.get(from), places.get(to), mode);
                }
            }
        }
        return new TravelMatrix(table);
    }

    /** A matrix given outright, one table for every way of travelling (for tests and benchmarks). */
    public static TravelMatrix given(int[][] minutes) {
        int[][][] table = new int[TravelMode.values().length][][];
        for (TravelMode mode : TravelMode.values()) {
            table[mode.ordinal()] = minutes;
        }
        return new TravelMatrix(table);
    }

    /** Minutes from one place to another; nothing to or from {@link #NOWHERE}. */
    public int minutes(int from, int to, TravelMode mode) {
        if (from == NOWHERE || to == NOWHERE) {
            return 0;
        }
        return minutes[mode.ordinal()][from][to];
    }

    private static int estimate(TravelTimeEstimator estimator, Coordinates from, Coordinates to, TravelMode mode) {
        if (from == null || to == null) {
            return UNKNOWN_MINUTES;
        }
        OptionalInt estimated = estimator.minutes(from, to, mode);
        return estimated.orElse(UNKNOWN_MINUTES);
    }
}
