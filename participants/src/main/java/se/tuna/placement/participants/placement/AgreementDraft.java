package se.tuna.placement.participants.placement;

import java.time.LocalDate;
import java.util.Set;

import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WeeklySchedule;

/**
 * What a coordinator records as agreed with the employer, before it is checked.
 *
 * @param start            the first day
 * @param weeklyHours      hours a week to start with
 * @param schedule         the days and times
 * @param support          the support the workplace gives
 * @param firstName        the participant's first name, to share with the supervisor; {@code null} to share none
 * @param firstNameConsent whether the participant agreed to share it (required with a first name)
 */
public record AgreementDraft(LocalDate start, Integer weeklyHours, WeeklySchedule schedule, Set<SupportOffered> support,
        String firstName, boolean firstNameConsent) {
}
