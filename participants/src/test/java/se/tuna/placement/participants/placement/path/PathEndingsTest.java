package se.tuna.placement.participants.placement.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.tuna.placement.participants.placement.path.PathFixtures.READY;
import static se.tuna.placement.participants.placement.path.PathFixtures.YEAR;
import static se.tuna.placement.participants.placement.path.PathFixtures.agreed;
import static se.tuna.placement.participants.placement.path.PathFixtures.at;
import static se.tuna.placement.participants.placement.path.PathFixtures.byCoach;
import static se.tuna.placement.participants.placement.path.PathFixtures.byCoordinator;
import static se.tuna.placement.participants.placement.path.PathFixtures.inTrial;
import static se.tuna.placement.participants.placement.path.PathFixtures.inWorkTraining;
import static se.tuna.placement.participants.placement.path.PathFixtures.noTrial;
import static se.tuna.placement.participants.placement.path.PathFixtures.terms;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.tuna.placement.catalog.error.ConflictException;

class PathEndingsTest {

    /** A day inside the trial, after its start. */
    private static final LocalDate IN_THE_TRIAL = LocalDate.of(2026, 3, 27);
    private static final LocalDate IN_WORK_TRAINING = LocalDate.of(2026, 4, 30);

    @Test
    void aFailedTrialSendsTheParticipantBackToWaitingFromTheDayTheyFirstBecameReadyAndFreesTheSeat() {
        Transition failed = inTrial().end(IN_THE_TRIAL, new Ending.FailedTrial("Too many people around"), byCoach());

        assertThat(failed.seat()).isEqualTo(new SeatEffect.Release());
        assertThat(failed.path().standing()).isEqualTo(Standing.WAITING);
        assertThat(failed.path().waitingSince()).contains(READY);
        assertThat(failed.path().trialOutcome()).contains(TrialOutcome.NOT_CONTINUED);
    }

    @Test
    void aHandOverToArbetsformedlingenGivesTheSameSeatToAfUntilTheDayAfStated() {
        LocalDate afUntil = LocalDate.of(2026, 10, 31);

        Transition handedOver = inWorkTraining().end(IN_WORK_TRAINING, new Ending.HandedOverToAf(afUntil), byCoach());

        assertThat(handedOver.seat()).isEqualTo(new SeatEffect.HandOverToAf(afUntil));
        assertThat(handedOver.path().seat()).isEqualTo(new SeatEffect.HandOverToAf(afUntil));
        assertThat(handedOver.path().standing()).isEqualTo(Standing.EXITED);
        assertThat(handedOver.path().waitingSince()).isEmpty();
    }

    @Test
    void aMoveToAnotherSlotFreesThisSeatAndTheParticipantWaitsForTheNextFromTheirFirstReadyDay() {
        Transition moved = inWorkTraining().end(IN_WORK_TRAINING, new Ending.Moved(), byCoordinator());

        assertThat(moved.seat()).isEqualTo(new SeatEffect.Release());
        assertThat(moved.path().waitingSince()).contains(READY);
    }

    @Test
    void endingWithTheStintFreesTheSeatAndTheParticipantLeaves() {
        Transition ended = agreed().end(LocalDate.of(2026, 3, 10), new Ending.WithStint(), byCoach());

        assertThat(ended.seat()).isEqualTo(new SeatEffect.Release());
        assertThat(ended.path().standing()).isEqualTo(Standing.EXITED);
        assertThat(ended.path().trialOutcome()).as("no trial was started").isEmpty();
    }

    static Stream<Arguments> endingsAStageRefuses() {
        return Stream.of(
                Arguments.of(Stage.WORK_TRAINING, new Ending.FailedTrial("It did not work")),
                Arguments.of(Stage.TRIAL_AGREED, new Ending.FailedTrial("It did not work")),
                Arguments.of(Stage.TRIAL_AGREED, new Ending.WorkOrStudies(Ending.Destination.WORK)),
                Arguments.of(Stage.TRIAL_AGREED, new Ending.HandedOverToAf(LocalDate.of(2026, 12, 31))),
                Arguments.of(Stage.TRIAL, new Ending.NoTrial("Said no")),
                Arguments.of(Stage.WORK_TRAINING, new Ending.NoTrial("Said no")));
    }

    @ParameterizedTest(name = "{0} cannot end as {1}")
    @MethodSource("endingsAStageRefuses")
    void anEndingThatDoesNotFitTheStageIsAConflict(Stage stage, Ending ending) {
        PlacementPath path = at(stage);

        ConflictException refused = catchThrowableOfType(() -> path.end(LocalDate.of(2026, 5, 4), ending, byCoach()),
                ConflictException.class);

        assertThat(refused.field()).isEqualTo("ending");
        assertThat(refused.getMessage()).contains(ending.label()).contains(stage.description());
        assertThat(path.stage()).isEqualTo(stage);
    }

    static Stream<Arguments> trialOutcomes() {
        return Stream.of(
                Arguments.of("a trial under way", inTrial(), Optional.empty()),
                Arguments.of("no trial after the study visit", noTrial(), Optional.empty()),
                Arguments.of("a trial extended, still going", inWorkTraining(), Optional.of(TrialOutcome.CONTINUED)),
                Arguments.of("a trial failed", endedInTrial(new Ending.FailedTrial("No")), Optional.of(TrialOutcome.NOT_CONTINUED)),
                Arguments.of("moved during the trial", endedInTrial(new Ending.Moved()), Optional.of(TrialOutcome.NOT_CONTINUED)),
                Arguments.of("left with the stint during the trial", endedInTrial(new Ending.WithStint()),
                        Optional.of(TrialOutcome.NOT_CONTINUED)),
                Arguments.of("hired during the trial", endedInTrial(new Ending.WorkOrStudies(Ending.Destination.WORK)),
                        Optional.of(TrialOutcome.CONTINUED)),
                Arguments.of("handed over to AF during the trial", endedInTrial(new Ending.HandedOverToAf(LocalDate.of(2026, 9, 30))),
                        Optional.of(TrialOutcome.CONTINUED)),
                Arguments.of("moved after work training", inWorkTraining().end(IN_WORK_TRAINING, new Ending.Moved(), byCoach()).path(),
                        Optional.of(TrialOutcome.CONTINUED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trialOutcomes")
    void theTrialWentOnIfItWasExtendedOrLeftForWorkStudiesOrAf(String what, PlacementPath path, Optional<TrialOutcome> outcome) {
        assertThat(path.trialOutcome()).isEqualTo(outcome);
    }

    @Test
    void anEndedPlacementCannotBeExtendedAgain() {
        PlacementPath ended = inWorkTraining().end(IN_WORK_TRAINING, new Ending.Moved(), byCoach()).path();

        ConflictException refused = catchThrowableOfType(() -> ended.extend(IN_WORK_TRAINING, terms(12), YEAR, byCoach()),
                ConflictException.class);

        assertThat(refused.getMessage()).contains("ended").contains("correct the last step");
    }

    private static PlacementPath endedInTrial(Ending ending) {
        return inTrial().end(IN_THE_TRIAL, ending, byCoach()).path();
    }
}
