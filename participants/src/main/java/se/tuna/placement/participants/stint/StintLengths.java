package se.tuna.placement.participants.stint;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import se.tuna.placement.participants.placement.path.StintLimit;

/**
 * How long a stint (inskrivning) may last at each site: a year unless the site has set another
 * length ({@code tuna.stint.length-by-site.<site>=P18M}).
 *
 * @param bySite the sites that set their own length
 */
public record StintLengths(Map<String, Period> bySite) {

    public StintLengths {
        bySite = bySite == null ? Map.of() : Map.copyOf(bySite);
    }

    /** The limit of a stint at {@code site} that began on {@code enrolledOn}. */
    public StintLimit limitAt(String site, LocalDate enrolledOn) {
        return StintLimit.after(enrolledOn, at(site));
    }

    /** The longest stint at {@code site}. */
    public Period at(String site) {
        return bySite.getOrDefault(site, StintLimit.ONE_YEAR);
    }
}
