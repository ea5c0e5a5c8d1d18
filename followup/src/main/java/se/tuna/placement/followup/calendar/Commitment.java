package se.tuna.placement.followup.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A fixed commitment that recurs every week (stående åtagande), e.g. the Strängnäs coaches' joint
 * meeting in Eskilstuna on Thursdays or the coordinator's day in Strängnäs: no visit may overlap it,
 * travel to and from its place included.
 *
 * @param title what it is, as shown in the calendar
 * @param day   the weekday
 * @param start when it starts
 * @param end   when it ends; after {@code start}
 * @param place where it takes place; {@code null} when it needs no travel (at the desk, online)
 */
public record Commitment(String title, DayOfWeek day, LocalTime start, LocalTime end, Place place) {
}
