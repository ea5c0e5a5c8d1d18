package se.tuna.placement.participants.stint;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.StintLimit;
import se.tuna.placement.participants.stint.StintStep.Admitted;
import se.tuna.placement.participants.stint.StintStep.BackToMapping;
import se.tuna.placement.participants.stint.StintStep.CompensationChanged;
import se.tuna.placement.participants.stint.StintStep.Corrected;
import se.tuna.placement.participants.stint.StintStep.Enrolled;
import se.tuna.placement.participants.stint.StintStep.Exited;
import se.tuna.placement.participants.stint.StintStep.Forward;
import se.tuna.placement.participants.stint.StintStep.Queued;
import se.tuna.placement.participants.stint.StintStep.ReadyForPlacement;

/**
 * A stint (inskrivning): one enrolment of a person in the programme, from the referral to the exit,
 * as dated steps. A person enrolled again later gets a new stint. Every step is a method that
 * returns the stint after it, or refuses: a {@link ConflictException} for a step the stage does not
 * allow, an {@link InvalidInputException} for an invalid value. A stint is never changed, so a
 * refused step leaves it as it was.
 *
 * <p>What a stint holds is what the federations' shared follow-up (SUS) keeps: the site, gender,
 * the year it started, its steps and its outcome. Who the person is, is only the pseudonymous
 * {@code participantId}, and only while they have consented and their profile is kept.
 *
 * @param id            the stint's id
 * @param participantId the participant's pseudonymous id; {@code null} in an anonymous statistics record
 * @param site          the programme site (verksamhet)
 * @param gender        for statistics
 * @param steps         every step recorded, in the order recorded, corrections included
 */
public record Stint(String id, String participantId, String site, Gender gender, List<StintStep> steps) {

    /** A reason is a few words for the audit, never a medical history. */
    static final int LONGEST_REASON = 500;

    public Stint {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !(steps.get(0) instanceof Queued || steps.get(0) instanceof Admitted)) {
            throw new IllegalArgumentException("A stint begins with its referral");
        }
        steps.forEach(step -> Objects.requireNonNull(step.recorded(), "recorded"));
    }

    /**
     * A new stint from a referral: waiting in the referral queue since {@code queuedOn}, or, with
     * {@code admittedOn}, admitted by the referral group on that day (after the queue, if both).
     */
    public static Stint referred(String id, String participantId, String site, Gender gender, LocalDate queuedOn,
            LocalDate admittedOn, Recorded recorded) {
        List<FieldViolation> violations = new ArrayList<>();
        if (queuedOn == null && admittedOn == null) {
            violations.add(new FieldViolation("admittedOn", "is required unless the referral waits in the queue (queuedOn)"));
        }
        if (queuedOn != null) {
            CommonRules.checkDate(violations, "queuedOn", queuedOn);
        }
        if (admittedOn != null) {
            checkDay(violations, "admittedOn", admittedOn, queuedOn, "the referral");
        }
        requireValid(violations);
        List<StintStep> steps = new ArrayList<>();
        if (queuedOn != null) {
            steps.add(new Queued(queuedOn, recorded));
        }
        if (admittedOn != null) {
            steps.add(new Admitted(admittedOn, recorded));
        }
        return new Stint(id, participantId, site, gender == null ? Gender.UNSTATED : gender, steps);
    }

    /** The referral group admitted the referral waiting in the queue. */
    public Stint admit(LocalDate on, Recorded recorded) {
        requireAllowed(StintStepKind.ADMIT);
        requireDay("on", on);
        return with(new Admitted(on, recorded));
    }

    /** Enrols them, with their answer on consent and their compensation; mapping begins. */
    public Stint enrol(LocalDate on, Consent consent, Compensation compensation, Recorded recorded) {
        requireAllowed(StintStepKind.ENROL);
        List<FieldViolation> violations = new ArrayList<>();
        checkDay(violations, "on", on, lastInForce().on(), "the step before it");
        if (consent == null) {
            violations.add(new FieldViolation("consent", "is required: GIVEN or DECLINED"));
        }
        if (compensation == null) {
            violations.add(new FieldViolation("compensation", "is required; NONE if they have none"));
        }
        requireValid(violations);
        return with(new Enrolled(on, consent, compensation, recorded));
    }

    /** Records what they live on from {@code on}. */
    public Stint changeCompensation(LocalDate on, Compensation compensation, Recorded recorded) {
        requireAllowed(StintStepKind.COMPENSATION);
        requireDay("on", on);
        if (compensation == null) {
            throw InvalidInputException.of("compensation", "is required; NONE if they have none");
        }
        return with(new CompensationChanged(on, compensation, recorded));
    }

    /** The mapping is done: ready for a placement from {@code on}, which their waiting counts from. */
    public Stint ready(LocalDate on, Recorded recorded) {
        requireAllowed(StintStepKind.READY);
        requireDay("on", on);
        return with(new ReadyForPlacement(on, recorded));
    }

    /** Back to mapping: no longer waiting for a place. */
    public Stint backToMapping(LocalDate on, Recorded recorded) {
        requireAllowed(StintStepKind.BACK_TO_MAPPING);
        requireDay("on", on);
        return with(new BackToMapping(on, recorded));
    }

    /** Ends the stint on {@code on}, its last day, with where they went on to. */
    public Stint exit(LocalDate on, ExitOutcome outcome, Recorded recorded) {
        requireAllowed(StintStepKind.EXIT);
        List<FieldViolation> violations = new ArrayList<>();
        checkDay(violations, "on", on, lastInForce().on(), "the step before it");
        if (outcome == null) {
            violations.add(new FieldViolation("outcome", "is required"));
        }
        requireValid(violations);
        return with(new Exited(on, outcome, recorded));
    }

    /** Takes back the last step in force, recorded by mistake; the referral itself cannot be taken back. */
    public Stint correct(LocalDate on, String reason, Recorded recorded) {
        requireAllowed(StintStepKind.CORRECT);
        if (stepsInForce().size() < 2) {
            throw new ConflictException("stage", "The referral is the stint's first step and cannot be taken back");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (on == null) {
            violations.add(new FieldViolation("on", "is required"));
        }
        CommonRules.requireText(violations, "reason", reason, LONGEST_REASON);
        requireValid(violations);
        return with(new Corrected(on, reason, recorded));
    }

    /** The same stint without who it was: the anonymous statistics record (under {@code newId}). */
    public Stint anonymised(String newId) {
        return new Stint(newId, null, site, gender, steps);
    }

    /** The steps in force: every step recorded, less those taken back, oldest first. */
    public List<Forward> stepsInForce() {
        Deque<Forward> inForce = new ArrayDeque<>();
        for (StintStep step : steps) {
            if (step instanceof Forward forward) {
                inForce.addLast(forward);
            } else {
                inForce.pollLast();
            }
        }
        return List.copyOf(inForce);
    }

    public StintStage stage() {
        StintStage stage = StintStage.QUEUED;
        for (Forward step : stepsInForce()) {
            stage = step.leadsTo() == null ? stage : step.leadsTo();
        }
        return stage;
    }

    /** The day the referral group admitted them: the referral date the reports count. */
    public Optional<LocalDate> admittedOn() {
        return inForce(Admitted.class).map(Admitted::on);
    }

    public Optional<LocalDate> enrolledOn() {
        return inForce(Enrolled.class).map(Enrolled::on);
    }

    public Optional<Consent> consent() {
        return inForce(Enrolled.class).map(Enrolled::consent);
    }

    /** Whether they consented: only then may a profile be kept. */
    public boolean consented() {
        return consent().orElse(null) == Consent.GIVEN;
    }

    /** The year the stint started (its enrolment, or its referral before that): with gender, the statistics record. */
    public Year startYear() {
        return Year.from(enrolledOn().orElse(stepsInForce().get(0).on()));
    }

    /** What they live on now: the last compensation in force. */
    public Optional<Compensation> compensation() {
        Compensation compensation = null;
        for (Forward step : stepsInForce()) {
            if (step instanceof Enrolled enrolled) {
                compensation = enrolled.compensation();
            } else if (step instanceof CompensationChanged changed) {
                compensation = changed.compensation();
            }
        }
        return Optional.ofNullable(compensation);
    }

    /** The day they became ready for a placement, while they are. */
    public Optional<LocalDate> readySince() {
        return stage() == StintStage.READY ? lastInForce(ReadyForPlacement.class).map(ReadyForPlacement::on) : Optional.empty();
    }

    public Optional<Exited> exit() {
        return stage() == StintStage.EXITED ? lastInForce(Exited.class) : Optional.empty();
    }

    /** The stint's last day at the latest ({@code longest} after enrolment), once enrolled. */
    public Optional<StintLimit> limit(Period longest) {
        return enrolledOn().map(enrolled -> StintLimit.after(enrolled, longest));
    }

    private <T extends Forward> Optional<T> inForce(Class<T> kind) {
        return stepsInForce().stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    private <T extends Forward> Optional<T> lastInForce(Class<T> kind) {
        return stepsInForce().stream().filter(kind::isInstance).map(kind::cast).reduce((first, second) -> second);
    }

    private Forward lastInForce() {
        List<Forward> inForce = stepsInForce();
        return inForce.get(inForce.size() - 1);
    }

    private Stint with(StintStep step) {
        List<StintStep> longer = new ArrayList<>(steps);
        longer.add(step);
        return new Stint(id, participantId, site, gender, longer);
    }

    private void requireAllowed(StintStepKind step) {
        StintStage stage = stage();
        if (!stage.allowedSteps().contains(step)) {
            throw new ConflictException("stage", "Cannot record " + step.name() + ": the stint is at " + stage.name()
                    + " (" + stage.label() + "), which allows " + stage.allowedSteps().stream().map(Enum::name).sorted().toList());
        }
    }

    private void requireDay(String field, LocalDate day) {
        List<FieldViolation> violations = new ArrayList<>();
        checkDay(violations, field, day, lastInForce().on(), "the step before it");
        requireValid(violations);
    }

    /** A step happens on a day, and never before the step before it: the history reads in order. */
    private static void checkDay(List<FieldViolation> violations, String field, LocalDate day, LocalDate earliest, String what) {
        if (day == null) {
            violations.add(new FieldViolation(field, "is required"));
        } else if (earliest != null && day.isBefore(earliest)) {
            violations.add(new FieldViolation(field, "must not be before " + what + " (" + earliest + ")"));
        } else {
            CommonRules.checkDate(violations, field, day);
        }
    }

    private static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
