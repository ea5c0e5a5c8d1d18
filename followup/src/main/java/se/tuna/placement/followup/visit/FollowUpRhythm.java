package se.tuna.placement.followup.visit;

import java.time.Period;

/**
 * How often and how strictly visits fall due; the programme's practice by default, settable per
 * installation ({@code tuna.follow-up.*}).
 *
 * @param workplaceInterval time between follow-ups at a workplace (about a month)
 * @param slackDays         days before and after a follow-up's due day it may take place
 * @param trialWeekDays     the trial follow-up takes place within this many days before the trial ends
 */
public record FollowUpRhythm(Period workplaceInterval, int slackDays, int trialWeekDays) {

    public static final FollowUpRhythm PROGRAMME = new FollowUpRhythm(Period.ofMonths(1), 7, 7);
}
