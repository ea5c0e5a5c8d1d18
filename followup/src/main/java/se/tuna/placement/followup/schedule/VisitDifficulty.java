package se.tuna.placement.followup.schedule;

import java.util.Comparator;

/**
 * A visit with fewer possible starts is harder to fit: planned first, while times are still free; of two alike, the
 * one whose window closes sooner. Sorted easiest first, as OptaPlanner expects (it plans the hardest first).
 */
public class VisitDifficulty implements Comparator<PlannedVisit> {

    private static final Comparator<PlannedVisit> EASIEST_FIRST =
            Comparator.<PlannedVisit>comparingInt(visit -> -visit.getCandidateStarts().size())
                    .thenComparing(PlannedVisit::getLatest, Comparator.reverseOrder())
                    .thenComparing(PlannedVisit::getId);

    @Override
    public int compare(PlannedVisit one, PlannedVisit other) {
        return EASIEST_FIRST.compare(one, other);
    }
}
