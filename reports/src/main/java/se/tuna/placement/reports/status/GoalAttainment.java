package se.tuna.placement.reports.status;

import java.math.BigDecimal;

/**
 * How far a set of exits reaches one of the programme's goals (måluppfyllelse).
 *
 * @param goal    the goal
 * @param count   the exits that count towards it
 * @param percent their share of all the exits, in per cent with one decimal; {@code null} when there were none
 * @param reached whether the share is at least the goal's; {@code false} when there were no exits
 */
public record GoalAttainment(ProgrammeGoal goal, long count, BigDecimal percent, boolean reached) {
}
