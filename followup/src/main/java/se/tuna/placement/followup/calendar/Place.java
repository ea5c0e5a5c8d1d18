package se.tuna.placement.followup.calendar;

import se.tuna.placement.catalog.domain.Coordinates;

/**
 * Where a visit, a commitment or a person's working day takes place.
 *
 * @param label what people call it: the employer's name and town, "Kontoret i Strängnäs"
 * @param point where it is; {@code null} when not known (no travel can then be told)
 */
public record Place(String label, Coordinates point) {
}
