package se.tuna.placement.followup.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.tuna.placement.catalog.store.GeoPointDocument;
import se.tuna.placement.catalog.store.TimeWindowDocument;
import se.tuna.placement.participants.participant.TravelMode;

/** What the {@code work-calendars} index holds. */
public final class CalendarDocuments {

    private CalendarDocuments() {
    }

    /** A person's calendar, stored under their account id, with who changed it last. */
    public record CalendarDocument(String accountId, String site, List<TimeWindowDocument> workingHours, PlaceDocument base,
            TravelMode travelMode, List<AbsenceDocument> absences, List<CommitmentDocument> commitments, String changedBy,
            Instant changedAt) {
    }

    public record PlaceDocument(String label, GeoPointDocument point) {
    }

    public record AbsenceDocument(LocalDate from, LocalDate until, AbsenceKind kind) {
    }

    public record CommitmentDocument(String title, String day, String start, String end, PlaceDocument place) {
    }
}
