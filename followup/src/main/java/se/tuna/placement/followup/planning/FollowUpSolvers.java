package se.tuna.placement.followup.planning;

import org.optaplanner.core.api.solver.SolverFactory;

import se.tuna.placement.followup.schedule.FollowUpSchedule;

/**
 * The follow-up solver with two patiences: a plan someone waits for stops seconds after it stops
 * improving; the service's own plan every few hours, which nobody waits for, searches minutes, so
 * the plan people see first is a good one and a later re-plan has little reason to move it.
 *
 * @param asked      for plans people ask for (a re-plan, an absence)
 * @param background for the service's own plans
 */
public record FollowUpSolvers(SolverFactory<FollowUpSchedule> asked, SolverFactory<FollowUpSchedule> background) {
}
