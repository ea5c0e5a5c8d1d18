package se.tuna.placement.catalog.store;

import java.time.Instant;
import java.util.Set;

/**
 * An employer as the {@code employers} index stores it.
 *
 * @param id                 document id
 * @param name               name
 * @param organisationNumber canonical organisation number
 * @param sector             sector name
 * @param industryCode       SNI 2007 code
 * @param contact            contact person
 * @param address            address with location
 * @param sites              programme sites
 * @param createdAt          first stored
 * @param updatedAt          last changed
 */
public record EmployerDocument(
        String id,
        String name,
        String organisationNumber,
        String sector,
        String industryCode,
        Contact contact,
        Address address,
        Set<String> sites,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * @param name  name
     * @param phone phone
     * @param email e-mail
     */
    public record Contact(String name, String phone, String email) {
    }

    /**
     * @param street     street
     * @param postalCode postal code
     * @param locality   locality
     * @param location   position
     */
    public record Address(String street, String postalCode, String locality, GeoPointDocument location) {
    }
}
