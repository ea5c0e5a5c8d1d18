package se.tuna.placement.participants.placement.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.tuna.placement.participants.placement.path.PathFixtures.ANSWERED_ON;
import static se.tuna.placement.participants.placement.path.PathFixtures.COACH;
import static se.tuna.placement.participants.placement.path.PathFixtures.COORDINATOR;
import static se.tuna.placement.participants.placement.path.PathFixtures.FIRST_EXTENSION_DECIDED;
import static se.tuna.placement.participants.placement.path.PathFixtures.READY;
import static se.tuna.placement.participants.placement.path.PathFixtures.TRIAL_LAST_DAY;
import static se.tuna.placement.participants.placement.path.PathFixtures.TRIAL_START;
import static se.tuna.placement.participants.placement.path.PathFixtures.VISIT_AT;
import static se.tuna.placement.participants.placement.path.PathFixtures.YEAR;
import static se.tuna.placement.participants.placement.path.PathFixtures.agreed;
import static se.tuna.placement.participants.placement.path.PathFixtures.booked;
import static se.tuna.placement.participants.placement.path.PathFixtures.byCoach;
import static se.tuna.placement.participants.placement.path.PathFixtures.byCoordinator;
import static se.tuna.placement.participants.placement.path.PathFixtures.inTrial;
import static se.tuna.placement.participants.placement.path.PathFixtures.inWorkTraining;
import static se.tuna.placement.participants.placement.path.PathFixtures.terms;
import static se.tuna.placement.participants.placement.path.PathFixtures.threeWeeksFrom;
import static se.tuna.placement.participants.placement.path.PathFixtures.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.participants.placement.path.PathStep.Extended;

class PlacementPathTest {

    @Test
    void aParticipantGoesFromStudyVisitThroughTrialAndTwoExtensionsToWorkWithTheSeatHeldBookedAndReleased() {
        // Enrolled 1 June 2025: the stint's last day is 31 May 2026, inside the second extension.
        StintLimit limit = StintLimit.after(LocalDate.of(2025, 6, 1), StintLimit.ONE_YEAR);

        Transition visit = PlacementPath.bookStudyVisit(visit(), byCoordinator());
        Transition answer = visit.path().answerStudyVisit(VisitAnswer.yes(ANSWERED_ON), byCoach());
        Transition trial = answer.path().startTrial(threeWeeksFrom(TRIAL_START), terms(8), limit, byCoordinator());
        Transition first = trial.path().extend(FIRST_EXTENSION_DECIDED, terms(12), limit, byCoach());
        Transition second = first.path().extend(LocalDate.of(2026, 5, 4), terms(16), limit, byCoach());
        ConflictException third = catchThrowableOfType(() -> second.path().extend(LocalDate.of(2026, 5, 28), terms(16), limit,
                byCoach()), ConflictException.class);
        Transition exit = second.path().end(LocalDate.of(2026, 5, 29), new Ending.WorkOrStudies(Ending.Destination.WORK), byCoach());

        assertThat(List.of(visit.seat(), answer.seat(), trial.seat(), first.seat(), second.seat(), exit.seat())).containsExactly(
                new SeatEffect.Hold(LocalDate.of(2026, 3, 12)), new SeatEffect.Book(), new SeatEffect.None(), new SeatEffect.None(),
                new SeatEffect.None(), new SeatEffect.Release());
        assertThat(List.of(visit.path().stage(), answer.path().stage(), trial.path().stage(), first.path().stage(),
                second.path().stage(), exit.path().stage())).containsExactly(Stage.STUDY_VISIT_BOOKED, Stage.TRIAL_AGREED,
                Stage.TRIAL, Stage.WORK_TRAINING, Stage.WORK_TRAINING, Stage.ENDED);
        assertThat(exit.path().trial().orElseThrow().span()).isEqualTo(new DateSpan(TRIAL_START, TRIAL_LAST_DAY));
        assertThat(exit.path().extensions()).extracting(extension -> extension.extension().span()).containsExactly(
                new DateSpan(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 5)),
                new DateSpan(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 31)));
        assertThat(exit.path().extensions()).extracting(extension -> extension.extension().shortened()).containsExactly(false, true);
        assertThat(exit.path().extensions()).extracting(extension -> extension.extension().terms().weeklyHours())
                .containsExactly(12, 16);
        assertThat(third.field()).isEqualTo("start");
        assertThat(exit.path().standing()).isEqualTo(Standing.EXITED);
        assertThat(exit.path().ending()).contains(new Ending.WorkOrStudies(Ending.Destination.WORK));
        assertThat(exit.path().trialOutcome()).contains(TrialOutcome.CONTINUED);
        assertThat(exit.path().steps()).extracting(PathStep::kind).containsExactly(StepKind.BOOK_STUDY_VISIT,
                StepKind.ANSWER_STUDY_VISIT, StepKind.START_TRIAL, StepKind.EXTEND, StepKind.EXTEND, StepKind.END);
    }

    @Test
    void aStudyVisitHoldsTheSeatForAWeekAfterTheVisit() {
        Transition booked = PlacementPath.bookStudyVisit(visit(), byCoordinator());

        assertThat(booked.seat()).isEqualTo(new SeatEffect.Hold(VISIT_AT.toLocalDate().plusWeeks(1)));
        assertThat(booked.path().stage()).isEqualTo(Stage.STUDY_VISIT_BOOKED);
        assertThat(booked.path().standing()).isEqualTo(Standing.STUDY_VISIT);
        assertThat(booked.path().studyVisit().at()).isEqualTo(VISIT_AT);
    }

    @Test
    void yesAfterTheStudyVisitBooksTheSeat() {
        Transition answered = booked().answerStudyVisit(VisitAnswer.yes(ANSWERED_ON), byCoach());

        assertThat(answered.seat()).isEqualTo(new SeatEffect.Book());
        assertThat(answered.path().stage()).isEqualTo(Stage.TRIAL_AGREED);
        assertThat(answered.path().standing()).isEqualTo(Standing.IN_TRAINING);
    }

    @Test
    void noAfterTheStudyVisitEndsThePlacementWithItsReasonAndFreesTheSeat() {
        Transition answered = booked().answerStudyVisit(VisitAnswer.no(ANSWERED_ON, "Too far to travel"), byCoach());

        assertThat(answered.seat()).isEqualTo(new SeatEffect.Release());
        assertThat(answered.path().stage()).isEqualTo(Stage.ENDED);
        assertThat(answered.path().ending()).contains(new Ending.NoTrial("Too far to travel"));
        assertThat(answered.path().waitingSince()).contains(READY);
        assertThat(answered.path().trialOutcome()).isEmpty();
    }

    @Test
    void startingTheTrialKeepsTheBookedSeatAndRecordsWhatWasAgreed() {
        Transition started = agreed().startTrial(threeWeeksFrom(TRIAL_START), terms(8), YEAR, byCoordinator());

        assertThat(started.seat()).isEqualTo(new SeatEffect.None());
        TrainingPeriod trial = started.path().trial().orElseThrow();
        assertThat(trial.span()).isEqualTo(new DateSpan(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 5)));
        assertThat(trial.terms()).isEqualTo(terms(8));
        assertThat(trial.shortened()).isFalse();
    }

    @Test
    void aTrialMayBeAgreedLongerThanThreeWeeks() {
        DateSpan fourWeeks = new DateSpan(TRIAL_START, TRIAL_START.plusWeeks(4).minusDays(1));

        PlacementPath path = agreed().startTrial(fourWeeks, terms(8), YEAR, byCoordinator()).path();

        assertThat(path.currentPeriod().orElseThrow().span().end()).isEqualTo(LocalDate.of(2026, 4, 12));
    }

    @Test
    void anExtensionFollowsOnFromTheTrialForAMonthWithTheHoursAgreedForItAndTheCoachWhoDecidedIt() {
        Transition extended = inTrial().extend(FIRST_EXTENSION_DECIDED, terms(12), YEAR, byCoach());

        assertThat(extended.seat()).isEqualTo(new SeatEffect.None());
        Extended extension = extended.path().extensions().get(0);
        assertThat(extension.extension().span()).isEqualTo(new DateSpan(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 5)));
        assertThat(extension.extension().terms().weeklyHours()).isEqualTo(12);
        assertThat(extension.decidedOn()).isEqualTo(FIRST_EXTENSION_DECIDED);
        assertThat(extension.recorded().by()).isEqualTo(COACH);
    }

    @Test
    void theNextExtensionFollowsOnFromTheLastWithItsOwnHours() {
        PlacementPath path = inWorkTraining().extend(LocalDate.of(2026, 5, 4), terms(16), YEAR, byCoach()).path();

        assertThat(path.extensions()).hasSize(2);
        assertThat(path.currentPeriod().orElseThrow().span()).isEqualTo(new DateSpan(LocalDate.of(2026, 5, 6),
                LocalDate.of(2026, 6, 5)));
        assertThat(path.currentPeriod().orElseThrow().terms().weeklyHours()).isEqualTo(16);
        assertThat(path.trial().orElseThrow().terms().weeklyHours()).isEqualTo(8);
    }

    @Test
    void endingAtWorkFreesTheSeatAndTheParticipantLeavesTheProgramme() {
        Transition ended = inWorkTraining().end(LocalDate.of(2026, 4, 30), new Ending.WorkOrStudies(Ending.Destination.STUDIES),
                byCoach());

        assertThat(ended.seat()).isEqualTo(new SeatEffect.Release());
        assertThat(ended.path().standing()).isEqualTo(Standing.EXITED);
        assertThat(ended.path().waitingSince()).isEmpty();
        assertThat(ended.path().ending().orElseThrow().label()).isEqualTo("Fortsatte till studier");
    }

    @Test
    void aStepMayHaveHappenedLongBeforeItWasRecorded() {
        // Going live: the caseload's steps are imported in November, dated when they happened.
        Recorded imported = new Recorded("import", Instant.parse("2026-11-25T08:00:00Z"));

        PlacementPath path = PlacementPath.bookStudyVisit(visit(), imported).path()
                .answerStudyVisit(VisitAnswer.yes(ANSWERED_ON), imported).path()
                .startTrial(threeWeeksFrom(TRIAL_START), terms(8), YEAR, imported).path();

        assertThat(path.stage()).isEqualTo(Stage.TRIAL);
        assertThat(path.steps()).extracting(PathStep::on).containsExactly(PathFixtures.BOOKED_ON, ANSWERED_ON, TRIAL_START);
        assertThat(path.steps()).extracting(step -> step.recorded().at()).containsOnly(Instant.parse("2026-11-25T08:00:00Z"));
    }

    @Test
    void everyStepKeepsWhoRecordedIt() {
        assertThat(inWorkTraining().steps()).extracting(step -> step.recorded().by()).containsExactly(COORDINATOR, COACH,
                COORDINATOR, COACH);
    }

    @Test
    void theTransitionNamesTheStepJustTaken() {
        Transition extended = inTrial().extend(FIRST_EXTENSION_DECIDED, terms(12), YEAR, byCoach());

        assertThat(extended.step()).isInstanceOf(Extended.class);
        assertThat(extended.step().on()).isEqualTo(FIRST_EXTENSION_DECIDED);
    }

    @Test
    void aPathBeginsWithItsStudyVisit() {
        PathStep.Corrected correction = new PathStep.Corrected(ANSWERED_ON, "why", byCoordinator());

        assertThat(catchThrowableOfType(() -> new PlacementPath(List.of(correction)), IllegalArgumentException.class)).isNotNull();
        assertThat(catchThrowableOfType(() -> new PlacementPath(List.of()), IllegalArgumentException.class)).isNotNull();
    }
}
