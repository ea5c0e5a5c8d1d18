package se.tuna.placement.participants.placement.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.tuna.placement.participants.placement.path.PathFixtures.YEAR;
import static se.tuna.placement.participants.placement.path.PathFixtures.at;
import static se.tuna.placement.participants.placement.path.PathFixtures.byCoach;
import static se.tuna.placement.participants.placement.path.PathFixtures.byCoordinator;
import static se.tuna.placement.participants.placement.path.PathFixtures.terms;
import static se.tuna.placement.participants.placement.path.PathFixtures.threeWeeksFrom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.tuna.placement.catalog.error.ConflictException;

/** Every step from every stage: where the path allows it, the stage it leads to; where not, a conflict that changes nothing. */
class PathStepsByStageTest {

    /** After every fixture's last step, so no step is refused for its date. */
    private static final LocalDate LATER = LocalDate.of(2026, 5, 4);

    /** The programme's path, written out: from each stage, the steps allowed and where each leads. */
    private static final Map<Stage, Map<StepKind, Stage>> PATH = new EnumMap<>(Map.of(
            Stage.STUDY_VISIT_BOOKED, Map.of(
                    StepKind.ANSWER_STUDY_VISIT, Stage.TRIAL_AGREED,
                    StepKind.CORRECT, Stage.WITHDRAWN),
            Stage.TRIAL_AGREED, Map.of(
                    StepKind.START_TRIAL, Stage.TRIAL,
                    StepKind.END, Stage.ENDED,
                    StepKind.CORRECT, Stage.STUDY_VISIT_BOOKED),
            Stage.TRIAL, Map.of(
                    StepKind.EXTEND, Stage.WORK_TRAINING,
                    StepKind.END, Stage.ENDED,
                    StepKind.CORRECT, Stage.TRIAL_AGREED),
            Stage.WORK_TRAINING, Map.of(
                    StepKind.EXTEND, Stage.WORK_TRAINING,
                    StepKind.END, Stage.ENDED,
                    StepKind.CORRECT, Stage.TRIAL),
            Stage.ENDED, Map.of(
                    StepKind.CORRECT, Stage.WORK_TRAINING),
            Stage.WITHDRAWN, Map.of()));

    static Stream<Arguments> allowed() {
        List<Arguments> cases = new ArrayList<>();
        PATH.forEach((stage, steps) -> steps.forEach((step, next) -> cases.add(Arguments.of(stage, step, next))));
        return cases.stream();
    }

    static Stream<Arguments> refused() {
        List<Arguments> cases = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (StepKind step : StepKind.values()) {
                if (step != StepKind.BOOK_STUDY_VISIT && !PATH.get(stage).containsKey(step)) {
                    cases.add(Arguments.of(stage, step));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} leads to {2}")
    @MethodSource("allowed")
    void anAllowedStepLeadsToItsStage(Stage stage, StepKind step, Stage next) {
        PlacementPath path = at(stage);

        PlacementPath after = take(path, step).path();

        assertThat(path.stage()).isEqualTo(stage);
        assertThat(after.stage()).isEqualTo(next);
        assertThat(after.steps()).hasSize(path.steps().size() + 1);
        assertThat(after.steps().get(after.steps().size() - 1).kind()).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0}: {1} is refused")
    @MethodSource("refused")
    void aStepTheStageDoesNotAllowIsAConflictThatChangesNothing(Stage stage, StepKind step) {
        PlacementPath path = at(stage);
        List<PathStep> before = List.copyOf(path.steps());

        ConflictException refused = catchThrowableOfType(() -> take(path, step), ConflictException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.field()).isEqualTo("stage");
        assertThat(refused.getMessage()).contains(step.description()).contains(stage.description());
        PATH.get(stage).keySet().forEach(allowed -> assertThat(refused.getMessage()).contains(allowed.description()));
        assertThat(path.steps()).isEqualTo(before);
        assertThat(path.stage()).isEqualTo(stage);
    }

    @Test
    void theRefusalNamesTheStepsTheStageAllows() {
        ConflictException refused = catchThrowableOfType(() -> take(at(Stage.TRIAL), StepKind.START_TRIAL), ConflictException.class);

        assertThat(refused).hasMessage("Cannot start the trial: the placement is at 'trial' (Provotid), which allows extend, end or "
                + "correct the last step");
    }

    @Test
    void aPathTakenBackAllowsNoFurtherStep() {
        ConflictException refused = catchThrowableOfType(() -> take(at(Stage.WITHDRAWN), StepKind.CORRECT), ConflictException.class);

        assertThat(refused.getMessage()).endsWith("which allows no further step");
        assertThat(at(Stage.WITHDRAWN).allowedSteps()).isEmpty();
    }

    @Test
    void theStagesAllowWhatThePathSays() {
        PATH.forEach((stage, steps) -> assertThat(at(stage).allowedSteps()).as(stage.name()).isEqualTo(steps.keySet()));
    }

    @Test
    void theCoordinatorBooksAndStartsAndCorrectsTheCoachExtendsAndBothAnswerAndEnd() {
        assertThat(StepKind.BOOK_STUDY_VISIT.takenBy()).containsExactly(PathRole.COORDINATOR);
        assertThat(StepKind.ANSWER_STUDY_VISIT.takenBy()).containsExactlyInAnyOrder(PathRole.COACH, PathRole.COORDINATOR);
        assertThat(StepKind.START_TRIAL.takenBy()).containsExactly(PathRole.COORDINATOR);
        assertThat(StepKind.EXTEND.takenBy()).containsExactly(PathRole.COACH);
        assertThat(StepKind.END.takenBy()).containsExactlyInAnyOrder(PathRole.COACH, PathRole.COORDINATOR);
        assertThat(StepKind.CORRECT.takenBy()).containsExactly(PathRole.COORDINATOR);
    }

    /** Takes a step of that kind with values that are valid wherever the step is allowed. */
    private static Transition take(PlacementPath path, StepKind step) {
        return switch (step) {
            case ANSWER_STUDY_VISIT -> path.answerStudyVisit(VisitAnswer.yes(LATER), byCoach());
            case START_TRIAL -> path.startTrial(threeWeeksFrom(LATER), terms(8), YEAR, byCoordinator());
            case EXTEND -> path.extend(LATER, terms(12), YEAR, byCoach());
            case END -> path.end(LATER, new Ending.WithStint(), byCoach());
            case CORRECT -> path.correct(LATER, "Recorded by mistake", byCoordinator());
            case BOOK_STUDY_VISIT -> throw new IllegalArgumentException("a study visit begins a new path");
        };
    }
}
