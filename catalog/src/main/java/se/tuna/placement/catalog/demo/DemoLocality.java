package se.tuna.placement.catalog.demo;

import se.tuna.placement.catalog.reference.Locality;

/**
 * A locality of the reference data as the demo bank uses it (a row of {@code demo/localities.csv}).
 *
 * @param locality     the reference locality with its point
 * @param weight       how many workplaces it has, relative to the others
 * @param spreadMetres how far from the point an address may lie
 * @param town         a town with larger workplaces
 * @param postalFrom   lowest postal code, five digits
 * @param postalTo     highest postal code
 */
record DemoLocality(Locality locality, double weight, int spreadMetres, boolean town, int postalFrom, int postalTo) {

    String name() {
        return locality.name();
    }

    String municipalityCode() {
        return locality.municipalityCode();
    }
}
