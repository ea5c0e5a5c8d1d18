package se.tuna.placement.web.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.web.catalog.CatalogPayloads.TimeWindowPayload;
import se.tuna.placement.web.participant.PathPayloads.PathResponse;

/** The JSON shapes of placements: the coordinator's whole view, and the employer's narrow one. */
public final class PlacementPayloads {

    private PlacementPayloads() {
    }

    /** What the coordinator agreed with the employer. */
    public record AgreementRequest(
            @NotNull LocalDate start,
            @NotNull Integer weeklyHours,
            @NotEmpty List<@Valid @NotNull TimeWindowPayload> schedule,
            Set<@NotNull SupportOffered> support,
            @Schema(description = "The participant's first name for the supervisor; only with firstNameConsent") String firstName,
            @Schema(description = "The participant agreed to share their first name with the employer") boolean firstNameConsent) {
    }

    /** What was agreed, as the coordinator sees it. */
    public record AgreementResponse(LocalDate start, Integer weeklyHours, List<TimeWindowPayload> schedule, Set<SupportOffered> support,
            String firstName, String firstNameConsentRecordedBy, Instant firstNameConsentRecordedAt, String agreedBy,
            Instant agreedAt) {
    }

    /** A placement as a coordinator or the participant's coach sees it, with its path. */
    public record PlacementResponse(String id, String reference, String participantId, String slotId, String employerId,
            PathResponse path, String decidedBy, String decidedByName, Instant decidedAt, String planJobId,
            AgreementResponse agreement, ChoiceResponse choice) {
    }

    /**
     * How the slot was chosen: the slot ranked first (the best suggestion or the plan's; none for a
     * booking by hand), the slot chosen, whether they differ, and why.
     */
    public record ChoiceResponse(String firstSlotId, String chosenSlotId, boolean overridden, String reason) {
    }

    /**
     * A placement at the employer's workplace, as its supervisor sees it: the reference, the slot,
     * what was agreed, and a first name only where the participant agreed to share it. Nothing of
     * the participant's health, phase or compensation, and not their id.
     */
    public record EmployerPlacementResponse(String reference, String slotId, String slotTitle, LocalDate start, Integer weeklyHours,
            List<TimeWindowPayload> schedule, Set<SupportOffered> support, List<String> supportLabels, String firstName) {
    }
}
