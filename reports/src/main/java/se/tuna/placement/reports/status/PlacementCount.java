package se.tuna.placement.reports.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.tuna.placement.participants.placement.path.PathStep.Ended;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.TrainingPeriod;
import se.tuna.placement.participants.placement.path.TrialOutcome;

/** Counts the period's placement figures from each counted stint's placements, as they stood on the report's day. */
final class PlacementCount {

    private long trialsStarted;
    private long concluded;
    private long continued;
    private final List<Integer> lengths = new ArrayList<>();
    private final Set<String> employersUsed = new HashSet<>();
    private final Map<String, LocalDate> firstTrialByEmployer = new HashMap<>();

    private PlacementCount() {
    }

    static PlacementFigures of(List<CountedStint> stints, ReportPeriod period) {
        PlacementCount count = new PlacementCount();
        stints.forEach(counted -> counted.placements().forEach(placement -> AsOf.path(placement.path(), period.asOf())
                .ifPresent(then -> count.add(placement.employerId(), then, period))));
        return count.figures(period);
    }

    private void add(String employerId, PlacementPath then, ReportPeriod period) {
        Optional<TrainingPeriod> trial = then.trial();
        if (trial.isEmpty()) {
            return;
        }
        LocalDate start = trial.get().span().start();
        firstTrialByEmployer.merge(employerId, start, (a, b) -> a.isBefore(b) ? a : b);
        Optional<LocalDate> lastDay = then.endedStep().map(Ended::on);
        if (period.holds(start)) {
            trialsStarted++;
            then.trialOutcome().ifPresent(outcome -> {
                concluded++;
                continued += outcome == TrialOutcome.CONTINUED ? 1 : 0;
            });
        }
        lastDay.filter(period::holds).ifPresent(last -> lengths.add(StatusReportCalculation.daysBetween(start, last) + 1));
        if (!start.isAfter(period.lastDayCounted()) && lastDay.map(last -> !last.isBefore(period.from())).orElse(true)) {
            employersUsed.add(employerId);
        }
    }

    private PlacementFigures figures(ReportPeriod period) {
        long newEmployers = employersUsed.stream().filter(employer -> !firstTrialByEmployer.get(employer).isBefore(period.from()))
                .count();
        return new PlacementFigures(trialsStarted, concluded, continued, Figures.percent(continued, concluded), lengths.size(),
                Figures.mean(lengths), employersUsed.size(), newEmployers);
    }
}
