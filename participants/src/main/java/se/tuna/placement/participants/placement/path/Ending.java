package se.tuna.placement.participants.placement.path;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.shared.CommonRules;

/**
 * How a placement ended (avslut), and what that means for the participant and the seat.
 */
public sealed interface Ending {

    /** The Swedish name shown to coordinators and coaches. */
    String label();

    /** The stages a placement can end from this way. */
    Set<Stage> endsFrom();

    /** Where the participant stands after it. */
    Standing standing();

    /** What becomes of the seat. */
    default SeatEffect seat() {
        return new SeatEffect.Release();
    }

    /** Whether a trial that ended this way counts as one that went on (see {@link TrialOutcome}). */
    boolean trialWentOn();

    /** What is wrong with it for a placement ended on {@code endedOn}; empty if nothing. */
    List<FieldViolation> violations(LocalDate endedOn);

    /** Where someone who continued went. */
    enum Destination {
        /** Arbete. */
        WORK,
        /** Studier. */
        STUDIES
    }

    /**
     * Fortsatte till arbete eller studier: the participant leaves the programme for work or studies.
     *
     * @param destination work or studies
     */
    record WorkOrStudies(Destination destination) implements Ending {
        @Override
        public String label() {
            return destination == Destination.STUDIES ? "Fortsatte till studier" : "Fortsatte till arbete";
        }

        @Override
        public Set<Stage> endsFrom() {
            return EnumSet.of(Stage.TRIAL, Stage.WORK_TRAINING);
        }

        @Override
        public Standing standing() {
            return Standing.EXITED;
        }

        @Override
        public boolean trialWentOn() {
            return true;
        }

        @Override
        public List<FieldViolation> violations(LocalDate endedOn) {
            return destination == null ? List.of(new FieldViolation("ending.destination", "must be work or studies")) : List.of();
        }
    }

    /**
     * Ingen provotid: after the study visit the participant or the employer said no. Only the
     * answer after the study visit ends a placement this way.
     *
     * @param reason why not, for the next match
     */
    record NoTrial(String reason) implements Ending {
        @Override
        public String label() {
            return "Ingen provotid efter studiebesöket";
        }

        @Override
        public Set<Stage> endsFrom() {
            return Set.of();
        }

        @Override
        public Standing standing() {
            return Standing.WAITING;
        }

        @Override
        public boolean trialWentOn() {
            return false;
        }

        @Override
        public List<FieldViolation> violations(LocalDate endedOn) {
            return reasonViolations("reason", reason);
        }
    }

    /**
     * Provotiden fortsatte inte: the participant goes back to the waiting list, still counted from
     * the day they first became ready, and the seat is free for someone else.
     *
     * @param reason why not, for the next match
     */
    record FailedTrial(String reason) implements Ending {
        @Override
        public String label() {
            return "Provotiden fortsatte inte";
        }

        @Override
        public Set<Stage> endsFrom() {
            return EnumSet.of(Stage.TRIAL);
        }

        @Override
        public Standing standing() {
            return Standing.WAITING;
        }

        @Override
        public boolean trialWentOn() {
            return false;
        }

        @Override
        public List<FieldViolation> violations(LocalDate endedOn) {
            return reasonViolations("ending.reason", reason);
        }
    }

    /** Flyttad: the participant moves on to another slot, whose placement is decided on its own. */
    record Moved() implements Ending {
        @Override
        public String label() {
            return "Flyttad till en annan plats";
        }

        @Override
        public Set<Stage> endsFrom() {
            return EnumSet.of(Stage.TRIAL_AGREED, Stage.TRIAL, Stage.WORK_TRAINING);
        }

        @Override
        public Standing standing() {
            return Standing.WAITING;
        }

        @Override
        public boolean trialWentOn() {
            return false;
        }

        @Override
        public List<FieldViolation> violations(LocalDate endedOn) {
            return List.of();
        }
    }

    /**
     * Överlämnad till Arbetsförmedlingen for further work-oriented rehabilitation: AF takes over the
     * same seat from the next day for the period it states, so the training goes on without a gap.
     *
     * @param until the last day of the period AF stated; the seat is free after it
     */
    record HandedOverToAf(LocalDate until) implements Ending {
        @Override
        public String label() {
            return "Överlämnad till Arbetsförmedlingen";
        }

        @Override
        public Set<Stage> endsFrom() {
            return EnumSet.of(Stage.TRIAL, Stage.WORK_TRAINING);
        }

        @Override
        public Standing standing() {
            return Standing.EXITED;
        }

        @Override
        public SeatEffect seat() {
            return new SeatEffect.HandOverToAf(until);
        }

        @Override
        public boolean trialWentOn() {
            return true;
        }

        @Override
        public List<FieldViolation> violations(LocalDate endedOn) {
            if (until == null || endedOn != null && !until.isAfter(endedOn)) {
                return List.of(new FieldViolation("ending.until", "must be a day after the hand-over"));
            }
            List<FieldViolation> violations = new ArrayList<>();
            CommonRules.checkDate(violations, "ending.until", until);
            return violations;
        }
    }

    /** Avslutad med inskrivningen: the participant leaves the programme, for any other reason. */
    record WithStint() implements Ending {
        @Override
        public String label() {
            return "Avslutad med inskrivningen";
        }

        @Override
        public Set<Stage> endsFrom() {
            return EnumSet.of(Stage.TRIAL_AGREED, Stage.TRIAL, Stage.WORK_TRAINING);
        }

        @Override
        public Standing standing() {
            return Standing.EXITED;
        }

        @Override
        public boolean trialWentOn() {
            return false;
        }

        @Override
        public List<FieldViolation> violations(LocalDate endedOn) {
            return List.of();
        }
    }

    /** A reason is required and short: a few words for the next match, never a medical history. */
    private static List<FieldViolation> reasonViolations(String field, String reason) {
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.requireText(violations, field, reason, PathRules.LONGEST_REASON);
        return violations;
    }
}
