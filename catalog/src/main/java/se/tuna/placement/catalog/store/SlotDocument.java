package se.tuna.placement.catalog.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A training slot as the {@code slots} index stores it: the slot's own fields, plus fields
 * derived for search (Swedish text with compound parts, occupation group, hour range, weekdays,
 * free seats) so every filter is a plain query that runs on any node.
 *
 * @param id                  document id
 * @param employerId          employer
 * @param employerName        employer's name, for display and text search
 * @param title               title
 * @param tasks               tasks in Swedish
 * @param searchText          title, tasks and employer name with compound words split
 * @param occupationCode      SSYK 4-digit code
 * @param occupationGroup     SSYK 3-digit group
 * @param locality            locality
 * @param location            position
 * @param sites               programme sites
 * @param hours               weekly hour range
 * @param hoursMin            lowest weekly hours, for sorting
 * @param hoursMax            highest weekly hours, for sorting
 * @param weekdays            days with working time
 * @param schedule            the time windows
 * @param earliestStartMinute earliest start, minutes after midnight
 * @param scheduleMinutes     the time windows as minutes of the week (Monday 00:00 is 0), for matching them to a
 *                            participant's; filled by the copy from an index before v2 as a save fills it (empty: no working times)
 * @param seats               seats
 * @param freeSeats           seats free when written
 * @param nextHoldLapse       when the first active hold lapses, if any, after which a seat frees itself
 * @param availableFrom       first day
 * @param availableUntil      last day
 * @param demands             work demands
 * @param heaviestLiftKg      heaviest lift
 * @param support             support offered
 * @param accessibility       accessibility
 * @param supervisor          supervisor
 * @param status              status
 * @param seatClaims          holds and bookings
 * @param importKey           the key a slot was imported under, if imported
 * @param createdAt           first stored
 * @param updatedAt           last changed
 */
public record SlotDocument(
        String id,
        String employerId,
        String employerName,
        String title,
        String tasks,
        String searchText,
        String occupationCode,
        String occupationGroup,
        String locality,
        GeoPointDocument location,
        Set<String> sites,
        IntegerRangeDocument hours,
        int hoursMin,
        int hoursMax,
        Set<String> weekdays,
        List<TimeWindowDocument> schedule,
        Integer earliestStartMinute,
        List<IntegerRangeDocument> scheduleMinutes,
        int seats,
        int freeSeats,
        Instant nextHoldLapse,
        LocalDate availableFrom,
        LocalDate availableUntil,
        Set<String> demands,
        Integer heaviestLiftKg,
        Set<String> support,
        Set<String> accessibility,
        String supervisor,
        String status,
        List<SeatClaimDocument> seatClaims,
        String importKey,
        Instant createdAt,
        Instant updatedAt) {
}
