package se.tuna.placement.participants.placement.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.tuna.placement.participants.placement.path.PathFixtures.FIRST_EXTENSION_DECIDED;
import static se.tuna.placement.participants.placement.path.PathFixtures.TRIAL_START;
import static se.tuna.placement.participants.placement.path.PathFixtures.agreed;
import static se.tuna.placement.participants.placement.path.PathFixtures.byCoach;
import static se.tuna.placement.participants.placement.path.PathFixtures.byCoordinator;
import static se.tuna.placement.participants.placement.path.PathFixtures.inTrial;
import static se.tuna.placement.participants.placement.path.PathFixtures.inWorkTraining;
import static se.tuna.placement.participants.placement.path.PathFixtures.terms;
import static se.tuna.placement.participants.placement.path.PathFixtures.threeWeeksFrom;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.error.ConflictException;

/** One year: training fits inside the stint, and the coach is warned from a month before its last day. */
class StintLimitTest {

    /** The first extension runs 6 April to 5 May 2026. */
    private static final LocalDate FIRST_EXTENSION_END = LocalDate.of(2026, 5, 5);

    @Test
    void aStintEnrolledOnTheTwelfthOfJanuaryEndsOnTheEleventhAYearLater() {
        assertThat(StintLimit.after(LocalDate.of(2026, 1, 12), StintLimit.ONE_YEAR).lastDay()).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void aSiteMaySetItsOwnLongestStint() {
        assertThat(StintLimit.after(LocalDate.of(2026, 1, 12), Period.ofMonths(18)).lastDay()).isEqualTo(LocalDate.of(2027, 7, 11));
    }

    @Test
    void anExtensionThatWouldPassTheLastDayIsShortenedToEndOnItAndSaysSo() {
        StintLimit limit = new StintLimit(LocalDate.of(2026, 4, 20));

        TrainingPeriod extension = inTrial().extend(FIRST_EXTENSION_DECIDED, terms(12), limit, byCoach()).path()
                .currentPeriod().orElseThrow();

        assertThat(extension.span()).isEqualTo(new DateSpan(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 20)));
        assertThat(extension.shortened()).isTrue();
    }

    @Test
    void anExtensionEndingOnTheLastDayIsNotShortened() {
        TrainingPeriod extension = inTrial().extend(FIRST_EXTENSION_DECIDED, terms(12), new StintLimit(FIRST_EXTENSION_END),
                byCoach()).path().currentPeriod().orElseThrow();

        assertThat(extension.span().end()).isEqualTo(FIRST_EXTENSION_END);
        assertThat(extension.shortened()).isFalse();
    }

    @Test
    void anExtensionStartingOnTheLastDayLastsThatDay() {
        StintLimit limit = new StintLimit(LocalDate.of(2026, 4, 6));

        TrainingPeriod extension = inTrial().extend(FIRST_EXTENSION_DECIDED, terms(12), limit, byCoach()).path()
                .currentPeriod().orElseThrow();

        assertThat(extension.span()).isEqualTo(new DateSpan(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6)));
    }

    @Test
    void anExtensionThatWouldStartAfterTheLastDayIsAConflictThatChangesNothing() {
        StintLimit limit = new StintLimit(FIRST_EXTENSION_END);
        PlacementPath path = inWorkTraining();

        ConflictException refused = catchThrowableOfType(() -> path.extend(LocalDate.of(2026, 5, 4), terms(16), limit, byCoach()),
                ConflictException.class);

        assertThat(refused.field()).isEqualTo("start");
        assertThat(refused.getMessage()).contains("2026-05-05").contains("2026-05-06");
        assertThat(path.extensions()).hasSize(1);
    }

    @Test
    void aTrialThatWouldPassTheLastDayIsShortenedAndOneAfterItRefused() {
        StintLimit limit = new StintLimit(LocalDate.of(2026, 3, 31));

        TrainingPeriod trial = agreed().startTrial(threeWeeksFrom(TRIAL_START), terms(8), limit, byCoordinator()).path()
                .trial().orElseThrow();
        ConflictException late = catchThrowableOfType(() -> agreed().startTrial(threeWeeksFrom(LocalDate.of(2026, 4, 1)), terms(8),
                limit, byCoordinator()), ConflictException.class);

        assertThat(trial.span().end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(trial.shortened()).isTrue();
        assertThat(late).isNotNull();
    }

    @Test
    void theWarningStartsAMonthBeforeTheLastDay() {
        StintLimit limit = new StintLimit(LocalDate.of(2027, 1, 11));

        assertThat(limit.warnsOn(LocalDate.of(2026, 12, 10))).isFalse();
        assertThat(limit.warnsOn(LocalDate.of(2026, 12, 11))).isTrue();
        assertThat(limit.warnsOn(LocalDate.of(2027, 1, 11))).isTrue();
        assertThat(limit.warnsOn(LocalDate.of(2027, 1, 20))).as("past the last day, still going").isTrue();
    }

    @Test
    void aPlacementStillGoingWithinAMonthOfTheLastDayIsNearTheEndButAnEndedOneIsNot() {
        StintLimit limit = new StintLimit(LocalDate.of(2026, 5, 20));
        LocalDate threeWeeksBefore = LocalDate.of(2026, 4, 29);
        PlacementPath going = inWorkTraining();
        PlacementPath ended = going.end(LocalDate.of(2026, 4, 28), new Ending.WithStint(), byCoach()).path();

        assertThat(going.nearsStintEnd(threeWeeksBefore, limit)).isTrue();
        assertThat(going.nearsStintEnd(LocalDate.of(2026, 4, 19), limit)).isFalse();
        assertThat(ended.nearsStintEnd(threeWeeksBefore, limit)).isFalse();
    }
}
