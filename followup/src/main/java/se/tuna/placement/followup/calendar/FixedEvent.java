package se.tuna.placement.followup.calendar;

import java.time.LocalDateTime;

/**
 * An event in a person's calendar booked outside the follow-up schedule, e.g. a study visit the
 * coordinator agreed with an employer: the schedule plans around it and never moves it.
 *
 * @param accountId whose calendar it is in
 * @param start     when it starts
 * @param minutes   how long it takes
 * @param place     where it is; {@code null} when it needs no travel
 * @param title     what it is, without health data
 */
public record FixedEvent(String accountId, LocalDateTime start, int minutes, Place place, String title) {
}
