package se.tuna.placement.matcher.planning;

import java.util.Comparator;

/**
 * Who is hardest to place, for the construction heuristic to place first: the fewer slots fit a
 * participant, the harder; among equals, whoever has waited longest.
 */
public class PlacementDifficulty implements Comparator<PlannedPlacement> {

    private static final Comparator<PlannedPlacement> EASIEST_FIRST = Comparator
            .comparingInt(PlannedPlacement::getFeasibleCandidates).reversed()
            .thenComparingInt(PlannedPlacement::getWaitingDays)
            .thenComparing(PlannedPlacement::getParticipantId);

    @Override
    public int compare(PlannedPlacement a, PlannedPlacement b) {
        return EASIEST_FIRST.compare(a, b);
    }
}
