package se.tuna.placement.web.matching;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import se.tuna.placement.web.catalog.CatalogPayloads.SlotResponse;

/** The JSON shapes of suggestions, plans, decisions and the rules' weights. */
public final class MatchingPayloads {

    private MatchingPayloads() {
    }

    /** One line of a checklist; status is MET, PARTLY, NOT_MET or UNKNOWN, statusLabel its Swedish name. */
    public record CriterionResponse(String rule, String label, String status, String statusLabel, String detail,
            int hardEffect, int mediumEffect, int softEffect) {
    }

    /**
     * A slot suggested for a participant, with its checklist; toConfirm is null for a slot that passes
     * every hard rule, else what to ask the employer before it can be planned (such slots come last).
     */
    public record SuggestionResponse(int rank, SlotResponse slot, int hardScore, int softScore,
            List<CriterionResponse> explanation, String toConfirm) {
    }

    /**
     * A participant's ranked suggestions. {@code considered}/{@code excluded} count the slots that can
     * pass every hard rule; {@code toConfirmConsidered}/{@code toConfirmExcluded} those to be confirmed.
     */
    public record SuggestionsResponse(String participantId, int considered, int excluded, int toConfirmConsidered,
            int toConfirmExcluded, List<SuggestionResponse> suggestions) {
    }

    /** Start planning the waiting list of these sites (all the coordinator's when empty). */
    public record PlanRequest(Set<@NotBlank String> sites) {
    }

    /** A plan job's state: PREPARING, QUEUED, SOLVING, FINISHED, FAILED or INTERRUPTED (by a restart). */
    public record PlanProgressResponse(String jobId, Set<String> sites, String requestedBy, String status, String score, int placed, int ready, int pinned,
            Instant startedAt, Instant updatedAt, String message) {
    }

    /** One participant's line of a plan. */
    public record PlannedAssignmentResponse(String participantId, int waitingDays, SlotResponse slot, boolean decided,
            List<CriterionResponse> explanation) {
    }

    /** A plan with every participant's line. */
    public record PlanResultResponse(PlanProgressResponse progress, List<PlannedAssignmentResponse> assignments) {
    }

    /**
     * The signed-in coordinator decides the plan's placement for a participant: a study visit there,
     * at the time agreed with the employer.
     */
    public record DecisionRequest(@NotBlank String participantId,
            @Schema(description = "When the study visit takes place, agreed with the employer (Swedish local time)")
            @NotNull LocalDateTime studyVisitAt,
            @Schema(description = "Another of the participant's candidates than the plan's slot; the plan's slot if left out")
            String slotId,
            @Schema(description = "Why another slot than the plan's; required then, at most 500 characters") String reason) {
    }

    /** The rules' weights, each as "0hard/0medium/30soft". */
    public record WeightsResponse(Map<String, String> weights,
            @Schema(description = "The rules whose weights are fixed (the hard rules and the medium one); only the others can be changed")
            List<String> fixed) {
    }

    /** Change some weights; the signed-in admin is recorded as who changed them. */
    public record WeightsRequest(@NotEmpty Map<String, String> weights) {
    }
}
