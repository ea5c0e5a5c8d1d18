package se.tuna.placement.web.catalog;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WorkDemand;

/**
 * The JSON shapes of the catalog API. Presence and structure are checked here (Bean Validation);
 * the domain's rules check the values, so both kinds of error come back as the same problem
 * detail.
 */
public final class CatalogPayloads {

    private CatalogPayloads() {
    }

    /** A WGS84 position. */
    public record CoordinatesPayload(@NotNull Double lat, @NotNull Double lon) {
    }

    /** The employer's contact for the programme. */
    public record ContactPayload(String name, String phone, String email) {
    }

    /** A visiting address; coordinates are taken from the locality when left out. */
    public record AddressPayload(String street, String postalCode, @NotBlank String locality,
            @Valid CoordinatesPayload coordinates) {
    }

    /** An employer as registered or updated. */
    public record EmployerRequest(
            @NotBlank String name,
            @NotBlank String organisationNumber,
            @NotNull Sector sector,
            @NotBlank String industryCode,
            @Valid ContactPayload contact,
            @NotNull @Valid AddressPayload address,
            @NotEmpty Set<String> sites) {
    }

    /** An employer as read. */
    public record EmployerResponse(
            String id,
            String name,
            String organisationNumber,
            Sector sector,
            String industryCode,
            String industryName,
            ContactPayload contact,
            AddressPayload address,
            Set<String> sites) {
    }

    /** Weekly hours, min to max. */
    public record HoursPayload(@NotNull Integer min, @NotNull Integer max) {
    }

    /** A weekday with a time window, e.g. MONDAY 09:00–12:00. */
    public record TimeWindowPayload(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {
    }

    /** A training slot as registered or updated by its employer. */
    public record SlotRequest(
            @NotBlank String title,
            @NotBlank String tasks,
            @NotBlank String occupationCode,
            @NotBlank String locality,
            @Valid CoordinatesPayload coordinates,
            Set<String> sites,
            @NotNull @Valid HoursPayload hours,
            @NotEmpty List<@Valid @NotNull TimeWindowPayload> schedule,
            @NotNull Integer seats,
            @NotNull LocalDate availableFrom,
            LocalDate availableUntil,
            Set<WorkDemand> demands,
            Integer heaviestLiftKg,
            Set<SupportOffered> support,
            Set<Accessibility> accessibility,
            String supervisor) {
    }

    /** A training slot as read. */
    public record SlotResponse(
            String id,
            String employerId,
            String employerName,
            String title,
            String tasks,
            String occupationCode,
            String occupationName,
            String locality,
            CoordinatesPayload coordinates,
            Set<String> sites,
            HoursPayload hours,
            List<TimeWindowPayload> schedule,
            int seats,
            int freeSeats,
            LocalDate availableFrom,
            LocalDate availableUntil,
            Set<WorkDemand> demands,
            Integer heaviestLiftKg,
            Set<SupportOffered> support,
            Set<Accessibility> accessibility,
            String supervisor,
            SlotStatus status,
            Instant updatedAt) {
    }

    /** A slot a search found, with its distance from the place searched around. */
    public record SlotHitResponse(SlotResponse slot, double score, Double distanceKm) {
    }

    /** Hold a seat for a while, e.g. until a study visit has taken place. */
    public record HoldRequest(@NotBlank String reference, @NotNull @Min(1) @Max(90) Integer days) {
    }

    /** Book a seat. */
    public record BookingRequest(@NotBlank String reference) {
    }

    /** A hold or booking of a seat. */
    public record SeatClaimResponse(String id, String kind, String reference, Instant claimedAt, Instant expiresAt) {
    }

    /**
     * An import's outcome.
     *
     * @param dryRun             nothing was stored
     * @param rowsRead           data rows read
     * @param rowsRefused        rows refused (nothing of them stored)
     * @param employersCreated   new employers
     * @param employersUpdated   changed employers
     * @param employersUnchanged employers already stored so
     * @param slotsCreated       new slots
     * @param slotsUpdated       changed slots (their bookings kept)
     * @param slotsUnchanged     slots already stored so
     * @param errors             why rows were refused; a background job's report keeps the first
     *                           {@value ImportJobs#MOST_ERRORS_KEPT} only
     * @param errorCount         how many errors there were, also those not in {@code errors}
     * @param ignoredColumns     columns the format does not know, not read
     */
    public record ImportReportResponse(boolean dryRun, int rowsRead, int rowsRefused, int employersCreated,
            int employersUpdated, int employersUnchanged, int slotsCreated, int slotsUpdated, int slotsUnchanged,
            List<RowErrorResponse> errors, int errorCount, List<String> ignoredColumns) {

        /** The same report with at most the first {@code most} errors, keeping their count. */
        ImportReportResponse withFirstErrors(int most) {
            return errors == null || errors.size() <= most ? this : new ImportReportResponse(dryRun, rowsRead, rowsRefused, employersCreated,
                    employersUpdated, employersUnchanged, slotsCreated, slotsUpdated, slotsUnchanged,
                    List.copyOf(errors.subList(0, most)), errorCount, ignoredColumns);
        }
    }

    /**
     * A bank import running in the background.
     *
     * @param id     the job's id
     * @param state  QUEUED, RUNNING, DONE or FAILED
     * @param dryRun whether it only checks
     * @param phase  READING, CHECKING or STORING; {@code null} before it starts
     * @param done   rows read, rows checked or slots stored so far
     * @param total  rows to check or slots to store; 0 while reading
     * @param report  what the import did, once DONE
     * @param problem why it stopped, once FAILED (a refused file is answered with 422 problem details instead)
     */
    public record ImportJobResponse(String id, String state, boolean dryRun, String phase, int done, int total,
            ImportReportResponse report, ImportJobProblem problem) {
    }

    /** Why a background import stopped, in words for its coordinator: no details of the failure or of the file. */
    public record ImportJobProblem(String title, String detail) {
    }

    /** A refused row: its number as the spreadsheet shows it, the column and the reason. */
    public record RowErrorResponse(int row, String column, String reason) {
    }
}
