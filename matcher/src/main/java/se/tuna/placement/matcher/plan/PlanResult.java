package se.tuna.placement.matcher.plan;

import java.util.List;

/**
 * A plan for a waiting list, as a coordinator reads it.
 *
 * @param progress    the job's state and score
 * @param assignments one line per participant, placed first, then by waiting time
 */
public record PlanResult(PlanProgress progress, List<PlannedAssignment> assignments) {

    public PlanResult {
        assignments = List.copyOf(assignments);
    }
}
