package se.tuna.placement.catalog.domain;

/**
 * A range of hours per week (timmar per vecka), both ends inclusive.
 *
 * @param min the fewest hours a week
 * @param max the most hours a week
 */
public record HourRange(int min, int max) {

    /** A training week is never shorter than an hour nor longer than a full-time week. */
    public static final int FEWEST_WEEKLY_HOURS = 1;
    public static final int MOST_WEEKLY_HOURS = 40;

    public boolean overlaps(HourRange other) {
        return min <= other.max && other.min <= max;
    }

    public boolean contains(int hours) {
        return hours >= min && hours <= max;
    }
}
