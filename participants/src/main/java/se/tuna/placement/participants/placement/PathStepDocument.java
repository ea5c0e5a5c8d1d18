package se.tuna.placement.participants.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import se.tuna.placement.catalog.store.TimeWindowDocument;

/**
 * One step of a placement's path as the {@code placements} index holds it: one shape for every
 * kind of step, told apart by {@code kind} (a {@code StepKind} name), with only the fields of that
 * kind filled in.
 *
 * @param kind       which step: {@code BOOK_STUDY_VISIT}, {@code ANSWER_STUDY_VISIT}, {@code START_TRIAL}, {@code EXTEND},
 *                   {@code END} or {@code CORRECT}
 * @param on         the day it happened (for an extension, the day it was decided)
 * @param recordedBy the account that recorded it
 * @param recordedAt when it was recorded
 * @param visit      the study visit, for {@code BOOK_STUDY_VISIT}
 * @param trial      the answer, for {@code ANSWER_STUDY_VISIT}: on to a trial or not
 * @param reason     why not (an answer), or why it was taken back ({@code CORRECT})
 * @param period     the trial's or the extension's days and terms
 * @param ending     how it ended, for {@code END}
 */
public record PathStepDocument(String kind, LocalDate on, String recordedBy, Instant recordedAt, VisitDocument visit,
        Boolean trial, String reason, PeriodDocument period, EndingDocument ending) {

    /** A study visit: booked on, at, and the day the participant first became ready. */
    public record VisitDocument(LocalDate bookedOn, LocalDateTime at, LocalDate readySince) {
    }

    /** A trial or an extension, with the hours, days and times and support agreed for it. */
    public record PeriodDocument(LocalDate start, LocalDate end, Integer weeklyHours, List<TimeWindowDocument> schedule,
            Set<String> support, boolean shortened) {
    }

    /**
     * An ending, told apart by {@code type}: {@code WORK_OR_STUDIES} (with a destination), {@code NO_TRIAL} and
     * {@code FAILED_TRIAL} (with a reason), {@code MOVED}, {@code HANDED_OVER_TO_AF} (with until) or {@code WITH_STINT}.
     */
    public record EndingDocument(String type, String destination, String reason, LocalDate until) {
    }
}
