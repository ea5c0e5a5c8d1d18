package se.tuna.placement.followup.schedule;

import java.time.LocalDate;

/**
 * A time a visitor is taken on a given day: a weekly commitment or a study visit booked with an
 * employer. The schedule plans around it and never moves it.
 *
 * @param visitorId   whose time it is
 * @param day         the day
 * @param startMinute when it starts, in minutes of the day
 * @param endMinute   when it ends
 * @param place       where it is, in the travel matrix; {@link TravelMatrix#NOWHERE} when it needs no travel
 * @param title       what it is
 */
public record BusyTime(String visitorId, LocalDate day, int startMinute, int endMinute, int place, String title) {
}
