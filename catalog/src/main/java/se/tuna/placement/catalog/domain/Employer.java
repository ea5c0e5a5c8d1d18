package se.tuna.placement.catalog.domain;

import java.util.Set;

/**
 * An employer (arbetsgivare) on the open labour market that offers training slots.
 *
 * @param id                 stable id
 * @param name               the employer's name
 * @param organisationNumber organisationsnummer, checksum-validated
 * @param sector             public, private or non-profit
 * @param industryCode       SNI 2007 code (näringsgren)
 * @param contact            contact person for the programme
 * @param address            visiting address with coordinates
 * @param sites              the programme sites (verksamheter) it works with, e.g. "eskilstuna"
 */
public record Employer(
        String id,
        String name,
        OrganisationNumber organisationNumber,
        Sector sector,
        String industryCode,
        ContactPerson contact,
        Address address,
        Set<String> sites) {

    public Employer {
        sites = sites == null ? Set.of() : Set.copyOf(sites);
    }
}
