package se.tuna.placement.participants.placement.path;

import java.time.LocalDate;

/**
 * The answer after a study visit: both the participant and the employer want to go on to a trial,
 * or not, and why.
 *
 * @param on     the day it was given
 * @param trial  whether they go on to a trial
 * @param reason why not; {@code null} when they go on
 */
public record VisitAnswer(LocalDate on, boolean trial, String reason) {

    public static VisitAnswer yes(LocalDate on) {
        return new VisitAnswer(on, true, null);
    }

    public static VisitAnswer no(LocalDate on, String reason) {
        return new VisitAnswer(on, false, reason);
    }
}
