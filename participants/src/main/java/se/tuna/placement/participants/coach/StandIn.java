package se.tuna.placement.participants.coach;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A coach standing in (vikarierar) for another while that coach is away: for those days the stand-in
 * sees and follows up the absent coach's participants of one site. Arranged by a coordinator of
 * that site; both coaches work there.
 *
 * @param id             stable id
 * @param absentCoachId  the coach who is away
 * @param standInCoachId the coach who stands in
 * @param site           the site whose participants the stand-in takes over
 * @param from           the first day
 * @param until          the last day (inclusive)
 * @param madeBy         the coordinator's account
 * @param madeAt         when
 */
public record StandIn(String id, String absentCoachId, String standInCoachId, String site, LocalDate from, LocalDate until,
        String madeBy, Instant madeAt) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
