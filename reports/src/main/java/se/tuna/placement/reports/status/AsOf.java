package se.tuna.placement.reports.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.tuna.placement.participants.placement.path.PathStep;
import se.tuna.placement.participants.placement.path.PathStep.StudyVisitBooked;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintStep;
import se.tuna.placement.participants.stint.StintStep.Admitted;
import se.tuna.placement.participants.stint.StintStep.Queued;

/**
 * A stint or a placement's path as it stood on a day: its steps in force (corrections applied, as
 * the history now reads) dated on or before the day, as a stint or path of its own, so that the
 * domain's own reading of them (stage, compensation, trial outcome…) tells how things stood then.
 * Steps are dated in order, so those on or before the day are the history up to it; with none, it
 * did not yet exist.
 */
public final class AsOf {

    private AsOf() {
    }

    /** The stint as it stood on {@code day}; empty before its referral. */
    public static Optional<Stint> stint(Stint stint, LocalDate day) {
        List<StintStep> upTo = stint.stepsInForce().stream().filter(step -> !step.on().isAfter(day)).map(StintStep.class::cast)
                .toList();
        boolean referred = !upTo.isEmpty() && (upTo.get(0) instanceof Queued || upTo.get(0) instanceof Admitted);
        return referred ? Optional.of(new Stint(stint.id(), stint.participantId(), stint.site(), stint.gender(), upTo))
                : Optional.empty();
    }

    /** The path as it stood on {@code day}; empty before its study visit was booked. */
    public static Optional<PlacementPath> path(PlacementPath path, LocalDate day) {
        List<PathStep> upTo = path.stepsInForce().stream().filter(step -> !step.on().isAfter(day)).map(PathStep.class::cast)
                .toList();
        return !upTo.isEmpty() && upTo.get(0) instanceof StudyVisitBooked ? Optional.of(new PlacementPath(upTo)) : Optional.empty();
    }

    /** The day the path began: its study visit's booking. */
    static Optional<LocalDate> begunOn(PlacementPath path) {
        List<PathStep.Forward> steps = path.stepsInForce();
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(0).on());
    }
}
