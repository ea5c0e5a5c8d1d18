package se.tuna.placement.participants.placement;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The employers' trial records, read from the placements: for each employer, how many trials
 * (provotider) have ended and how many went on, as {@link se.tuna.placement.participants.placement.path.PlacementPath#trialOutcome()}
 * tells each. A trial under way counts nothing, nor does one whose ending or extension was taken
 * back (the steps in force say). Ended placements kept when the participant was placed again count
 * too; a placement is counted once even in the moment it is both kept and still current.
 */
public class TrialRecords {

    private final PlacementRepository placements;

    public TrialRecords(PlacementRepository placements) {
        this.placements = placements;
    }

    /** The records of the given employers; one without an ended trial is left out. */
    public Map<String, TrialRecord> byEmployer(Collection<String> employerIds) {
        if (employerIds.isEmpty()) {
            return Map.of();
        }
        return tally(placements.withTrialOutcomeAt(Set.copyOf(employerIds)));
    }

    /** Counts the trials of {@code placements} per employer, each placement once. */
    static Map<String, TrialRecord> tally(List<Placement> placements) {
        Map<String, TrialRecord> records = new HashMap<>();
        Set<String> counted = new HashSet<>();
        for (Placement placement : placements) {
            // A kept placement has an id of its own but the same participant and decision.
            if (!counted.add(placement.participantId() + "@" + placement.decidedAt())) {
                continue;
            }
            placement.path().trialOutcome().ifPresent(outcome ->
                    records.merge(placement.employerId(), TrialRecord.NONE.with(outcome),
                            (a, b) -> new TrialRecord(a.ended() + b.ended(), a.continued() + b.continued())));
        }
        return records;
    }
}
