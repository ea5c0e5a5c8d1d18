package se.tuna.placement.participants.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WeeklySchedule;

/**
 * What the coordinator agreed with the employer for a placement (överenskommelse): when it
 * starts, the weekly hours and the days and times, the support the workplace gives, and, only if
 * the participant agreed to share it, their first name. This is all a supervisor sees of a
 * placement at their workplace: never limitations, phases, compensation or anything of another
 * employer.
 *
 * @param start           the first day
 * @param weeklyHours     hours a week to start with
 * @param schedule        the days and times agreed
 * @param support         the support the workplace gives
 * @param sharedFirstName the participant's first name, with their consent; {@code null} when not shared
 * @param agreedBy        the coordinator's account
 * @param agreedAt        when it was recorded
 */
public record PlacementAgreement(LocalDate start, Integer weeklyHours, WeeklySchedule schedule, Set<SupportOffered> support,
        SharedFirstName sharedFirstName, String agreedBy, Instant agreedAt) {

    public PlacementAgreement {
        support = support == null || support.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(support));
    }

    /**
     * A participant's first name, shared with the employer because the participant agreed to it.
     *
     * @param firstName          the first name only
     * @param consentRecordedBy  the account that recorded the participant's consent
     * @param consentRecordedAt  when
     */
    public record SharedFirstName(String firstName, String consentRecordedBy, Instant consentRecordedAt) {
    }
}
