package se.tuna.placement.participants.stint;

import java.time.LocalDate;

/**
 * A referral and enrolment recorded together with the profile from the mapping, e.g. when a
 * participant enrolled on paper is registered here afterwards.
 *
 * @param admittedOn   the day the referral group admitted them; the day of enrolment if left out
 * @param enrolledOn   the day of enrolment (inskrivning)
 * @param consent      their answer on consent: a profile is stored only when it is {@link Consent#GIVEN}
 * @param compensation what they live on at enrolment
 */
public record Enrolment(LocalDate admittedOn, LocalDate enrolledOn, Consent consent, Compensation compensation) {
}
