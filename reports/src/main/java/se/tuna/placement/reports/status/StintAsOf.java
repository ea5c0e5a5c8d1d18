package se.tuna.placement.reports.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintStage;
import se.tuna.placement.participants.stint.StintStep.CompensationChanged;
import se.tuna.placement.participants.stint.StintStep.Enrolled;
import se.tuna.placement.participants.stint.StintStep.Exited;
import se.tuna.placement.participants.stint.StintStep.Forward;

/**
 * A stint (inskrivning) as it stood on a day: its steps in force (corrections applied, as the
 * history now reads) replayed up to that day. Steps are dated in order, so the steps on or before
 * the day are the history up to it; a stint with none did not yet exist. The one replay of a stint
 * for every report: the status report counts from it, the SUS worklist lists exits from it.
 *
 * @param stint the stint
 * @param steps its steps in force dated on or before the day
 */
public record StintAsOf(Stint stint, List<Forward> steps) {

    public static StintAsOf of(Stint stint, LocalDate day) {
        return new StintAsOf(stint, stint.stepsInForce().stream().filter(step -> !step.on().isAfter(day)).toList());
    }

    public boolean existed() {
        return !steps.isEmpty();
    }

    /** The stage it was at; only meaningful when it {@link #existed()}. */
    public StintStage stage() {
        StintStage stage = StintStage.QUEUED;
        for (Forward step : steps) {
            stage = step.leadsTo() == null ? stage : step.leadsTo();
        }
        return stage;
    }

    /** The day it was enrolled, if it had been. */
    public Optional<LocalDate> enrolledOn() {
        return steps.stream().filter(Enrolled.class::isInstance).map(Forward::on).findFirst();
    }

    /** What the participant lived on: the last compensation recorded. */
    public Optional<Compensation> compensation() {
        Compensation compensation = null;
        for (Forward step : steps) {
            if (step instanceof Enrolled enrolled) {
                compensation = enrolled.compensation();
            } else if (step instanceof CompensationChanged changed) {
                compensation = changed.compensation();
            }
        }
        return Optional.ofNullable(compensation);
    }

    /** The exit, if the stint had ended. */
    public Optional<Exited> exit() {
        return stage() == StintStage.EXITED ? steps.stream().filter(Exited.class::isInstance).map(Exited.class::cast)
                .reduce((first, second) -> second) : Optional.empty();
    }
}
