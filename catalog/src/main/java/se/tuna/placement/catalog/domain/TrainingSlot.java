package se.tuna.placement.catalog.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A training slot (arbetsträningsplats) that an employer offers: what the work is, where and
 * when, what it demands and what support it gives, and how many participants it takes at a time.
 *
 * @param id             stable id
 * @param employerId     the employer offering it
 * @param title          short title, e.g. "Lagerarbete"
 * @param tasks          the tasks, described in Swedish (arbetsuppgifter)
 * @param occupationCode SSYK 2012 four-digit occupation code (yrkesgrupp)
 * @param locality       the locality (ort) where the work is
 * @param coordinates    where the work is
 * @param sites          the programme sites (verksamheter) whose participants it takes
 * @param hours          the weekly hours it can offer (min–max)
 * @param schedule       the weekdays and times work can take place
 * @param seats          how many participants it takes at the same time; at least 1
 * @param availableFrom  first day it can take a participant
 * @param availableUntil last day, or {@code null} when open-ended
 * @param demands        what the work demands; {@link WorkDemand#EARLY_START} follows from the schedule alone
 * @param heaviestLiftKg the heaviest lift the work needs in kg; 0 for none, {@code null} if not stated
 * @param support        the support the workplace offers
 * @param accessibility  how the workplace is reached and entered
 * @param supervisor     the supervisor's name (handledare), or {@code null} if not stated
 * @param status         open, paused or withdrawn
 * @param seatClaims     the holds and bookings on its seats
 */
public record TrainingSlot(
        String id,
        String employerId,
        String title,
        String tasks,
        String occupationCode,
        String locality,
        Coordinates coordinates,
        Set<String> sites,
        HourRange hours,
        WeeklySchedule schedule,
        int seats,
        LocalDate availableFrom,
        LocalDate availableUntil,
        Set<WorkDemand> demands,
        Integer heaviestLiftKg,
        Set<SupportOffered> support,
        Set<Accessibility> accessibility,
        String supervisor,
        SlotStatus status,
        List<SeatClaim> seatClaims) {

    /** A schedule that starts before this on any day is an early start ({@link WorkDemand#EARLY_START}). */
    public static final LocalTime EARLY_START_BEFORE = LocalTime.of(8, 0);

    public TrainingSlot {
        sites = sites == null ? Set.of() : Set.copyOf(sites);
        demands = withScheduleFacts(demands, schedule);
        support = support == null ? Set.of() : Set.copyOf(support);
        accessibility = accessibility == null ? Set.of() : Set.copyOf(accessibility);
        seatClaims = seatClaims == null ? List.of() : List.copyOf(seatClaims);
    }

    public TrainingSlot withSeatClaims(List<SeatClaim> claims) {
        return new TrainingSlot(id, employerId, title, tasks, occupationCode, locality, coordinates, sites, hours, schedule,
                seats, availableFrom, availableUntil, demands, heaviestLiftKg, support, accessibility, supervisor, status, claims);
    }

    public TrainingSlot withStatus(SlotStatus newStatus) {
        return new TrainingSlot(id, employerId, title, tasks, occupationCode, locality, coordinates, sites, hours, schedule,
                seats, availableFrom, availableUntil, demands, heaviestLiftKg, support, accessibility, supervisor, newStatus,
                seatClaims);
    }

    /**
     * The demands with the early start told from the schedule, whatever was stated: added when a day starts
     * before {@link #EARLY_START_BEFORE}, dropped when none does, so the flag can never disagree with the times.
     * Every slot passes here, whether registered through the API, imported, generated for the demo or read back.
     * A schedule without valid windows leaves the stated demands as they are (the rules refuse it anyway).
     */
    static Set<WorkDemand> withScheduleFacts(Set<WorkDemand> stated, WeeklySchedule schedule) {
        EnumSet<WorkDemand> demands = stated == null || stated.isEmpty() ? EnumSet.noneOf(WorkDemand.class) : EnumSet.copyOf(stated);
        if (schedule != null && !schedule.windows().isEmpty()
                && schedule.windows().stream().allMatch(window -> window != null && window.start() != null)) {
            if (schedule.earliestStart().orElseThrow().isBefore(EARLY_START_BEFORE)) {
                demands.add(WorkDemand.EARLY_START);
            } else {
                demands.remove(WorkDemand.EARLY_START);
            }
        }
        return Set.copyOf(demands);
    }

    /** Seats taken at {@code now} by bookings and by holds that have not lapsed. */
    public int takenSeats(Instant now) {
        return (int) seatClaims.stream().filter(claim -> claim.isActiveAt(now)).count();
    }

    public int freeSeats(Instant now) {
        return Math.max(0, seats - takenSeats(now));
    }
}
