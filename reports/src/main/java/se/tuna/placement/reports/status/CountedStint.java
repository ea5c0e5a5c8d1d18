package se.tuna.placement.reports.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintStage;
import se.tuna.placement.participants.stint.StintStep.Exited;

/**
 * A stint the report counts, with the placements begun during it: on or after its enrolment and
 * not after its exit, so a placement of an earlier stint of the same person does not count.
 *
 * @param stint      the stint, every step recorded
 * @param placements its placements
 */
record CountedStint(Stint stint, List<ReportedPlacement> placements) {

    static CountedStint of(Stint stint, ReportSources sources) {
        Optional<LocalDate> enrolled = stint.enrolledOn();
        Optional<LocalDate> exited = stint.exit().map(Exited::on);
        List<ReportedPlacement> during = enrolled.isEmpty() ? List.of() : sources.placementsOf(stint).stream()
                .filter(placement -> AsOf.begunOn(placement.path())
                        .filter(begun -> !begun.isBefore(enrolled.get()) && exited.map(last -> !begun.isAfter(last)).orElse(true))
                        .isPresent())
                .toList();
        return new CountedStint(stint, during);
    }

    /** The stint as it stood on {@code day}; empty before its referral. */
    Optional<Stint> on(LocalDate day) {
        return AsOf.stint(stint, day);
    }

    /**
     * Where an active participant was on {@code day} ({@code then} being the stint on that day): in
     * mapping by the stint; when ready, at a study visit or in training if one of the stint's
     * placements was there on the day, else waiting. An anonymous record has no placements (a
     * placement needs a profile, which needs consent), so its stage tells all.
     */
    ReportPhase phaseOn(Stint then, LocalDate day) {
        if (then.stage() == StintStage.MAPPING) {
            return ReportPhase.MAPPING;
        }
        ReportPhase phase = ReportPhase.WAITING;
        for (ReportedPlacement placement : placements) {
            Optional<Stage> stage = AsOf.path(placement.path(), day).map(PlacementPath::stage);
            if (stage.isEmpty()) {
                continue;
            }
            switch (stage.get()) {
                case TRIAL_AGREED, TRIAL, WORK_TRAINING -> phase = ReportPhase.IN_WORK_TRAINING;
                case STUDY_VISIT_BOOKED -> phase = phase == ReportPhase.IN_WORK_TRAINING ? phase : ReportPhase.STUDY_VISIT;
                case ENDED, WITHDRAWN -> {
                    // Ended or taken back by the day: it leaves them waiting, or ended the stint with it.
                }
            }
        }
        return phase;
    }

    /** The days an active participant on the waiting list on {@code day} had waited, since they became ready; empty if not on it. */
    Optional<Integer> daysWaitingOn(LocalDate day) {
        return on(day).filter(then -> then.stage() == StintStage.READY && phaseOn(then, day) == ReportPhase.WAITING)
                .flatMap(Stint::readySince).map(ready -> (int) ChronoUnit.DAYS.between(ready, day));
    }
}
