package se.tuna.placement.participants.placement.path;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One step of a placement's path, dated with the day it happened and recorded with who recorded it
 * and when. Steps are only ever added: a mistake is taken back by a {@link Corrected} step, which
 * stays in the history with its reason.
 */
public sealed interface PathStep {

    StepKind kind();

    /** The day it happened, which may be earlier than when it was recorded. */
    LocalDate on();

    Recorded recorded();

    /** Hands the step to {@code visitor} as the kind of step it is. */
    <T> T accept(Visitor<T> visitor);

    /**
     * Something done for each kind of step, e.g. mapping it to what is stored or shown: the step
     * chooses the method, so a kind of step added later is a compile error wherever it is missed.
     */
    interface Visitor<T> {

        T visit(StudyVisitBooked step);

        T visit(StudyVisitAnswered step);

        T visit(TrialStarted step);

        T visit(Extended step);

        T visit(Ended step);

        T visit(Corrected step);
    }

    /** A step that takes the path to a stage: every step but a correction. */
    sealed interface Forward extends PathStep {

        /** The stage the path is at after it. */
        Stage leadsTo();

        /** How this step ends the placement, if it does. */
        default Optional<Ending> endsAs() {
            return Optional.empty();
        }
    }

    /**
     * Studiebesök bokat: the coordinator booked a study visit; the placement begins.
     *
     * @param visit    when, and since when the participant has waited
     * @param recorded who booked it, and when
     */
    record StudyVisitBooked(StudyVisit visit, Recorded recorded) implements Forward {
        @Override
        public StepKind kind() {
            return StepKind.BOOK_STUDY_VISIT;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }

        @Override
        public LocalDate on() {
            return visit.bookedOn();
        }

        @Override
        public Stage leadsTo() {
            return Stage.STUDY_VISIT_BOOKED;
        }
    }

    /**
     * Svar efter studiebesöket: on to a trial, or the placement ends without one.
     *
     * @param answer   the answer
     * @param recorded who recorded it, and when
     */
    record StudyVisitAnswered(VisitAnswer answer, Recorded recorded) implements Forward {
        @Override
        public StepKind kind() {
            return StepKind.ANSWER_STUDY_VISIT;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }

        @Override
        public LocalDate on() {
            return answer.on();
        }

        @Override
        public Stage leadsTo() {
            return answer.trial() ? Stage.TRIAL_AGREED : Stage.ENDED;
        }

        @Override
        public Optional<Ending> endsAs() {
            return answer.trial() ? Optional.empty() : Optional.of(new Ending.NoTrial(answer.reason()));
        }
    }

    /**
     * Provotiden startade.
     *
     * @param trial    its days and what was agreed for them
     * @param recorded who started it, and when
     */
    record TrialStarted(TrainingPeriod trial, Recorded recorded) implements Forward {
        @Override
        public StepKind kind() {
            return StepKind.START_TRIAL;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }

        @Override
        public LocalDate on() {
            return trial.span().start();
        }

        @Override
        public Stage leadsTo() {
            return Stage.TRIAL;
        }
    }

    /**
     * Förlängning: a month more of work training, following on from the period before.
     *
     * @param decidedOn the day the coach decided it, usually at the follow-up on the workplace
     * @param extension its days and the hours, days and times agreed for them
     * @param recorded  who decided it (the coach's account), and when it was recorded
     */
    record Extended(LocalDate decidedOn, TrainingPeriod extension, Recorded recorded) implements Forward {
        @Override
        public StepKind kind() {
            return StepKind.EXTEND;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }

        @Override
        public LocalDate on() {
            return decidedOn;
        }

        @Override
        public Stage leadsTo() {
            return Stage.WORK_TRAINING;
        }
    }

    /**
     * Avslut.
     *
     * @param on       the placement's last day
     * @param ending   how it ended
     * @param recorded who ended it, and when
     */
    record Ended(LocalDate on, Ending ending, Recorded recorded) implements Forward {
        @Override
        public StepKind kind() {
            return StepKind.END;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Stage leadsTo() {
            return Stage.ENDED;
        }

        @Override
        public Optional<Ending> endsAs() {
            return Optional.of(ending);
        }
    }

    /**
     * Rättelse: the coordinator took back the last step in force, which was recorded by mistake.
     *
     * @param on       the day of the correction
     * @param reason   why
     * @param recorded who corrected it, and when
     */
    record Corrected(LocalDate on, String reason, Recorded recorded) implements PathStep {
        @Override
        public StepKind kind() {
            return StepKind.CORRECT;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }
}
