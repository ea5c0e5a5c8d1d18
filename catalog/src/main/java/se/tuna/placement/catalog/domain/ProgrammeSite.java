package se.tuna.placement.catalog.domain;

import java.util.Set;

/**
 * A site of the programme (verksamhet), e.g. TUNA Eskilstuna or TUNA Strängnäs: its own
 * participants and coaches, in one or more municipalities. Sites are data, not code, so new
 * ones (Katrineholm/Flen/Vingåker, Nyköping/Oxelösund, …) need no change to the platform.
 *
 * @param id                stable id, e.g. {@code strangnas}
 * @param name              display name
 * @param municipalityCodes the municipalities it serves (kommunkoder)
 * @param office            where its office is: where mapping meetings take place and coaches' days start
 */
public record ProgrammeSite(String id, String name, Set<String> municipalityCodes, Address office) {

    public ProgrammeSite {
        municipalityCodes = Set.copyOf(municipalityCodes);
    }
}
