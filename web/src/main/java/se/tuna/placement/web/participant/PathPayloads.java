package se.tuna.placement.web.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.participants.placement.EndingType;
import se.tuna.placement.web.catalog.CatalogPayloads.TimeWindowPayload;

/** The JSON shapes of a placement's path: each step's request, and the path as a coordinator or coach sees it. */
public final class PathPayloads {

    private PathPayloads() {
    }

    /** Boka studiebesök: at a slot, at the time agreed with the employer. */
    public record StudyVisitRequest(@NotBlank String slotId,
            @Schema(description = "When the visit takes place (Swedish local time)") @NotNull LocalDateTime at,
            @Schema(description = "The slot ranked first among the participant's suggestions; left out for a booking by hand")
            String firstRankedSlotId,
            @Schema(description = "Why another slot than the first-ranked; required then, at most 500 characters") String reason) {
    }

    /** Svar efter studiebesöket. */
    public record AnswerRequest(@NotNull LocalDate on, @Schema(description = "Both want to go on to a trial") boolean trial,
            @Schema(description = "Why not; required when trial is false") String reason) {
    }

    /** Starta provotid: from {@code start}, three weeks unless {@code end} says otherwise. */
    public record TrialRequest(@NotNull LocalDate start, @Schema(description = "The last day; three weeks from start if left out") LocalDate end,
            @NotNull Integer weeklyHours, @NotEmpty List<@Valid @NotNull TimeWindowPayload> schedule, Set<@NotNull SupportOffered> support) {
    }

    /** Förläng: a month from the day after the current period, on the terms agreed for it. */
    public record ExtensionRequest(@NotNull LocalDate decidedOn, @NotNull Integer weeklyHours,
            @NotEmpty List<@Valid @NotNull TimeWindowPayload> schedule, Set<@NotNull SupportOffered> support) {
    }

    /** Avsluta: the placement's last day and how it ended. */
    public record EndRequest(@NotNull LocalDate on, @NotNull @Valid EndingPayload ending) {
    }

    /**
     * How a placement ended: {@code type}, and what that type needs: a destination (WORK or STUDIES)
     * for WORK_OR_STUDIES, a reason for FAILED_TRIAL (and NO_TRIAL), the last day of AF's period for
     * HANDED_OVER_TO_AF.
     */
    public record EndingPayload(@NotNull EndingType type, String destination, String reason, LocalDate until) {
    }

    /** How a placement ended, with its Swedish name. */
    public record EndingResponse(EndingType type, String label, String destination, String reason, LocalDate until) {
    }

    /** Rätta: take back the last step, with why. */
    public record CorrectionRequest(@NotNull LocalDate on, @NotBlank String reason) {
    }

    /** A period of training and what was agreed for it. */
    public record PeriodResponse(LocalDate start, LocalDate end, Integer weeklyHours, List<TimeWindowPayload> schedule,
            Set<SupportOffered> support, @Schema(description = "Cut short to end on the stint's last day") boolean shortened) {
    }

    /** One step, with the fields of its kind. */
    public record StepResponse(String kind, String label, LocalDate on, String recordedBy, Instant recordedAt, LocalDateTime visitAt,
            LocalDate readySince, Boolean trial, String reason, PeriodResponse period, EndingResponse ending) {
    }

    /** A step the path allows from here. */
    public record AllowedStepResponse(String kind, String label) {
    }

    /** Where the placement's path stands, how it got there and what may come next. */
    public record PathResponse(String stage, String stageLabel, String standing, String standingLabel, List<StepResponse> steps,
            PeriodResponse currentPeriod, List<AllowedStepResponse> allowedSteps, LocalDate waitingSince, String trialOutcome,
            LocalDate stintLastDay, boolean nearsStintEnd) {
    }
}
