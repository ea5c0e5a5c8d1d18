package se.tuna.placement.web.followup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.tuna.placement.followup.calendar.AbsenceKind;
import se.tuna.placement.followup.planning.QueueKind;
import se.tuna.placement.followup.visit.TimeRequest;
import se.tuna.placement.followup.visit.UnplannedReason;
import se.tuna.placement.followup.visit.VisitBook;
import se.tuna.placement.followup.visit.VisitKind;
import se.tuna.placement.participants.participant.TravelMode;
import se.tuna.placement.web.catalog.CatalogPayloads.CoordinatesPayload;
import se.tuna.placement.web.catalog.CatalogPayloads.TimeWindowPayload;

/** The JSON shapes of visits, follow-up plans, queues and working calendars. */
public final class FollowUpPayloads {

    private FollowUpPayloads() {
    }

    /** Where something takes place. */
    public record PlaceResponse(String label, CoordinatesPayload point) {
    }

    /** A place to give: a name and a position. */
    public record PlaceRequest(@NotBlank @Size(max = 100) String label, @NotNull @Valid CoordinatesPayload point) {
    }

    /** When a visit should take place. */
    public record DueWindowResponse(LocalDate earliest, LocalDate due, LocalDate latest) {
    }

    /** When and by whom a visit is planned; {@code movedFrom} when a re-plan or the coach moved it. */
    public record AppointmentResponse(String visitorId, String visitorName, LocalDateTime start, LocalDateTime end, boolean confirmed,
            LocalDateTime movedFrom) {
    }

    /** A visit recorded as done. */
    public record CompletionResponse(LocalDate on, String note, String recordedBy) {
    }

    /** A visit: a follow-up at a workplace or a mapping meeting at the office. */
    public record VisitResponse(String id, VisitKind kind, String participantId, String placementId, String site, String coachId,
            PlaceResponse place, int minutes, DueWindowResponse window, AppointmentResponse appointment, UnplannedReason unplanned,
            CompletionResponse completion, TimeRequestResponse timeRequest, Integer travelBeforeMinutes) {
    }

    /** The workplace's request for another time. */
    public record TimeRequestResponse(Instant requestedAt, LocalDateTime proposedStart, String message) {
    }

    /** Ask for another time for a follow-up at one's workplace: a time that would suit, or a few words, or both. */
    public record TimeRequestPayload(LocalDateTime proposedStart, @Size(max = TimeRequest.LONGEST_MESSAGE) String message) {
    }

    /**
     * A follow-up planned at an employer's workplace, as its supervisor sees it: when, where and for which
     * placement (its reference), never whose.
     */
    public record WorkplaceFollowUpResponse(String visitId, VisitKind kind, String kindLabel, String placementReference, PlaceResponse place,
            LocalDateTime start, LocalDateTime end, boolean confirmed, TimeRequestResponse timeRequest) {
    }

    /** A person of the week, by name. */
    public record PersonResponse(String id, String displayName) {
    }

    /** Visits of one or more coaches for some days, and, for a coordinator, the site's unplanned ones. */
    public record WeekResponse(LocalDate from, LocalDate until, List<PersonResponse> coaches, List<VisitResponse> visits,
            List<VisitResponse> unplanned) {
    }

    /** Plan a site's visits for a period (four weeks from today when left out). */
    public record PlanRequest(@NotBlank String site, LocalDate from, LocalDate until) {
    }

    /** A visit the plan could not place, and why. */
    public record UnplannedResponse(VisitResponse visit, UnplannedReason reason) {
    }

    /** A visit people had seen that the plan moved. */
    public record MoveResponse(VisitResponse visit, LocalDateTime fromStart, String fromVisitorId, String fromVisitorName,
            LocalDateTime toStart, String toVisitorId, String toVisitorName) {
    }

    /** What a (re-)plan did. */
    public record PlanRunResponse(String site, LocalDate from, LocalDate until, int planned, List<UnplannedResponse> unplanned,
            List<MoveResponse> moves, int hardBroken, long tookMillis) {
    }

    /** Record a visit as done, on a day (today when left out), with a short note. */
    public record DoneRequest(LocalDate on, @Size(max = VisitBook.LONGEST_NOTE) String note) {
    }

    /** Move a visit to a time agreed with the people concerned. */
    public record MoveRequest(@NotNull LocalDateTime start) {
    }

    /** One participant in a coach's queue. */
    public record QueueEntryResponse(QueueKind kind, String participantId, LocalDate date, String visitId) {
    }

    /** A weekly commitment: a meeting, a day at another office. */
    public record CommitmentPayload(@NotBlank @Size(max = 100) String title, @NotNull DayOfWeek day, @NotNull LocalTime start,
            @NotNull LocalTime end, @Valid PlaceRequest place) {
    }

    /** A person's week: when they work, where their day starts, how they travel, what recurs. */
    public record CalendarRequest(@NotBlank String site, @NotNull @Size(min = 1, max = 21) List<@NotNull @Valid TimeWindowPayload> workingHours,
            @Valid PlaceRequest base, @NotNull TravelMode travelMode, @Size(max = 20) List<@NotNull @Valid CommitmentPayload> commitments) {
    }

    /** Days away. */
    public record AbsencePayload(@NotNull LocalDate from, @NotNull LocalDate until, @NotNull AbsenceKind kind) {
    }

    /** A person's calendar as stored. */
    public record CalendarResponse(String accountId, String site, List<TimeWindowPayload> workingHours, PlaceResponse base,
            TravelMode travelMode, List<AbsencePayload> absences, List<CommitmentResponse> commitments) {
    }

    /** A weekly commitment as stored. */
    public record CommitmentResponse(String title, DayOfWeek day, LocalTime start, LocalTime end, PlaceResponse place) {
    }

    /** An absence entered or taken back, and the re-plan of the person's site that followed ({@code null} when none was needed). */
    public record AbsenceResult(CalendarResponse calendar, PlanRunResponse plan) {
    }
}
