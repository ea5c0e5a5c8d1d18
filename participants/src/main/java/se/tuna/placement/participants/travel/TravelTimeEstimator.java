package se.tuna.placement.participants.travel;

import java.util.OptionalInt;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.participants.participant.TravelMode;

/**
 * Estimates a one-way trip in minutes. The default works from coordinates alone (see
 * {@link StraightLineTravelTimes}); a timetable-based estimator (GTFS from Trafiklab, say) can
 * replace it without touching the matcher.
 */
@FunctionalInterface
public interface TravelTimeEstimator {

    /** Minutes from {@code from} to {@code to}; empty when it cannot be told (a position is missing). */
    OptionalInt minutes(Coordinates from, Coordinates to, TravelMode mode);

    /**
     * The farthest straight-line distance a trip of {@code minutes} can cover, so a search can leave
     * out what is surely too far without ever leaving out what is not. Unbounded by default.
     */
    default double reachKm(TravelMode mode, int minutes) {
        return Double.POSITIVE_INFINITY;
    }
}
