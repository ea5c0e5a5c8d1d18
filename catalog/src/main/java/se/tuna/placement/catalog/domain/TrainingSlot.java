package se.tuna.placement.catalog.domain;

import java.time.Instant;
import java.time.LocalDate;
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
 * @param demands        what the work demands
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

    public TrainingSlot {
        sites = sites == null ? Set.of() : Set.copyOf(sites);
        demands = demands == null ? Set.of() : Set.copyOf(demands);
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

    /** Seats taken at {@code now} by bookings and by holds that have not lapsed. */
    public int takenSeats(Instant now) {
        return (int) seatClaims.stream().filter(claim -> claim.isActiveAt(now)).count();
    }

    public int freeSeats(Instant now) {
        return Math.max(0, seats - takenSeats(now));
    }
}
