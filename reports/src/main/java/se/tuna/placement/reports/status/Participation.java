package se.tuna.placement.reports.status;

import java.math.BigDecimal;
import java.util.Map;

import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;

/**
 * Who the programme works with on the report's day (dagens läge): the active participants and the
 * referral queue.
 *
 * @param active        participants enrolled and not exited (aktiva deltagare), anonymous records included
 * @param byPhase       the active by where they are, every phase present
 * @param meanAge       the active's mean age with one decimal, of those whose birth year is known; {@code null} if nobody's is
 * @param agesKnown     how many of the active the mean age is taken over
 * @param genders       the active by gender (könsfördelning), every gender present
 * @param compensations the active by what they live on (ersättningsform), every kind present
 * @param referralQueue referred and not yet enrolled (remisskö): waiting for the referral group, or admitted
 */
public record Participation(long active, Map<ReportPhase, Long> byPhase, BigDecimal meanAge, long agesKnown,
        Map<Gender, Long> genders, Map<Compensation, Long> compensations, long referralQueue) {

    public Participation {
        byPhase = Map.copyOf(byPhase);
        genders = Map.copyOf(genders);
        compensations = Map.copyOf(compensations);
    }

    public long inPhase(ReportPhase phase) {
        return byPhase.getOrDefault(phase, 0L);
    }
}
