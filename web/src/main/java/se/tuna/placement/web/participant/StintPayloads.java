package se.tuna.placement.web.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.ExitOutcome;

/** The stint API's request and response bodies. */
public final class StintPayloads {

    private StintPayloads() {
    }

    /** A referral: in the referral queue since {@code queuedOn}, or admitted by the referral group on {@code admittedOn}. */
    public record ReferralRequest(@NotBlank String participantId, @NotBlank String site,
            @Schema(description = "For statistics; UNSTATED if left out") Gender gender,
            @Schema(description = "The day the referral arrived, while it waits for the referral group") LocalDate queuedOn,
            @Schema(description = "The day the referral group (remissgruppen) admitted them") LocalDate admittedOn) {
    }

    /** A dated step that needs nothing else: admission, ready for placement, back to mapping. */
    public record DayRequest(@NotNull LocalDate on) {
    }

    /** Enrolment (inskrivning) with the participant's answer on consent. */
    public record EnrolmentRequest(@NotNull LocalDate on, @NotNull Consent consent, @NotNull Compensation compensation) {
    }

    /** A registration's referral and enrolment, given with the profile. */
    public record ProfileEnrolmentPayload(@Schema(description = "The day of enrolment if left out") LocalDate admittedOn,
            @NotNull LocalDate enrolledOn, @NotNull Consent consent, @NotNull Compensation compensation) {
    }

    public record CompensationRequest(@NotNull LocalDate on, @NotNull Compensation compensation) {
    }

    /** The exit (avslut): a placement under way ends with it; to Arbetsförmedlingen, AF holds the seat until {@code afUntil}. */
    public record ExitRequest(@NotNull LocalDate on, @NotNull ExitOutcome outcome,
            @Schema(description = "With HANDED_OVER_TO_AF during a placement: the last day of AF's period on the same seat")
            LocalDate afUntil) {
    }

    public record StintCorrectionRequest(@NotNull LocalDate on, @NotBlank String reason) {
    }

    public record StintStepResponse(String kind, LocalDate on, String recordedBy, Instant recordedAt, Consent consent,
            Compensation compensation, String compensationLabel, ExitOutcome outcome, String outcomeLabel, String reason) {
    }

    /**
     * A stint, with its steps, what may come next and its last day.
     *
     * @param participantId {@code null} in an anonymous statistics record
     * @param lastDay       the latest day it may end, once enrolled (a year, or the site's length)
     * @param nearsLastDay  within a month of the last day, or past it, and not exited: time to plan the exit
     */
    public record StintResponse(String id, String participantId, String site, Gender gender, int startYear, String stage,
            String stageLabel, LocalDate admittedOn, LocalDate enrolledOn, Consent consent, Compensation compensation,
            String compensationLabel, LocalDate readySince, LocalDate exitedOn, ExitOutcome outcome, String outcomeLabel,
            String outcomeReportedAs, LocalDate lastDay, boolean nearsLastDay, List<String> allowedSteps,
            List<StintStepResponse> steps) {
    }
}
