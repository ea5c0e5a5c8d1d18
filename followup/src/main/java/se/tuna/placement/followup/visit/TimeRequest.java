package se.tuna.placement.followup.visit;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An employer supervisor's request for another time for a follow-up at their workplace (önskemål
 * om annan tid): shown to the coach, who agrees a time and moves the visit, which answers it.
 *
 * @param requestedBy    the supervisor's account
 * @param requestedAt    when
 * @param proposedStart  a time that would suit the workplace; {@code null} when none was proposed
 * @param message        a few words ("we have stocktaking that day"); never about the participant
 */
public record TimeRequest(String requestedBy, Instant requestedAt, LocalDateTime proposedStart, String message) {

    /** A request is a line or two, not a letter. */
    public static final int LONGEST_MESSAGE = 300;
}
