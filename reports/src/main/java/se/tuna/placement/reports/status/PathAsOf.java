package se.tuna.placement.reports.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.tuna.placement.participants.placement.path.PathStep.Forward;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Stage;

/**
 * A placement's path as it stood on a day: its steps in force replayed up to that day, the last
 * giving the stage. Empty before its study visit was booked.
 */
final class PathAsOf {

    private PathAsOf() {
    }

    /** The stage the path was at on {@code day}, if it had begun. */
    static Optional<Stage> stageOn(PlacementPath path, LocalDate day) {
        List<Forward> upTo = path.stepsInForce().stream().filter(step -> !step.on().isAfter(day)).toList();
        return upTo.isEmpty() ? Optional.empty() : Optional.of(upTo.get(upTo.size() - 1).leadsTo());
    }

    /** The day the path began: its study visit's booking. */
    static Optional<LocalDate> begunOn(PlacementPath path) {
        List<Forward> steps = path.stepsInForce();
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(0).on());
    }
}
