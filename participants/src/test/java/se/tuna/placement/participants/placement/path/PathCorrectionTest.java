package se.tuna.placement.participants.placement.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.tuna.placement.participants.placement.path.PathFixtures.COORDINATOR;
import static se.tuna.placement.participants.placement.path.PathFixtures.READY;
import static se.tuna.placement.participants.placement.path.PathFixtures.YEAR;
import static se.tuna.placement.participants.placement.path.PathFixtures.agreed;
import static se.tuna.placement.participants.placement.path.PathFixtures.booked;
import static se.tuna.placement.participants.placement.path.PathFixtures.byCoach;
import static se.tuna.placement.participants.placement.path.PathFixtures.byCoordinator;
import static se.tuna.placement.participants.placement.path.PathFixtures.ended;
import static se.tuna.placement.participants.placement.path.PathFixtures.inTrial;
import static se.tuna.placement.participants.placement.path.PathFixtures.inWorkTraining;
import static se.tuna.placement.participants.placement.path.PathFixtures.noTrial;
import static se.tuna.placement.participants.placement.path.PathFixtures.terms;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.participants.placement.path.PathStep.Corrected;

/** A coordinator takes back the last step, recorded by mistake, and the seat is put back as it should be. */
class PathCorrectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    private static final LocalDate AF_UNTIL = LocalDate.of(2026, 10, 31);

    static Stream<Arguments> corrections() {
        return Stream.of(
                Arguments.of("the booking of the study visit", booked(), Stage.WITHDRAWN, new SeatEffect.Release()),
                Arguments.of("a yes after the study visit", agreed(), Stage.STUDY_VISIT_BOOKED,
                        new SeatEffect.Hold(LocalDate.of(2026, 3, 12))),
                Arguments.of("a no after the study visit", noTrial(), Stage.STUDY_VISIT_BOOKED,
                        new SeatEffect.Hold(LocalDate.of(2026, 3, 12))),
                Arguments.of("the start of the trial", inTrial(), Stage.TRIAL_AGREED, new SeatEffect.Book()),
                Arguments.of("the first extension", inWorkTraining(), Stage.TRIAL, new SeatEffect.Book()),
                Arguments.of("an end", ended(), Stage.WORK_TRAINING, new SeatEffect.Book()),
                Arguments.of("a hand-over to AF", inWorkTraining().end(LocalDate.of(2026, 4, 30), new Ending.HandedOverToAf(AF_UNTIL),
                        byCoach()).path(), Stage.WORK_TRAINING, new SeatEffect.Book()),
                Arguments.of("a failed trial", inTrial().end(LocalDate.of(2026, 3, 27), new Ending.FailedTrial("No"), byCoach()).path(),
                        Stage.TRIAL, new SeatEffect.Book()));
    }

    @ParameterizedTest(name = "taking back {0}")
    @MethodSource("corrections")
    void takingBackTheLastStepRestoresTheStageBeforeItAndTheSeatAsItShouldBe(String what, PlacementPath path, Stage restored,
            SeatEffect seat) {
        Transition corrected = path.correct(TODAY, "Recorded by mistake", byCoordinator());

        assertThat(corrected.path().stage()).isEqualTo(restored);
        assertThat(corrected.seat()).isEqualTo(seat);
        assertThat(corrected.path().steps()).hasSize(path.steps().size() + 1).startsWith(path.steps().toArray(PathStep[]::new));
        assertThat(corrected.path().stepsInForce()).hasSize(path.stepsInForce().size() - 1);
    }

    @Test
    void theCorrectionStaysInTheHistoryWithItsReasonAndWhoMadeIt() {
        PlacementPath corrected = ended().correct(TODAY, "Ended the wrong placement", byCoordinator()).path();

        PathStep last = corrected.steps().get(corrected.steps().size() - 1);
        assertThat(last).isEqualTo(new Corrected(TODAY, "Ended the wrong placement", byCoordinator()));
        assertThat(last.recorded().by()).isEqualTo(COORDINATOR);
        assertThat(corrected.steps()).extracting(PathStep::kind).contains(StepKind.END);
        assertThat(corrected.ending()).isEmpty();
    }

    @Test
    void takingBackAnExtensionLetsTheNextOneFollowOnFromTheTrialAgain() {
        PlacementPath corrected = inWorkTraining().correct(TODAY, "Wrong hours", byCoordinator()).path();

        PlacementPath extendedAgain = corrected.extend(TODAY, terms(16), YEAR, byCoach()).path();

        assertThat(corrected.trialOutcome()).isEmpty();
        assertThat(extendedAgain.extensions()).singleElement().satisfies(extension -> {
            assertThat(extension.extension().span().start()).isEqualTo(LocalDate.of(2026, 4, 6));
            assertThat(extension.extension().terms().weeklyHours()).isEqualTo(16);
        });
    }

    @Test
    void twoCorrectionsTakeBackTheLastTwoSteps() {
        PlacementPath path = inWorkTraining().correct(TODAY, "Wrong hours", byCoordinator()).path()
                .correct(TODAY, "The trial never started", byCoordinator()).path();

        assertThat(path.stage()).isEqualTo(Stage.TRIAL_AGREED);
        assertThat(path.trial()).isEmpty();
        assertThat(path.steps()).hasSize(6);
    }

    @Test
    void takingBackTheStudyVisitLeavesTheParticipantWaitingAsBefore() {
        PlacementPath withdrawn = booked().correct(TODAY, "Booked for the wrong participant", byCoordinator()).path();

        assertThat(withdrawn.standing()).isEqualTo(Standing.WAITING);
        assertThat(withdrawn.waitingSince()).contains(READY);
        assertThat(withdrawn.stage().isActive()).isFalse();
    }

    @Test
    void aCorrectionTakesBackOnlyOneStepAtATimeAndNothingIsLeftOnceTheStudyVisitIsTakenBack() {
        PlacementPath withdrawn = booked().correct(TODAY, "Booked for the wrong participant", byCoordinator()).path();

        ConflictException refused = catchThrowableOfType(() -> withdrawn.correct(TODAY, "Again", byCoordinator()),
                ConflictException.class);

        assertThat(refused.field()).isEqualTo("stage");
        assertThat(withdrawn.steps()).hasSize(2);
    }
}
