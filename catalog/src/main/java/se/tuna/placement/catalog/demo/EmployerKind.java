package se.tuna.placement.catalog.demo;

import java.util.List;

import se.tuna.placement.catalog.domain.Sector;

/**
 * A kind of employer from {@code demo/employer-kinds.csv}: its sector, industry, how its name is made, where it
 * lies and which slots it offers.
 */
record EmployerKind(
        String key,
        Sector sector,
        String industryCode,
        double weight,
        double size,
        Where where,
        boolean spread,
        List<SlotTemplate> templates,
        List<String> namePatterns) {

    /** Which localities an employer of the kind may lie in. */
    enum Where {
        ANY,
        TOWN,
        COUNTRY
    }
}
