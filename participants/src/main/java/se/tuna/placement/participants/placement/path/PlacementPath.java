package se.tuna.placement.participants.placement.path;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.participants.placement.path.PathStep.Corrected;
import se.tuna.placement.participants.placement.path.PathStep.Ended;
import se.tuna.placement.participants.placement.path.PathStep.Extended;
import se.tuna.placement.participants.placement.path.PathStep.Forward;
import se.tuna.placement.participants.placement.path.PathStep.StudyVisitAnswered;
import se.tuna.placement.participants.placement.path.PathStep.StudyVisitBooked;
import se.tuna.placement.participants.placement.path.PathStep.TrialStarted;

/**
 * The path of one placement, as the programme runs it: a study visit (studiebesök), a trial of
 * three weeks (provotid), work training extended a month at a time (arbetsträning, förlängning),
 * and an end (avslut). The path is its history of dated steps; where it stands is read from the
 * steps in force. Every step is a method that returns the path after it and what must happen to
 * the seat, or refuses: a {@link se.tuna.placement.catalog.error.ConflictException} for a step the
 * stage does not allow or one past the stint's last day, an
 * {@link se.tuna.placement.catalog.error.InvalidInputException} for an invalid value. A path is
 * never changed, so a refused step leaves it as it was.
 *
 * @param steps every step recorded, in the order recorded, corrections included
 */
public record PlacementPath(List<PathStep> steps) {

    /** A trial lasts three weeks unless agreed otherwise. */
    public static final Period TRIAL_LENGTH = Period.ofWeeks(3);
    /** Work training is extended a month at a time. */
    public static final Period EXTENSION_LENGTH = Period.ofMonths(1);

    public PlacementPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !(steps.get(0) instanceof StudyVisitBooked)) {
            throw new IllegalArgumentException("A placement's path begins with its study visit");
        }
        // Who recorded a step comes from the signed-in account, never from input: a missing one is a bug.
        steps.forEach(step -> Objects.requireNonNull(step.recorded(), "recorded"));
    }

    /** Begins a placement with its study visit; the seat is held until the answer. */
    public static Transition bookStudyVisit(StudyVisit visit, Recorded recorded) {
        PathRules.requireGiven("visit", visit);
        PathRules.requireValid(visit.violations());
        PlacementPath path = new PlacementPath(List.of(new StudyVisitBooked(visit, recorded)));
        return new Transition(path, path.seat());
    }

    /** Records the answer after the study visit: yes books the seat, no ends the placement and frees it. */
    public Transition answerStudyVisit(VisitAnswer answer, Recorded recorded) {
        PathRules.requireAllowed(stage(), StepKind.ANSWER_STUDY_VISIT);
        PathRules.requireGiven("answer", answer);
        List<FieldViolation> violations = new ArrayList<>();
        PathRules.checkDay(violations, "on", answer.on(), studyVisit().at().toLocalDate(), "the study visit");
        if (!answer.trial()) {
            violations.addAll(new Ending.NoTrial(answer.reason()).violations(answer.on()));
        }
        PathRules.requireValid(violations);
        return advance(new StudyVisitAnswered(answer, recorded));
    }

    /**
     * Starts the trial for {@code period} (usually {@link #TRIAL_LENGTH} from its first day) on the
     * terms agreed, fitted inside the stint.
     */
    public Transition startTrial(DateSpan period, WeeklyTerms terms, StintLimit limit, Recorded recorded) {
        PathRules.requireAllowed(stage(), StepKind.START_TRIAL);
        List<FieldViolation> violations = spanViolations(period, lastInForce().on());
        violations.addAll(termsViolations(terms));
        PathRules.requireValid(violations);
        return advance(new TrialStarted(limit.fit(period, terms), recorded));
    }

    /**
     * Extends the training by a month from the day after the current period, on the terms agreed
     * for that month: shortened to end on the stint's last day if it would pass it, refused if it
     * would start after it.
     */
    public Transition extend(LocalDate decidedOn, WeeklyTerms terms, StintLimit limit, Recorded recorded) {
        PathRules.requireAllowed(stage(), StepKind.EXTEND);
        List<FieldViolation> violations = new ArrayList<>();
        PathRules.checkDay(violations, "decidedOn", decidedOn, lastInForce().on(), "the step before it");
        violations.addAll(termsViolations(terms));
        PathRules.requireValid(violations);
        DateSpan next = DateSpan.starting(currentPeriod().orElseThrow().span().end().plusDays(1), EXTENSION_LENGTH);
        return advance(new Extended(decidedOn, limit.fit(next, terms), recorded));
    }

    /** Ends the placement on {@code on}, its last day, the way {@code ending} says. */
    public Transition end(LocalDate on, Ending ending, Recorded recorded) {
        PathRules.requireAllowed(stage(), StepKind.END);
        PathRules.requireGiven("ending", ending);
        PathRules.requireEndsFrom(stage(), ending);
        List<FieldViolation> violations = new ArrayList<>();
        PathRules.checkDay(violations, "on", on, lastInForce().on(), "the step before it");
        violations.addAll(ending.violations(on));
        PathRules.requireValid(violations);
        return advance(new Ended(on, ending, recorded));
    }

    /**
     * Takes back the last step in force, recorded by mistake; the correction stays in the history
     * with its reason. The seat effect is always the seat as it should be after it, so applying it
     * also repairs a seat that was left wrong.
     */
    public Transition correct(LocalDate on, String reason, Recorded recorded) {
        PathRules.requireAllowed(stage(), StepKind.CORRECT);
        List<FieldViolation> violations = new ArrayList<>();
        if (on == null) {
            violations.add(new FieldViolation("on", "is required"));
        }
        CommonRules.requireText(violations, "reason", reason, PathRules.LONGEST_REASON);
        PathRules.requireValid(violations);
        PlacementPath corrected = with(new Corrected(on, reason, recorded));
        return new Transition(corrected, corrected.seat());
    }

    /** The steps in force: every step recorded, less those taken back, oldest first. */
    public List<Forward> stepsInForce() {
        Deque<Forward> inForce = new ArrayDeque<>();
        for (PathStep step : steps) {
            if (step instanceof Forward forward) {
                inForce.addLast(forward);
            } else {
                inForce.pollLast();
            }
        }
        return List.copyOf(inForce);
    }

    public Stage stage() {
        return lastStepInForce().map(Forward::leadsTo).orElse(Stage.WITHDRAWN);
    }

    /** The steps allowed from here. */
    public Set<StepKind> allowedSteps() {
        return stage().allowedSteps();
    }

    /** The study visit the placement began with. */
    public StudyVisit studyVisit() {
        return ((StudyVisitBooked) steps.get(0)).visit();
    }

    public Optional<TrainingPeriod> trial() {
        return stepsInForce().stream().filter(TrialStarted.class::isInstance).map(TrialStarted.class::cast)
                .map(TrialStarted::trial).findFirst();
    }

    /** The extensions in force, oldest first. */
    public List<Extended> extensions() {
        return stepsInForce().stream().filter(Extended.class::isInstance).map(Extended.class::cast).toList();
    }

    /** The period of training now or last in force: the latest extension, or the trial. */
    public Optional<TrainingPeriod> currentPeriod() {
        List<Extended> extensions = extensions();
        return extensions.isEmpty() ? trial() : Optional.of(extensions.get(extensions.size() - 1).extension());
    }

    /** How the placement ended, once it has. */
    public Optional<Ending> ending() {
        return lastStepInForce().flatMap(Forward::endsAs);
    }

    /** The step that ended the placement, once an end was recorded (an answer of no ends it without one). */
    public Optional<Ended> endedStep() {
        return lastStepInForce().filter(Ended.class::isInstance).map(Ended.class::cast);
    }

    /** What the seat must be now: held for the study visit, booked in training, and so on. */
    public SeatEffect seat() {
        return switch (stage()) {
            case STUDY_VISIT_BOOKED -> new SeatEffect.Hold(studyVisit().holdUntil());
            case TRIAL_AGREED, TRIAL, WORK_TRAINING -> new SeatEffect.Book();
            case ENDED -> ending().orElseThrow().seat();
            case WITHDRAWN -> new SeatEffect.Release();
        };
    }

    /** Where the placement leaves the participant: what their phase becomes. */
    public Standing standing() {
        return switch (stage()) {
            case STUDY_VISIT_BOOKED -> Standing.STUDY_VISIT;
            case TRIAL_AGREED, TRIAL, WORK_TRAINING -> Standing.IN_TRAINING;
            case ENDED -> ending().orElseThrow().standing();
            case WITHDRAWN -> Standing.WAITING;
        };
    }

    /**
     * The day the participant's waiting counts from, when the placement left them waiting: the day
     * they first became ready, so a placement that came to nothing never resets their place in the queue.
     */
    public Optional<LocalDate> waitingSince() {
        return standing() == Standing.WAITING ? Optional.of(studyVisit().readySince()) : Optional.empty();
    }

    /**
     * Whether the trial went on, once that is known: it did as soon as it was extended; it did not
     * if the placement ended during it, unless for work, studies or Arbetsförmedlingen.
     */
    public Optional<TrialOutcome> trialOutcome() {
        if (!extensions().isEmpty()) {
            return Optional.of(TrialOutcome.CONTINUED);
        }
        if (trial().isEmpty() || ending().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ending().get().trialWentOn() ? TrialOutcome.CONTINUED : TrialOutcome.NOT_CONTINUED);
    }

    /** Whether the placement is still going within a month of the stint's last day (or past it): time to plan the exit. */
    public boolean nearsStintEnd(LocalDate today, StintLimit limit) {
        return stage().isActive() && limit.warnsOn(today);
    }

    private Transition advance(Forward step) {
        PlacementPath next = with(step);
        SeatEffect seat = next.seat();
        return new Transition(next, seat.equals(seat()) ? new SeatEffect.None() : seat);
    }

    private PlacementPath with(PathStep step) {
        List<PathStep> longer = new ArrayList<>(steps);
        longer.add(step);
        return new PlacementPath(longer);
    }

    private Optional<Forward> lastStepInForce() {
        List<Forward> inForce = stepsInForce();
        return inForce.isEmpty() ? Optional.empty() : Optional.of(inForce.get(inForce.size() - 1));
    }

    private Forward lastInForce() {
        return lastStepInForce().orElseThrow();
    }

    private static List<FieldViolation> spanViolations(DateSpan period, LocalDate earliest) {
        List<FieldViolation> violations = new ArrayList<>();
        PathRules.checkDay(violations, "start", period == null ? null : period.start(), earliest, "the step before it");
        if (period != null && period.start() != null && (period.end() == null || period.end().isBefore(period.start()))) {
            violations.add(new FieldViolation("end", "must not be before the start"));
        } else if (period != null && violations.isEmpty()) {
            CommonRules.checkDate(violations, "end", period.end());
        }
        return violations;
    }

    private static List<FieldViolation> termsViolations(WeeklyTerms terms) {
        return terms == null ? List.of(new FieldViolation("weeklyHours", "is required")) : terms.violations();
    }
}
