package se.tuna.placement.matcher.retrieval;

import java.util.List;

import se.tuna.placement.catalog.search.SlotHit;

/**
 * A participant's candidates for suggestions, as {@link CandidateRetrieval#suggestionPool} read
 * them, each list in the search's order.
 *
 * @param feasible            slots that pass every hard rule the pair decides, at most the number asked for
 * @param unconfirmed         slots that pass every other hard rule but do not state their heaviest lift while the
 *                            participant has a lifting limit: they could open once the employer confirms the lift
 * @param matching            how many slots in the whole bank pass the feasible search's filters (every hard rule
 *                            that can be told from the slot alone, a lift within a limit stated); -1 when not counted
 * @param rejected            how many of the slots that search read failed an exact check after it (trip time,
 *                            schedule hours, closed or removed since the search saw it)
 * @param unconfirmedMatching the same count for the search of slots to be confirmed; 0 when there is none
 * @param unconfirmedRejected the same refusals for the search of slots to be confirmed
 */
public record CandidatePool(List<SlotHit> feasible, List<SlotHit> unconfirmed, long matching, int rejected,
        long unconfirmedMatching, int unconfirmedRejected) {

    public CandidatePool {
        feasible = List.copyOf(feasible);
        unconfirmed = List.copyOf(unconfirmed);
    }

    /** Feasible first, then those to be confirmed. */
    public List<SlotHit> all() {
        return java.util.stream.Stream.concat(feasible.stream(), unconfirmed.stream()).toList();
    }
}
