package se.tuna.placement.followup.planning;

import java.util.List;

/**
 * Who the personal coaches of a site are. The accounts live above this module; the application
 * supplies the answer.
 */
@FunctionalInterface
public interface SiteCoaches {

    /** The accounts of the active personal coaches who serve {@code site}. */
    List<String> coachesAt(String site);
}
