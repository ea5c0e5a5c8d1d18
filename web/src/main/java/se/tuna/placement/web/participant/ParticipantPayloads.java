package se.tuna.placement.web.participant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.participant.TravelMode;
import se.tuna.placement.web.catalog.CatalogPayloads.CoordinatesPayload;
import se.tuna.placement.web.catalog.CatalogPayloads.HoursPayload;
import se.tuna.placement.web.catalog.CatalogPayloads.TimeWindowPayload;

/**
 * The JSON shapes of the participant API. Presence and structure are checked here (Bean
 * Validation); the domain's rules check the values, so both kinds of error come back as the same
 * problem detail. No name, personal identity number or diagnosis has a field here.
 */
public final class ParticipantPayloads {

    private ParticipantPayloads() {
    }

    /** An employer the participant should not be placed with, and why (for the coach only). */
    public record AvoidedEmployerPayload(@NotBlank String employerId, @NotBlank String reason) {
    }

    /**
     * A participant as registered or updated. On registration the id is required; on update it is
     * left out or equals the id in the path, and a phase left out keeps the stored one.
     */
    public record ParticipantRequest(
            @Schema(description = "Pseudonymous id, e.g. D-4F7K2; never a personal identity number") String id,
            @NotBlank String site,
            @Schema(description = "The programme serves ages 18–63 (the age reached this year); checked when given or "
                    + "changed, not again for a participant admitted earlier") @NotNull Integer birthYear,
            @Schema(description = "For statistics only; UNSTATED when left out") Gender gender,
            @NotBlank String homeLocality,
            @Schema(description = "Taken from the locality when left out; kept to about a kilometre")
            @Valid CoordinatesPayload home,
            @NotNull TravelMode travelMode,
            @NotNull Integer maxTravelMinutes,
            @NotNull @Valid HoursPayload hours,
            @Schema(description = "Left out for the programme's default of 10 hours a week") Integer startCeilingHours,
            @NotEmpty List<@Valid @NotNull TimeWindowPayload> availability,
            @NotNull Double maxHoursPerDay,
            Set<@NotBlank String> experienceOccupations,
            Set<@NotBlank String> goalOccupations,
            String skills,
            String interests,
            String strengths,
            Set<@NotNull FunctionalLimitation> limitations,
            @Schema(description = "With LIFTING_LIMIT only") Integer maxLiftKg,
            @Schema(description = "With NOT_BEFORE only", type = "string", example = "10:00") LocalTime earliestStart,
            List<@Valid @NotNull AvoidedEmployerPayload> avoidedEmployers,
            @Schema(description = "On registration: MAPPING (if left out) or READY; on update left out or unchanged, "
                    + "as the phase follows the stint and the placements") Phase phase,
            @Schema(description = "Required when phase is READY: it orders the waiting list") LocalDate readySince,
            @Schema(description = "On registration of someone not yet enrolled here: their referral and enrolment with "
                    + "consent, recorded first") @Valid StintPayloads.ProfileEnrolmentPayload enrolment) {
    }

    /** A participant as read, with Swedish labels of the codes. */
    public record ParticipantResponse(
            String id,
            String site,
            Integer birthYear,
            Gender gender,
            String homeLocality,
            CoordinatesPayload home,
            TravelMode travelMode,
            String travelModeLabel,
            Integer maxTravelMinutes,
            HoursPayload hours,
            Integer startCeilingHours,
            List<TimeWindowPayload> availability,
            Double maxHoursPerDay,
            Set<String> experienceOccupations,
            Set<String> goalOccupations,
            @Schema(description = "SSYK names of the experience and goal occupations, by code")
            Map<String, String> occupationNames,
            String skills,
            String interests,
            String strengths,
            Set<FunctionalLimitation> limitations,
            @Schema(description = "Swedish labels of the limitations, by code")
            Map<FunctionalLimitation, String> limitationLabels,
            Integer maxLiftKg,
            @Schema(type = "string", example = "10:00") LocalTime earliestStart,
            List<AvoidedEmployerPayload> avoidedEmployers,
            Phase phase,
            String phaseLabel,
            LocalDate readySince) {
    }
}
