package se.tuna.placement.followup.visit;

import java.time.LocalDateTime;

/**
 * When and by whom a visit is planned to take place.
 *
 * @param visitorId the account of the coach who makes the visit: the participant's own, or a stand-in
 * @param start     when it starts
 * @param confirmed agreed with the workplace or the participant: a re-plan never moves it
 * @param movedFrom where the last re-plan or the coach moved it from; {@code null} if it has not moved
 */
public record Appointment(String visitorId, LocalDateTime start, boolean confirmed, LocalDateTime movedFrom) {

    /** The same appointment, agreed and fixed from now on. */
    public Appointment confirm() {
        return new Appointment(visitorId, start, true, movedFrom);
    }
}
