package se.tuna.placement.catalog.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.domain.WorkDemand;

/**
 * What a coordinator (or the matcher) looks for in the placement bank. Every field is optional;
 * {@code null} or empty means "any".
 *
 * @param text            Swedish free text matched against title, tasks and employer
 * @param occupationCode  SSYK code: four digits for an exact occupation, one to three for a group
 * @param near            centre for the radius and for distance ordering
 * @param radiusKm        only slots within this distance of {@code near}
 * @param hours           only slots whose weekly hour range overlaps this one
 * @param weekdays        only slots with working time on at least one of these days
 * @param support         only slots that offer all of this support
 * @param excludedDemands only slots that demand none of these
 * @param maxLiftKg       only slots whose heaviest lift is at most this (unknown counts as too heavy)
 * @param sites           only slots of these programme sites
 * @param statuses        only slots with these statuses; empty means open slots only
 * @param employerId      only this employer's slots
 * @param employerIdsExcluded never these employers' slots
 * @param availableOn     only slots available on this date
 * @param withFreeSeat    only slots with a seat that is neither booked nor held
 * @param sort            ordering
 * @param page            zero-based page
 * @param size            page size
 * @param requiredAccessibility only slots with all of this accessibility
 * @param unstatedLiftOnly with {@code maxLiftKg}, instead only slots that do not state their heaviest lift
 *                        (an unknown to confirm with the employer, never a match)
 * @param workingWithin   only slots with working time inside one of these windows (a participant's days and times
 *                        from their earliest start); {@code null} for any
 */
public record SlotSearchCriteria(
        String text,
        String occupationCode,
        Coordinates near,
        Double radiusKm,
        HourRange hours,
        Set<DayOfWeek> weekdays,
        Set<SupportOffered> support,
        Set<WorkDemand> excludedDemands,
        Integer maxLiftKg,
        Set<String> sites,
        Set<SlotStatus> statuses,
        String employerId,
        Set<String> employerIdsExcluded,
        LocalDate availableOn,
        boolean withFreeSeat,
        SlotSort sort,
        int page,
        int size,
        Set<Accessibility> requiredAccessibility,
        boolean unstatedLiftOnly,
        WeeklySchedule workingWithin) {

    /** Elasticsearch's default result window; deeper paging needs search_after. */
    public static final int MAX_WINDOW = 10_000;

    public SlotSearchCriteria {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        support = support == null ? Set.of() : Set.copyOf(support);
        excludedDemands = excludedDemands == null ? Set.of() : Set.copyOf(excludedDemands);
        sites = sites == null ? Set.of() : Set.copyOf(sites);
        statuses = statuses == null || statuses.isEmpty() ? Set.of(SlotStatus.OPEN) : Set.copyOf(statuses);
        employerIdsExcluded = employerIdsExcluded == null ? Set.of() : Set.copyOf(employerIdsExcluded);
        sort = sort == null ? SlotSort.RELEVANCE : sort;
        requiredAccessibility = requiredAccessibility == null ? Set.of() : Set.copyOf(requiredAccessibility);
    }

    /** The same criteria with the rest as before; for callers that build criteria positionally. */
    public SlotSearchCriteria(String text, String occupationCode, Coordinates near, Double radiusKm, HourRange hours,
            Set<DayOfWeek> weekdays, Set<SupportOffered> support, Set<WorkDemand> excludedDemands, Integer maxLiftKg,
            Set<String> sites, Set<SlotStatus> statuses, String employerId, Set<String> employerIdsExcluded,
            LocalDate availableOn, boolean withFreeSeat, SlotSort sort, int page, int size) {
        this(text, occupationCode, near, radiusKm, hours, weekdays, support, excludedDemands, maxLiftKg, sites, statuses,
                employerId, employerIdsExcluded, availableOn, withFreeSeat, sort, page, size, Set.of(), false, null);
    }

    /** The same criteria with the rest as before, unstated lifts left out. */
    public SlotSearchCriteria(String text, String occupationCode, Coordinates near, Double radiusKm, HourRange hours,
            Set<DayOfWeek> weekdays, Set<SupportOffered> support, Set<WorkDemand> excludedDemands, Integer maxLiftKg,
            Set<String> sites, Set<SlotStatus> statuses, String employerId, Set<String> employerIdsExcluded,
            LocalDate availableOn, boolean withFreeSeat, SlotSort sort, int page, int size,
            Set<Accessibility> requiredAccessibility) {
        this(text, occupationCode, near, radiusKm, hours, weekdays, support, excludedDemands, maxLiftKg, sites, statuses,
                employerId, employerIdsExcluded, availableOn, withFreeSeat, sort, page, size, requiredAccessibility, false, null);
    }

    /** Everything open, first page of 20: start here and narrow down with the withers. */
    public static SlotSearchCriteria openSlots() {
        return new SlotSearchCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, false, SlotSort.RELEVANCE, 0, 20);
    }

    public SlotSearchCriteria withText(String newText) {
        return new SlotSearchCriteria(newText, occupationCode, near, radiusKm, hours, weekdays, support, excludedDemands,
                maxLiftKg, sites, statuses, employerId, employerIdsExcluded, availableOn, withFreeSeat, sort, page, size, requiredAccessibility,
                unstatedLiftOnly, workingWithin);
    }

    public SlotSearchCriteria withEmployer(String newEmployerId) {
        return new SlotSearchCriteria(text, occupationCode, near, radiusKm, hours, weekdays, support, excludedDemands,
                maxLiftKg, sites, statuses, newEmployerId, employerIdsExcluded, availableOn, withFreeSeat, sort, page, size, requiredAccessibility,
                unstatedLiftOnly, workingWithin);
    }

    public SlotSearchCriteria withStatuses(Set<SlotStatus> newStatuses) {
        return new SlotSearchCriteria(text, occupationCode, near, radiusKm, hours, weekdays, support, excludedDemands,
                maxLiftKg, sites, newStatuses, employerId, employerIdsExcluded, availableOn, withFreeSeat, sort, page, size, requiredAccessibility,
                unstatedLiftOnly, workingWithin);
    }

    public SlotSearchCriteria withRequiredAccessibility(Set<Accessibility> newRequiredAccessibility) {
        return new SlotSearchCriteria(text, occupationCode, near, radiusKm, hours, weekdays, support, excludedDemands,
                maxLiftKg, sites, statuses, employerId, employerIdsExcluded, availableOn, withFreeSeat, sort, page, size,
                newRequiredAccessibility, unstatedLiftOnly, workingWithin);
    }

    /** Only slots that work at some time inside these windows; {@code null} for any. */
    public SlotSearchCriteria withWorkingWithin(WeeklySchedule windows) {
        return new SlotSearchCriteria(text, occupationCode, near, radiusKm, hours, weekdays, support, excludedDemands,
                maxLiftKg, sites, statuses, employerId, employerIdsExcluded, availableOn, withFreeSeat, sort, page, size,
                requiredAccessibility, unstatedLiftOnly, windows);
    }

    /** With a lifting limit, instead only slots that do not state their heaviest lift (to be confirmed). */
    public SlotSearchCriteria withUnstatedLiftOnly(boolean only) {
        return new SlotSearchCriteria(text, occupationCode, near, radiusKm, hours, weekdays, support, excludedDemands,
                maxLiftKg, sites, statuses, employerId, employerIdsExcluded, availableOn, withFreeSeat, sort, page, size,
                requiredAccessibility, only, workingWithin);
    }

    public SlotSearchCriteria withSort(SlotSort newSort) {
        return new SlotSearchCriteria(text, occupationCode, near, radiusKm, hours, weekdays, support, excludedDemands,
                maxLiftKg, sites, statuses, employerId, employerIdsExcluded, availableOn, withFreeSeat, newSort, page, size, requiredAccessibility,
                unstatedLiftOnly, workingWithin);
    }

    public SlotSearchCriteria withPage(int newPage, int newSize) {
        return new SlotSearchCriteria(text, occupationCode, near, radiusKm, hours, weekdays, support, excludedDemands,
                maxLiftKg, sites, statuses, employerId, employerIdsExcluded, availableOn, withFreeSeat, sort, newPage, newSize, requiredAccessibility,
                unstatedLiftOnly, workingWithin);
    }
}
