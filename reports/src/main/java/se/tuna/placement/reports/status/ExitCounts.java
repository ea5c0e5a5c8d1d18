package se.tuna.placement.reports.status;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import se.tuna.placement.participants.stint.ExitOutcome;

/**
 * Exits (avslut) counted by outcome, with their shares against the programme's goals.
 *
 * @param total     how many
 * @param byOutcome how many with each outcome, every outcome present (zero when none)
 * @param goals     the share reaching each of the programme's goals
 */
public record ExitCounts(long total, Map<ExitOutcome, Long> byOutcome, List<GoalAttainment> goals) {

    public ExitCounts {
        byOutcome = Map.copyOf(byOutcome);
        goals = List.copyOf(goals);
    }

    /** The counts of these exits' outcomes. */
    public static ExitCounts of(Collection<ExitOutcome> outcomes) {
        Map<ExitOutcome, Long> byOutcome = Figures.zeros(ExitOutcome.class);
        outcomes.forEach(outcome -> byOutcome.merge(outcome, 1L, Long::sum));
        long total = outcomes.size();
        List<GoalAttainment> goals = Arrays.stream(ProgrammeGoal.values()).map(goal -> {
            long count = outcomes.stream().filter(goal::counts).count();
            BigDecimal percent = Figures.percent(count, total);
            return new GoalAttainment(goal, count, percent, percent != null && percent.compareTo(goal.targetPercent()) >= 0);
        }).toList();
        return new ExitCounts(total, byOutcome, goals);
    }

    public long of(ExitOutcome outcome) {
        return byOutcome.getOrDefault(outcome, 0L);
    }
}
