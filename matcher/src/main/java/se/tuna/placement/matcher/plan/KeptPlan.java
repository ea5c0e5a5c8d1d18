package se.tuna.placement.matcher.plan;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import se.tuna.placement.matcher.explain.CriterionResult;

/**
 * A plan as it is kept in Elasticsearch so that it outlives the process: its state and, once
 * solved, every participant's line as the API gives it, with the candidates a coordinator may
 * choose instead. Not the solver's problem: a kept plan is read and decided from, never solved again.
 *
 * @param id          the plan (its job id)
 * @param sites       the sites whose waiting list it plans
 * @param requestedBy the coordinator who asked for it
 * @param status      where it was when last written; a running status after a restart becomes {@link PlanStatus#INTERRUPTED}
 * @param score       the plan's score, or {@code null}
 * @param placed      ready participants the plan places
 * @param ready       ready participants on the waiting list
 * @param pinned      placements a coordinator has decided
 * @param startedAt   when it was asked for
 * @param updatedAt   when it changed last
 * @param message     what went wrong, when it failed or was interrupted
 * @param assignments one line per participant, in the order the result lists them (empty until solved)
 */
public record KeptPlan(String id, Set<String> sites, String requestedBy, PlanStatus status, String score, int placed, int ready,
        int pinned, Instant startedAt, Instant updatedAt, String message, List<KeptAssignment> assignments) {

    public KeptPlan {
        sites = Set.copyOf(sites);
        assignments = List.copyOf(assignments);
    }

    PlanProgress progress() {
        return new PlanProgress(id, sites, requestedBy, status, score, placed, ready, pinned, startedAt, updatedAt, message);
    }

    KeptPlan withAssignment(KeptAssignment changed, Instant now) {
        List<KeptAssignment> lines = assignments.stream()
                .map(line -> line.participantId().equals(changed.participantId()) ? changed : line).toList();
        int decided = (int) lines.stream().filter(KeptAssignment::decided).count();
        return new KeptPlan(id, sites, requestedBy, status, score, placed, ready, decided, startedAt, now, message, lines);
    }

    KeptPlan interrupted(Instant now) {
        return new KeptPlan(id, sites, requestedBy, PlanStatus.INTERRUPTED, score, placed, ready, pinned, startedAt, now,
                "Tjänsten startades om medan planen gjordes. Starta en ny plan för samma verksamheter.", assignments);
    }

    /**
     * One participant's line of a kept plan.
     *
     * @param participantId the participant
     * @param waitingDays   days on the waiting list when planned
     * @param slotId        the slot the plan gives them (or the one a coordinator decided instead), or {@code null}
     * @param employerName  its employer
     * @param decided       a coordinator decided this placement
     * @param explanation   the checklist of the line's slot (empty for a slot chosen instead after a restart)
     * @param candidates    the participant's candidate slots, which a coordinator may choose instead
     */
    public record KeptAssignment(String participantId, int waitingDays, String slotId, String employerName,
            boolean decided, List<CriterionResult> explanation, List<KeptCandidate> candidates) {

        public KeptAssignment {
            explanation = List.copyOf(explanation);
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A candidate slot of a participant in a kept plan.
     *
     * @param slotId       the slot
     * @param employerName its employer
     */
    public record KeptCandidate(String slotId, String employerName) {
    }
}
