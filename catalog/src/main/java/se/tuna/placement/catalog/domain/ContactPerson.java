package se.tuna.placement.catalog.domain;

/**
 * The employer's contact for the programme (kontaktperson), often also the supervisor.
 *
 * @param name  full name
 * @param phone phone number as written
 * @param email e-mail address
 */
public record ContactPerson(String name, String phone, String email) {
}
