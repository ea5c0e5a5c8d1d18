package se.tuna.placement.participants.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.tuna.placement.catalog.store.GeoPointDocument;
import se.tuna.placement.catalog.store.IntegerRangeDocument;
import se.tuna.placement.catalog.store.TimeWindowDocument;

/**
 * A participant as the {@code participants} index stores it: the participant's own fields, plus
 * the weekdays of their availability so that a filter on days is a plain term query.
 *
 * @param id                    pseudonymous id
 * @param site                  programme site
 * @param birthYear             birth year
 * @param gender                gender
 * @param homeLocality          home locality
 * @param home                  where trips start
 * @param travelMode            travel mode
 * @param maxTravelMinutes      longest one-way trip
 * @param hours                 weekly hour range
 * @param startCeilingHours     own start ceiling, if any
 * @param availability          the time windows
 * @param weekdays              days with availability
 * @param maxHoursPerDay        most hours a day
 * @param experienceOccupations SSYK codes of earlier work
 * @param goalOccupations       SSYK codes aimed for
 * @param skills                Swedish free text
 * @param interests             Swedish free text
 * @param strengths             Swedish free text
 * @param limitations           functional limitations and needs
 * @param maxLiftKg             heaviest lift with a lifting limit
 * @param earliestStart         earliest start of day, {@code HH:mm}
 * @param avoidedEmployers      employers not to place with
 * @param phase                 phase
 * @param readySince            ready for a placement since
 * @param createdAt             first stored
 * @param updatedAt             last changed
 */
public record ParticipantDocument(
        String id,
        String site,
        Integer birthYear,
        String gender,
        String homeLocality,
        GeoPointDocument home,
        String travelMode,
        Integer maxTravelMinutes,
        IntegerRangeDocument hours,
        Integer startCeilingHours,
        List<TimeWindowDocument> availability,
        Set<String> weekdays,
        Double maxHoursPerDay,
        Set<String> experienceOccupations,
        Set<String> goalOccupations,
        String skills,
        String interests,
        String strengths,
        Set<String> limitations,
        Integer maxLiftKg,
        String earliestStart,
        List<AvoidedEmployerDocument> avoidedEmployers,
        String phase,
        LocalDate readySince,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * @param employerId the employer
     * @param reason     why; stored, never indexed
     */
    public record AvoidedEmployerDocument(String employerId, String reason) {
    }
}
