package se.tuna.placement.web.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the reports' endpoints answer: counts only, never a person. */
final class ReportPayloads {

    private ReportPayloads() {
    }

    /**
     * A status report (lägesrapport).
     *
     * @param sites           the sites counted together
     * @param from            the period's first day
     * @param until           the period's last day
     * @param asOf            the day it is counted as of
     * @param active          enrolled and not exited, anonymous records included
     * @param phases          the active by phase: MAPPING, WAITING, STUDY_VISIT, IN_WORK_TRAINING (trial and work training)
     * @param meanAge         the active's mean age with one decimal (the year of {@code asOf} less the birth year), or null
     * @param agesKnown       how many of the active the mean age is taken over (those with a profile and a birth year)
     * @param genders         the active by gender
     * @param compensations   the active by compensation type (ersättningsform)
     * @param referralQueue   referred and not yet enrolled
     * @param exitsSinceStart exits on or before {@code asOf}, since the site's start
     * @param exitsInPeriod   exits in the period, up to {@code asOf}
     * @param intake          referrals, admissions and enrolments in the period
     * @param waiting         the waiting list on {@code asOf} and along the period, days from ready to study visit and trial
     * @param placements      trials started, continued and ended in the period, and the employers used
     */
    record StatusReportResponse(List<String> sites, LocalDate from, LocalDate until, LocalDate asOf, long active,
            List<CountResponse> phases, BigDecimal meanAge, long agesKnown, List<CountResponse> genders,
            List<CountResponse> compensations, long referralQueue, ExitsResponse exitsSinceStart, ExitsResponse exitsInPeriod,
            IntakeResponse intake, WaitingResponse waiting, PlacementsResponse placements) {
    }

    /**
     * Who came to the programme in the period, up to {@code asOf}.
     *
     * @param referrals stints whose referral is dated in the period (nya remisser)
     * @param admitted  admitted by the referral group (antagna)
     * @param enrolled  enrolled (inskrivna)
     */
    record IntakeResponse(long referrals, long admitted, long enrolled) {
    }

    /**
     * Days measured for each of several participants, summed up; only {@code count} when it is zero.
     *
     * @param count   how many were measured
     * @param median  the median, one decimal
     * @param p90     the 90th percentile (nearest rank)
     * @param longest the longest
     */
    record DaysResponse(int count, BigDecimal median, Integer p90, Integer longest) {
    }

    /**
     * How long participants wait for a place.
     *
     * @param onList       the waiting list on {@code asOf}: days since each became ready
     * @param toStudyVisit days from ready to the study visit, for visits held in the period
     * @param toTrialStart days from ready to the trial's first day, for trials started in the period
     * @param overTime     the waiting list at each month's end of the period, and on the last day counted
     */
    record WaitingResponse(DaysResponse onList, DaysResponse toStudyVisit, DaysResponse toTrialStart,
            List<WaitingOnDayResponse> overTime) {
    }

    /**
     * The waiting list on one day.
     *
     * @param day     the day
     * @param waiting days each on the list had waited
     */
    record WaitingOnDayResponse(LocalDate day, DaysResponse waiting) {
    }

    /**
     * The period's placements, up to {@code asOf}.
     *
     * @param trialsStarted    trials (provotider) started in the period
     * @param trialsConcluded  of those, the ones extended or ended by {@code asOf}
     * @param continued        of those concluded, the ones that went on into work training
     * @param continuedPercent continued over concluded, per cent with one decimal; null when none concluded
     * @param ended            placements with a trial that ended in the period
     * @param meanLengthDays   their mean length from the trial's first day to the last, in days; null when none
     * @param employersUsed    employers with someone in a trial or work training during the period
     * @param newEmployers     of those, the ones whose first trial for these sites started in the period
     */
    record PlacementsResponse(long trialsStarted, long trialsConcluded, long continued, BigDecimal continuedPercent, long ended,
            BigDecimal meanLengthDays, long employersUsed, long newEmployers) {
    }

    /**
     * A count of one kind.
     *
     * @param code  its code
     * @param label its Swedish name
     * @param count how many
     */
    record CountResponse(String code, String label, long count) {
    }

    /**
     * Exits by outcome, with the shares against the programme's goals.
     *
     * @param total    how many
     * @param outcomes by outcome, every outcome listed
     * @param goals    the goals' shares
     */
    record ExitsResponse(long total, List<OutcomeResponse> outcomes, List<GoalResponse> goals) {
    }

    /**
     * Exits with one outcome.
     *
     * @param outcome    its code
     * @param label      its Swedish name
     * @param reportedAs the status report's line it is counted on
     * @param count      how many
     */
    record OutcomeResponse(String outcome, String label, String reportedAs, long count) {
    }

    /**
     * One of the programme's goals and how far the exits reach it.
     *
     * @param goal          its code
     * @param label         in Swedish
     * @param targetPercent the share the goal asks for
     * @param count         the exits counting towards it
     * @param percent       their share of the exits, one decimal; null when there were none
     * @param reached       whether the share reaches the goal
     */
    record GoalResponse(String goal, String label, BigDecimal targetPercent, long count, BigDecimal percent, boolean reached) {
    }
}
