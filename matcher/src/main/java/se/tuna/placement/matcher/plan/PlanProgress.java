package se.tuna.placement.matcher.plan;

import java.time.Instant;
import java.util.Set;

/**
 * How a plan job is doing, as streamed to the coordinator while it solves.
 *
 * @param jobId        the job
 * @param sites        the sites whose waiting list it plans (all when empty)
 * @param requestedBy  the coordinator who asked for it
 * @param status       where it is
 * @param score        the best plan's score so far ("0hard/-20030medium/-150soft"), or {@code null}
 * @param placed       ready participants the best plan places
 * @param ready        ready participants on the waiting list
 * @param pinned       placements a coordinator has decided (kept by every solve)
 * @param startedAt    when it was asked for
 * @param updatedAt    when this changed last
 * @param message      what went wrong, when it failed
 */
public record PlanProgress(String jobId, Set<String> sites, String requestedBy, PlanStatus status, String score, int placed, int ready, int pinned,
        Instant startedAt, Instant updatedAt, String message) {
}
