package se.tuna.placement.participants.placement;

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

    /**
     * The limit of a stint at {@code site} that began on {@code enrolledOn}. Stints are not recorded
     * yet, so callers pass the day the participant first became ready for a placement as a stand-in
     * for the day of enrolment: a few weeks later, which errs on the participant's side.
     */
    public StintLimit limitAt(String site, LocalDate enrolledOn) {
        return StintLimit.after(enrolledOn, bySite.getOrDefault(site, StintLimit.ONE_YEAR));
    }
}
