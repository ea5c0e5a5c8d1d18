package se.tuna.placement.reports.status;

import java.util.List;

/**
 * A status report (lägesrapport) for one site or several together, counted as of a day: counts
 * only, never a person. See {@code docs/reports.md} for what each figure counts.
 *
 * @param sites           the sites counted together
 * @param period          the period and the day it is counted as of
 * @param participation   the active participants and the referral queue on the day
 * @param intake          referrals, admissions and enrolments in the period
 * @param waiting         the waiting list and the days from ready to a study visit and to a trial
 * @param exitsSinceStart every exit on or before the day, since the site started (sedan start)
 * @param exitsInPeriod   the exits in the period, up to the day
 * @param placements      trials, their outcomes and lengths, and the employers used in the period
 */
public record StatusReport(List<String> sites, ReportPeriod period, Participation participation, Intake intake,
        WaitingTimes waiting, ExitCounts exitsSinceStart, ExitCounts exitsInPeriod, PlacementFigures placements) {

    public StatusReport {
        sites = List.copyOf(sites);
    }
}
