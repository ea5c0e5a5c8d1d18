package se.tuna.placement.catalog.domain;

/**
 * A postal address with its position.
 *
 * @param street      street and number
 * @param postalCode  five digits, "NNN NN" or "NNNNN"
 * @param locality    the locality (ort), for example Torshälla
 * @param coordinates where it is
 */
public record Address(String street, String postalCode, String locality, Coordinates coordinates) {
}
