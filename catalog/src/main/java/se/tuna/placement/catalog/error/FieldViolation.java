package se.tuna.placement.catalog.error;

/**
 * One reason an input was refused, tied to the field it is about.
 *
 * @param field  the field's path as the client sent it, e.g. {@code hours.min}
 * @param reason what is wrong, in words a user can act on
 */
public record FieldViolation(String field, String reason) {
}
