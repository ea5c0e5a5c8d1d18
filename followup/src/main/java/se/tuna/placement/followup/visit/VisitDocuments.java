package se.tuna.placement.followup.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import se.tuna.placement.catalog.store.GeoPointDocument;
import se.tuna.placement.catalog.store.TimeWindowDocument;

/** What the {@code visits} index holds. */
public final class VisitDocuments {

    private VisitDocuments() {
    }

    /** A visit, stored under its id. */
    public record VisitDocument(String id, VisitKind kind, String participantId, String placementId, String site, String coachId,
            PlaceDocument place, DueWindowDocument window, List<TimeWindowDocument> presence, AppointmentDocument appointment,
            UnplannedReason unplanned, CompletionDocument completion, TimeRequestDocument timeRequest, String visitorId,
            LocalDate day) {
    }

    public record TimeRequestDocument(String requestedBy, Instant requestedAt, LocalDateTime proposedStart, String message) {
    }

    public record PlaceDocument(String label, GeoPointDocument point) {
    }

    public record DueWindowDocument(LocalDate earliest, LocalDate due, LocalDate latest) {
    }

    public record AppointmentDocument(String visitorId, LocalDateTime start, boolean confirmed, LocalDateTime movedFrom) {
    }

    public record CompletionDocument(LocalDate on, String note, String recordedBy, Instant recordedAt) {
    }
}
