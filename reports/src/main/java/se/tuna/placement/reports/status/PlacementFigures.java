package se.tuna.placement.reports.status;

import java.math.BigDecimal;

/**
 * The placements of the period, up to the report's day. See {@code docs/reports.md} for each rule.
 *
 * @param trialsStarted     trials (provotider) started in the period
 * @param trialsConcluded   of those, the ones whose outcome is known by the day: extended into work training, or ended
 * @param continued         of those concluded, the ones that went on into work training (or ended for work, studies or
 *                          Arbetsförmedlingen, as the employers' trial records count them)
 * @param continuedPercent  continued over concluded, per cent with one decimal; {@code null} when none concluded
 * @param ended             placements with a trial that ended in the period
 * @param meanLengthDays    their mean length at the workplace, from the trial's first day to the last, in days with one
 *                          decimal; {@code null} when none ended
 * @param employersUsed     employers where someone was in a trial or work training on some day of the period
 * @param newEmployers      of those, the ones whose first trial for these sites started in the period
 */
public record PlacementFigures(long trialsStarted, long trialsConcluded, long continued, BigDecimal continuedPercent,
        long ended, BigDecimal meanLengthDays, long employersUsed, long newEmployers) {
}
