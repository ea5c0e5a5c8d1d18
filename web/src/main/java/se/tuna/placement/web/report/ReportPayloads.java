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
     */
    record StatusReportResponse(List<String> sites, LocalDate from, LocalDate until, LocalDate asOf, long active,
            List<CountResponse> phases, BigDecimal meanAge, long agesKnown, List<CountResponse> genders,
            List<CountResponse> compensations, long referralQueue, ExitsResponse exitsSinceStart, ExitsResponse exitsInPeriod) {
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
