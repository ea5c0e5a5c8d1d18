package se.tuna.placement.matcher.plan;

import java.time.Instant;
import java.util.List;

/**
 * The stored shape of a kept plan ({@link KeptPlan}), versioned: a reader knows which shape it reads.
 * Codes as their names, so the solver's and the explainer's types stay free of storage concerns.
 */
final class PlanDocuments {

    /** The shape this version writes and reads. */
    static final int VERSION = 1;

    private PlanDocuments() {
    }

    record PlanDocument(int version, String id, List<String> sites, String requestedBy, String status, String score, int placed,
            int ready, int pinned, Instant startedAt, Instant updatedAt, String message, List<AssignmentDocument> assignments) {
    }

    record AssignmentDocument(String participantId, int waitingDays, String slotId, String employerName,
            boolean decided, List<CriterionDocument> explanation, List<CandidateDocument> candidates) {
    }

    record CriterionDocument(String rule, String label, String status, String detail, int hardEffect, int mediumEffect,
            int softEffect) {
    }

    record CandidateDocument(String slotId, String employerName) {
    }
}
