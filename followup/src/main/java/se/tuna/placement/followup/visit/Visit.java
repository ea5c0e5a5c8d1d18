package se.tuna.placement.followup.visit;

import java.time.LocalDate;

import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.followup.calendar.Place;

/**
 * A visit a coach makes (besök): a follow-up at a participant's workplace or a mapping meeting at
 * the office. Derived from the participant's stint and placement, planned by the follow-up
 * schedule, then recorded as done.
 *
 * @param id            stable id, derived from what it follows up and its due day, so deriving again finds it
 * @param kind          what it is for
 * @param participantId the participant
 * @param placementId   the placement it follows up; {@code null} for a mapping meeting
 * @param site          the participant's site
 * @param coachId       the participant's own coach; {@code null} while they have none
 * @param place         where it takes place
 * @param window        when it should take place
 * @param presence      when the participant is there (the agreed days and times at the workplace, or their
 *                      availability for a meeting at the office); {@code null} when not known
 * @param appointment   when and by whom it is planned; {@code null} while unplanned
 * @param unplanned     why the last plan could not place it; {@code null} when planned or not yet planned
 * @param completion    its record once done; {@code null} until then
 * @param timeRequest   the workplace's request for another time, until the visit is moved or done; {@code null} if none
 */
public record Visit(String id, VisitKind kind, String participantId, String placementId, String site, String coachId,
        Place place, DueWindow window, WeeklySchedule presence, Appointment appointment, UnplannedReason unplanned,
        Completion completion, TimeRequest timeRequest) {

    public Visit {
        // An empty week is no known presence, not "never there".
        presence = presence == null || presence.windows().isEmpty() ? null : presence;
    }

    /** A visit that falls due, not yet planned: what the lifecycle calls for, nothing recorded yet. */
    public static Visit due(String id, VisitKind kind, String participantId, String placementId, String site, String coachId,
            Place place, DueWindow window, WeeklySchedule presence) {
        return new Visit(id, kind, participantId, placementId, site, coachId, place, window, presence, null, null, null, null);
    }

    /**
     * This visit as derived now, with what was recorded of {@code stored} (its time, its record, a request): a
     * done one keeps the coach and place it had.
     */
    public Visit withRecordOf(Visit stored) {
        return new Visit(id, kind, participantId, placementId, site, stored.done() ? stored.coachId : coachId,
                stored.done() ? stored.place : place, window, presence, stored.appointment, stored.unplanned, stored.completion,
                stored.timeRequest);
    }

    public boolean done() {
        return completion != null;
    }

    /** Done, or agreed with the people concerned: never moved by a plan. */
    public boolean fixed() {
        return done() || appointment != null && appointment.confirmed();
    }

    public int minutes() {
        return kind.minutes();
    }

    /** Open and past its last day. */
    public boolean overdue(LocalDate today) {
        return !done() && today.isAfter(window.latest());
    }

    public Visit withAppointment(Appointment newAppointment, UnplannedReason newUnplanned) {
        return new Visit(id, kind, participantId, placementId, site, coachId, place, window, presence, newAppointment, newUnplanned,
                completion, timeRequest);
    }

    public Visit withCompletion(Completion newCompletion) {
        return new Visit(id, kind, participantId, placementId, site, coachId, place, window, presence, appointment, unplanned,
                newCompletion, null);
    }

    /** The visit with the workplace's request for another time; {@code null} answers it. */
    public Visit withTimeRequest(TimeRequest request) {
        return new Visit(id, kind, participantId, placementId, site, coachId, place, window, presence, appointment, unplanned,
                completion, request);
    }
}
