package se.tuna.placement.followup.visit;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.participant.ParticipantRules;

/**
 * What coaches record of their visits: done (with a short note), agreed with the people concerned
 * (then no plan moves it), or moved to another time they agreed. Each change is written against
 * the version read, so a plan being stored at the same moment never undoes it.
 */
public class VisitBook {

    private static final int MAX_ATTEMPTS = 20;
    public static final int LONGEST_NOTE = 500;

    private final VisitRepository visits;
    private final Clock clock;

    public VisitBook(VisitRepository visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    public Visit get(String id) {
        return visits.find(id).map(Versioned::value).orElseThrow(() -> new NotFoundException("visit", id));
    }

    /** Records the visit as done on {@code on} (today when null); a visit done once is not done again (409). */
    public Visit recordDone(String id, LocalDate on, String note, String recordedBy) {
        LocalDate day = on == null ? today() : on;
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.checkDate(violations, "on", day);
        if (day.isAfter(today())) {
            violations.add(new FieldViolation("on", "cannot be in the future"));
        }
        if (note != null && note.length() > LONGEST_NOTE) {
            violations.add(new FieldViolation("note", "at most " + LONGEST_NOTE + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return change(id, visit -> {
            if (visit.done()) {
                throw new ConflictException("The visit is already recorded as done, on " + visit.completion().on());
            }
            if (day.isBefore(visit.window().earliest().minusDays(31))) {
                throw InvalidInputException.of("on", "is long before the visit fell due (" + visit.window().due() + ")");
            }
            return visit.withCompletion(new Completion(day, note == null || note.isBlank() ? null : note.strip(), recordedBy,
                    clock.instant()));
        });
    }

    /** Marks the planned time as agreed with the workplace or the participant: no plan moves it from now on. */
    public Visit confirm(String id) {
        return change(id, visit -> {
            requireOpen(visit);
            if (visit.appointment() == null) {
                throw new ConflictException("The visit has no planned time to confirm; give it one first");
            }
            return visit.withAppointment(visit.appointment().confirm(), null);
        });
    }

    /**
     * Moves the visit to a time the coach agreed (a weekday inside its due window, on the quarter-hour);
     * it is confirmed there, so no plan moves it back.
     */
    public Visit move(String id, LocalDateTime start, String visitorId) {
        if (start == null) {
            throw InvalidInputException.of("start", "is required");
        }
        List<FieldViolation> outOfRange = new ArrayList<>();
        CommonRules.checkDate(outOfRange, "start", start.toLocalDate());
        if (!outOfRange.isEmpty()) {
            throw new InvalidInputException(outOfRange);
        }
        if (start.getMinute() % 15 != 0 || start.getSecond() != 0 || start.getNano() != 0) {
            throw InvalidInputException.of("start", "must be on the quarter-hour");
        }
        if (start.getDayOfWeek() == DayOfWeek.SATURDAY || start.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw InvalidInputException.of("start", "must be on a weekday");
        }
        return change(id, visit -> {
            requireOpen(visit);
            if (!visit.window().contains(start.toLocalDate())) {
                throw InvalidInputException.of("start", "must be from " + visit.window().earliest() + " to " + visit.window().latest());
            }
            Appointment before = visit.appointment();
            LocalDateTime movedFrom = before == null ? null : before.start().equals(start) ? before.movedFrom() : before.start();
            // The time agreed answers the workplace's request, if there was one.
            return visit.withAppointment(new Appointment(visitorId, start, true, movedFrom), null).withTimeRequest(null);
        });
    }

    /**
     * Records a workplace supervisor's request for another time for a follow-up at their workplace:
     * the coach sees it in their queue and answers by moving the visit. A new request replaces one
     * not yet answered.
     */
    public Visit requestTime(String id, LocalDateTime proposedStart, String message, String requestedBy) {
        List<FieldViolation> violations = new ArrayList<>();
        if (message != null && message.length() > TimeRequest.LONGEST_MESSAGE) {
            violations.add(new FieldViolation("message", "at most " + TimeRequest.LONGEST_MESSAGE + " characters"));
        }
        if (proposedStart == null && (message == null || message.isBlank())) {
            violations.add(new FieldViolation("message", "say what time would suit, or propose one"));
        }
        if (proposedStart != null && proposedStart.toLocalDate().isBefore(today())) {
            violations.add(new FieldViolation("proposedStart", "has passed"));
        } else if (proposedStart != null && proposedStart.toLocalDate().isAfter(today().plusYears(1))) {
            violations.add(new FieldViolation("proposedStart", "must be within a year"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return change(id, visit -> {
            requireOpen(visit);
            if (!visit.kind().atWorkplace()) {
                throw new ConflictException("Only a follow-up at the workplace can be asked to move by the workplace");
            }
            return visit.withTimeRequest(new TimeRequest(requestedBy, clock.instant(), proposedStart,
                    message == null || message.isBlank() ? null : message.strip()));
        });
    }

    private static void requireOpen(Visit visit) {
        if (visit.done()) {
            throw new ConflictException("The visit is already recorded as done");
        }
    }

    private Visit change(String id, UnaryOperator<Visit> edit) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Versioned<Visit> read = visits.find(id).orElseThrow(() -> new NotFoundException("visit", id));
            Visit next = edit.apply(read.value());
            try {
                visits.replace(next, read);
                return next;
            } catch (VersionConflictException changedMeanwhile) {
                // A plan or a colleague wrote it meanwhile: apply the change over theirs.
            }
        }
        throw new ConflictException("The visit is being changed by others; try again");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
    }
}
