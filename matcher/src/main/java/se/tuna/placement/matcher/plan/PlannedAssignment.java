package se.tuna.placement.matcher.plan;

import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.matcher.explain.Explanation;

/**
 * One participant's line in a plan: the slot proposed (or none), whether a coordinator has
 * decided it, and why.
 *
 * @param participantId the participant
 * @param waitingDays   days on the waiting list
 * @param slot          the slot the plan gives them, or {@code null} for none
 * @param employerName  its employer
 * @param decided       a coordinator decided this placement (it is pinned and its seat booked)
 * @param explanation   the checklist
 */
public record PlannedAssignment(String participantId, int waitingDays, TrainingSlot slot, String employerName,
        boolean decided, Explanation explanation) {
}
