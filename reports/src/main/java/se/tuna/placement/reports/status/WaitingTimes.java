package se.tuna.placement.reports.status;

import java.time.LocalDate;
import java.util.List;

/**
 * How long participants wait for a place.
 *
 * @param onList        the waiting list on the report's day: days each has waited since they became ready
 * @param toStudyVisit  days from ready for placement to the study visit, for the visits held in the period
 * @param toTrialStart  days from ready for placement to the trial's first day, for the trials started in the period
 * @param overTime      the waiting list at the end of each month of the period up to the report's day, and on that day
 */
public record WaitingTimes(Days onList, Days toStudyVisit, Days toTrialStart, List<WaitingOnDay> overTime) {

    public WaitingTimes {
        overTime = List.copyOf(overTime);
    }

    /**
     * The waiting list as it stood on one day.
     *
     * @param day     the day
     * @param waiting days each on the list had waited
     */
    public record WaitingOnDay(LocalDate day, Days waiting) {
    }
}
