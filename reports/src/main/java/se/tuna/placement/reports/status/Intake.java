package se.tuna.placement.reports.status;

/**
 * Who came to the programme in the period, up to the report's day.
 *
 * @param referrals new referrals (nya remisser): stints whose referral is dated in the period
 * @param admitted  admitted by the referral group (antagna) in the period
 * @param enrolled  enrolled (inskrivna) in the period, anonymous records included
 */
public record Intake(long referrals, long admitted, long enrolled) {
}
