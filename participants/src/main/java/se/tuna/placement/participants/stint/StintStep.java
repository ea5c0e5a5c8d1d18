package se.tuna.placement.participants.stint;

import java.time.LocalDate;

import se.tuna.placement.participants.placement.path.Recorded;

/**
 * One step of a stint, dated with the day it happened and recorded with who recorded it and when.
 * Steps are only ever added: a mistake is taken back by a {@link Corrected} step, which stays in
 * the history with its reason.
 */
public sealed interface StintStep {

    StintStepKind kind();

    /** The day it happened, which may be earlier than when it was recorded (a late entry, or an import). */
    LocalDate on();

    Recorded recorded();

    /** A step that takes the stint to a stage: every step but a correction. */
    sealed interface Forward extends StintStep {

        /** The stage the stint is at after it; {@code null} when it stays where it was (a change of compensation). */
        StintStage leadsTo();
    }

    /** Remiss mottagen: the referral arrived and waits for the referral group. */
    record Queued(LocalDate on, Recorded recorded) implements Forward {
        @Override
        public StintStepKind kind() {
            return StintStepKind.QUEUE;
        }

        @Override
        public StintStage leadsTo() {
            return StintStage.QUEUED;
        }
    }

    /** Antagen: the referral group (remissgruppen) admitted them on this day, the referral date the reports count. */
    record Admitted(LocalDate on, Recorded recorded) implements Forward {
        @Override
        public StintStepKind kind() {
            return StintStepKind.ADMIT;
        }

        @Override
        public StintStage leadsTo() {
            return StintStage.ADMITTED;
        }
    }

    /**
     * Inskriven: enrolled, with their answer on consent and what they live on; mapping begins.
     *
     * @param consent      given, or declined (then the stint is an anonymous statistics record)
     * @param compensation what they live on at enrolment
     */
    record Enrolled(LocalDate on, Consent consent, Compensation compensation, Recorded recorded) implements Forward {
        @Override
        public StintStepKind kind() {
            return StintStepKind.ENROL;
        }

        @Override
        public StintStage leadsTo() {
            return StintStage.MAPPING;
        }
    }

    /** Ny ersättningsform from this day. */
    record CompensationChanged(LocalDate on, Compensation compensation, Recorded recorded) implements Forward {
        @Override
        public StintStepKind kind() {
            return StintStepKind.COMPENSATION;
        }

        @Override
        public StintStage leadsTo() {
            return null;
        }
    }

    /** Redo för placering: the mapping is done; their waiting for a place counts from this day. */
    record ReadyForPlacement(LocalDate on, Recorded recorded) implements Forward {
        @Override
        public StintStepKind kind() {
            return StintStepKind.READY;
        }

        @Override
        public StintStage leadsTo() {
            return StintStage.READY;
        }
    }

    /** Åter till kartläggning: not ready after all, e.g. after a relapse. */
    record BackToMapping(LocalDate on, Recorded recorded) implements Forward {
        @Override
        public StintStepKind kind() {
            return StintStepKind.BACK_TO_MAPPING;
        }

        @Override
        public StintStage leadsTo() {
            return StintStage.MAPPING;
        }
    }

    /** Avslutad: the stint's last day, and where they went on to. */
    record Exited(LocalDate on, ExitOutcome outcome, Recorded recorded) implements Forward {
        @Override
        public StintStepKind kind() {
            return StintStepKind.EXIT;
        }

        @Override
        public StintStage leadsTo() {
            return StintStage.EXITED;
        }
    }

    /** Rättelse: the last step in force was recorded by mistake and is taken back, for this reason. */
    record Corrected(LocalDate on, String reason, Recorded recorded) implements StintStep {
        @Override
        public StintStepKind kind() {
            return StintStepKind.CORRECT;
        }
    }
}
