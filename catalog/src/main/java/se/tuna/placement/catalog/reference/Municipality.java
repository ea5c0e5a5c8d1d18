package se.tuna.placement.catalog.reference;

import java.util.Objects;

/**
 * A municipality (kommun) of Södermanlands län.
 *
 * @param code             SCB municipality code with its leading zero, e.g. {@code "0484"} (Eskilstuna)
 * @param name             full name, e.g. "Eskilstuna kommun"
 * @param shortName        short name, e.g. "Eskilstuna"
 * @param countyCode       SCB county (län) code, {@code "04"}
 * @param countyName       "Södermanlands län"
 * @param jobtechConceptId JobTech concept id, e.g. {@code "kMxr_NiX_YrU"}
 */
public record Municipality(
        String code, String name, String shortName, String countyCode, String countyName, String jobtechConceptId) {

    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
    }
}
