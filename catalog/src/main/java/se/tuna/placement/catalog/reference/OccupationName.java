package se.tuna.placement.catalog.reference;

import java.util.Objects;

/**
 * An occupation name (yrkesbenämning) from the JobTech taxonomy, e.g. "Lagerarbetare", under its
 * SSYK 2012 level-4 group.
 *
 * @param id                       JobTech concept id of the name, e.g. {@code "9nHg_tvX_ajZ"}
 * @param name                     the Swedish occupation name
 * @param ssyk4                    the SSYK 2012 level-4 code of its group, e.g. {@code "4321"}
 * @param noEducationalRequirement true if JobTech lists it among occupations with no educational
 *                                 requirement (yrken utan krav på utbildning)
 */
public record OccupationName(String id, String name, String ssyk4, boolean noEducationalRequirement) {

    public OccupationName {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ssyk4, "ssyk4");
    }
}
