package se.tuna.placement.matcher.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import se.tuna.placement.matcher.fit.AssessedHit;

/**
 * A participant's candidates for suggestions, as {@link CandidateRetrieval#suggestionPool} read
 * them, each list in the search's order, each slot as read again in real time with how the participant
 * fits it (judged once, there).
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
public record CandidatePool(List<AssessedHit> feasible, List<AssessedHit> unconfirmed, long matching, int rejected,
        long unconfirmedMatching, int unconfirmedRejected) {

    public CandidatePool {
        feasible = List.copyOf(feasible);
        unconfirmed = List.copyOf(unconfirmed);
    }

    /** The employers of every slot in the pool, feasible or to be confirmed. */
    public Set<String> employerIds() {
        Set<String> employers = new HashSet<>();
        Stream.concat(feasible.stream(), unconfirmed.stream()).forEach(hit -> employers.add(hit.hit().slot().employerId()));
        return employers;
    }
}
