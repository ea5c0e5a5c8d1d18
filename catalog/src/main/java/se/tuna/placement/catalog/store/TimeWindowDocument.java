package se.tuna.placement.catalog.store;

/**
 * A stored time window; times as {@code HH:mm}.
 *
 * @param day   e.g. {@code MONDAY}
 * @param start e.g. {@code 09:00}
 * @param end   e.g. {@code 12:00}
 */
public record TimeWindowDocument(String day, String start, String end) {
}
