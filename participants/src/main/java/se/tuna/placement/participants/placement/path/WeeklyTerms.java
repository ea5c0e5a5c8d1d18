package se.tuna.placement.participants.placement.path;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.shared.CommonRules;

/**
 * What is agreed with the employer for a period of training: the hours a week, the days and times
 * and the support the workplace gives. Agreed for the trial and again for every extension, since
 * the hours usually grow month by month.
 *
 * @param weeklyHours hours a week
 * @param schedule    the days and times
 * @param support     the support the workplace gives
 */
public record WeeklyTerms(Integer weeklyHours, WeeklySchedule schedule, Set<SupportOffered> support) {

    public WeeklyTerms {
        support = support == null || support.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(support));
    }

    /** What is wrong with these terms, naming {@code weeklyHours}, {@code schedule} and {@code schedule[i]…}; empty if nothing. */
    public List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (weeklyHours == null || weeklyHours < HourRange.FEWEST_WEEKLY_HOURS || weeklyHours > HourRange.MOST_WEEKLY_HOURS) {
            violations.add(new FieldViolation("weeklyHours", "must be between " + HourRange.FEWEST_WEEKLY_HOURS + " and "
                    + HourRange.MOST_WEEKLY_HOURS));
        }
        if (schedule == null || schedule.windows().isEmpty()) {
            violations.add(new FieldViolation("schedule", "must name at least one day and time"));
            return violations;
        }
        CommonRules.checkWindows(violations, "schedule", schedule.windows());
        if (violations.isEmpty() && schedule.totalHours() + 1e-9 < weeklyHours) {
            violations.add(new FieldViolation("weeklyHours", "the days and times agreed give fewer hours"));
        }
        return violations;
    }

}
