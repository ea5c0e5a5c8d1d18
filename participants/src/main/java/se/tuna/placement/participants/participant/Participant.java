package se.tuna.placement.participants.participant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;

/**
 * A participant (deltagare) as the coach records them from the mapping (kartläggning): only what
 * matching and follow-up need, under a pseudonymous id; no name, no personal identity number, no
 * diagnosis. Limitations are described by function.
 *
 * @param id                   pseudonymous id, e.g. {@code D-4F7K2}
 * @param site                 the programme site (verksamhet) the participant belongs to
 * @param birthYear            for statistics only
 * @param gender               for statistics only
 * @param homeLocality         the locality (ort) they live in
 * @param home                 where they start their trip from (a locality point is enough)
 * @param travelMode           how they travel
 * @param maxTravelMinutes     the longest one-way trip they manage, in minutes
 * @param hours                weekly hours they can work, min–max
 * @param startCeilingHours    the most weekly hours to start with; {@code null} for the programme default (10)
 * @param availability         weekdays and times they can attend
 * @param maxHoursPerDay       the most hours a day they manage
 * @param experienceOccupations SSYK codes of earlier work (arbetslivserfarenhet)
 * @param goalOccupations      SSYK codes they aim for (mål)
 * @param skills               skills, Swedish free text
 * @param interests            interests, Swedish free text
 * @param strengths            strengths (resurser), Swedish free text
 * @param limitations          functional limitations and needs from the closed vocabulary
 * @param maxLiftKg            with {@link FunctionalLimitation#LIFTING_LIMIT}: the heaviest lift they manage
 * @param earliestStart        with {@link FunctionalLimitation#NOT_BEFORE}: no work before this time of day
 * @param avoidedEmployers     employers not to place them with
 * @param phase                where they are in the programme
 * @param readySince           when they became ready for a placement (queue order)
 */
public record Participant(
        String id,
        String site,
        Integer birthYear,
        Gender gender,
        String homeLocality,
        Coordinates home,
        TravelMode travelMode,
        Integer maxTravelMinutes,
        HourRange hours,
        Integer startCeilingHours,
        WeeklySchedule availability,
        Double maxHoursPerDay,
        Set<String> experienceOccupations,
        Set<String> goalOccupations,
        String skills,
        String interests,
        String strengths,
        Set<FunctionalLimitation> limitations,
        Integer maxLiftKg,
        LocalTime earliestStart,
        List<AvoidedEmployer> avoidedEmployers,
        Phase phase,
        LocalDate readySince) {

    /** Most participants start under ten hours a week (the programme's rule of thumb). */
    public static final int DEFAULT_START_CEILING_HOURS = 10;

    public Participant {
        experienceOccupations = experienceOccupations == null ? Set.of() : Set.copyOf(experienceOccupations);
        goalOccupations = goalOccupations == null ? Set.of() : Set.copyOf(goalOccupations);
        limitations = limitations == null || limitations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(limitations));
        avoidedEmployers = avoidedEmployers == null ? List.of() : List.copyOf(avoidedEmployers);
    }

    /** The start ceiling in force: the participant's own, or the programme default. */
    public int effectiveStartCeiling() {
        return startCeilingHours == null ? DEFAULT_START_CEILING_HOURS : startCeilingHours;
    }

    /** The same participant in another phase, ready since {@code newReadySince} (or {@code null}). */
    public Participant withPhase(Phase newPhase, LocalDate newReadySince) {
        return new Participant(id, site, birthYear, gender, homeLocality, home, travelMode, maxTravelMinutes, hours,
                startCeilingHours, availability, maxHoursPerDay, experienceOccupations, goalOccupations, skills, interests,
                strengths, limitations, maxLiftKg, earliestStart, avoidedEmployers, newPhase, newReadySince);
    }

    /**
     * The participant's recorded days and times from their earliest start (a window cut to begin
     * then, one that ends by then left out): where the schedule rule and the search look for shared
     * working time. {@code null} when no availability is recorded; empty when no window is left.
     */
    public WeeklySchedule workingWindows() {
        if (availability == null || availability.windows().isEmpty()) {
            return null;
        }
        if (earliestStart == null) {
            return availability;
        }
        return new WeeklySchedule(availability.windows().stream()
                .filter(window -> window.end().isAfter(earliestStart))
                .map(window -> window.start().isBefore(earliestStart)
                        ? new TimeWindow(window.day(), earliestStart, window.end()) : window)
                .toList());
    }

    public boolean has(FunctionalLimitation limitation) {
        return limitations.contains(limitation);
    }

    public boolean avoids(String employerId) {
        return avoidedEmployers.stream().anyMatch(avoided -> avoided.employerId().equals(employerId));
    }
}
