package se.tuna.placement.followup.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import se.tuna.placement.followup.visit.UnplannedReason;
import se.tuna.placement.followup.visit.Visit;

/**
 * What a (re-)plan of a site's visits did: how many it planned, which it could not and why, and
 * which visits people had seen that it moved.
 *
 * @param site       the site
 * @param from       the first day planned
 * @param until      the last day planned
 * @param planned    visits with a time and a coach
 * @param unplanned  visits it could not place, with the reason
 * @param moves      visits people had seen that now have another time or coach
 * @param hardBroken hard rules broken (0 in every plan that can be kept)
 * @param took       how long planning took
 */
public record PlanRun(String site, LocalDate from, LocalDate until, int planned, List<Unplanned> unplanned, List<Move> moves,
        int hardBroken, Duration took) {

    public PlanRun {
        unplanned = List.copyOf(unplanned);
        moves = List.copyOf(moves);
    }

    /** A visit left without a time. */
    public record Unplanned(Visit visit, UnplannedReason reason) {
    }

    /** A visit moved from where people saw it. */
    public record Move(Visit visit, LocalDateTime fromStart, String fromVisitorId, LocalDateTime toStart, String toVisitorId) {
    }
}
