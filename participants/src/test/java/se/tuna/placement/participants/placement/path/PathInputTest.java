package se.tuna.placement.participants.placement.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.tuna.placement.participants.placement.path.PathFixtures.ANSWERED_ON;
import static se.tuna.placement.participants.placement.path.PathFixtures.BOOKED_ON;
import static se.tuna.placement.participants.placement.path.PathFixtures.READY;
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

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;

/** An invalid value is refused with the fields it is about, and the path stays as it was. */
class PathInputTest {

    private static final LocalDate IN_WORK_TRAINING = LocalDate.of(2026, 4, 30);

    static Stream<Arguments> invalidSteps() {
        return Stream.of(
                Arguments.of("a visit before the day it was booked", step(() -> PlacementPath.bookStudyVisit(
                        new StudyVisit(BOOKED_ON, VISIT_AT.minusWeeks(1), READY), byCoordinator())), "at"),
                Arguments.of("a participant ready only after the booking", step(() -> PlacementPath.bookStudyVisit(
                        new StudyVisit(BOOKED_ON, VISIT_AT, BOOKED_ON.plusDays(1)), byCoordinator())), "readySince"),
                Arguments.of("no day it was booked", step(() -> PlacementPath.bookStudyVisit(new StudyVisit(null, VISIT_AT, READY),
                        byCoordinator())), "bookedOn"),
                Arguments.of("no study visit at all", step(() -> PlacementPath.bookStudyVisit(null, byCoordinator())), "visit"),
                Arguments.of("no answer at all", step(() -> booked().answerStudyVisit(null, byCoach())), "answer"),
                Arguments.of("an answer before the visit", step(() -> booked().answerStudyVisit(VisitAnswer.yes(BOOKED_ON),
                        byCoach())), "on"),
                Arguments.of("a no without why", step(() -> booked().answerStudyVisit(VisitAnswer.no(ANSWERED_ON, " "), byCoach())),
                        "reason"),
                Arguments.of("a trial starting before the answer", step(() -> agreed().startTrial(threeWeeksFrom(BOOKED_ON), terms(8),
                        YEAR, byCoordinator())), "start"),
                Arguments.of("a trial ending before it starts", step(() -> agreed().startTrial(new DateSpan(TRIAL_START,
                        TRIAL_START.minusDays(1)), terms(8), YEAR, byCoordinator())), "end"),
                Arguments.of("a trial starting in a year no record holds", step(() -> agreed().startTrial(
                        DateSpan.starting(LocalDate.MAX, PlacementPath.TRIAL_LENGTH), terms(8), YEAR, byCoordinator())), "start"),
                Arguments.of("a trial ending in a year no record holds", step(() -> agreed().startTrial(new DateSpan(TRIAL_START,
                        LocalDate.of(2100, 1, 1)), terms(8), YEAR, byCoordinator())), "end"),
                Arguments.of("a trial without terms", step(() -> agreed().startTrial(threeWeeksFrom(TRIAL_START), null, YEAR,
                        byCoordinator())), "weeklyHours"),
                Arguments.of("an extension without hours", step(() -> inTrial().extend(IN_WORK_TRAINING, new WeeklyTerms(null,
                        terms(8).schedule(), Set.of()), YEAR, byCoach())), "weeklyHours"),
                Arguments.of("an extension of 41 hours", step(() -> inTrial().extend(IN_WORK_TRAINING, new WeeklyTerms(41,
                        terms(8).schedule(), Set.of()), YEAR, byCoach())), "weeklyHours"),
                Arguments.of("an extension whose days give fewer hours", step(() -> inTrial().extend(IN_WORK_TRAINING,
                        new WeeklyTerms(12, terms(8).schedule(), Set.of()), YEAR, byCoach())), "weeklyHours"),
                Arguments.of("an extension without days", step(() -> inTrial().extend(IN_WORK_TRAINING, new WeeklyTerms(8,
                        new WeeklySchedule(List.of()), Set.of()), YEAR, byCoach())), "schedule"),
                Arguments.of("an extension whose day ends before it starts", step(() -> inTrial().extend(IN_WORK_TRAINING,
                        new WeeklyTerms(4, WeeklySchedule.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(13, 0),
                                LocalTime.of(9, 0))), Set.of()), YEAR, byCoach())), "schedule[0].end"),
                Arguments.of("an extension decided before the trial started", step(() -> inTrial().extend(ANSWERED_ON, terms(12),
                        YEAR, byCoach())), "decidedOn"),
                Arguments.of("an end before the trial started", step(() -> inTrial().end(ANSWERED_ON, new Ending.WithStint(),
                        byCoach())), "on"),
                Arguments.of("an end without a day", step(() -> inTrial().end(null, new Ending.WithStint(), byCoach())), "on"),
                Arguments.of("an end without an ending", step(() -> inTrial().end(IN_WORK_TRAINING, null, byCoach())), "ending"),
                Arguments.of("a failed trial without why", step(() -> inTrial().end(IN_WORK_TRAINING, new Ending.FailedTrial(null),
                        byCoach())), "ending.reason"),
                Arguments.of("a hand-over to AF without its last day", step(() -> inWorkTraining().end(IN_WORK_TRAINING,
                        new Ending.HandedOverToAf(null), byCoach())), "ending.until"),
                Arguments.of("a hand-over to AF ending before it begins", step(() -> inWorkTraining().end(IN_WORK_TRAINING,
                        new Ending.HandedOverToAf(IN_WORK_TRAINING), byCoach())), "ending.until"),
                Arguments.of("work or studies without which", step(() -> inWorkTraining().end(IN_WORK_TRAINING,
                        new Ending.WorkOrStudies(null), byCoach())), "ending.destination"),
                Arguments.of("a correction without why", step(() -> inTrial().correct(IN_WORK_TRAINING, "", byCoordinator())),
                        "reason"),
                Arguments.of("a correction with a long story", step(() -> inTrial().correct(IN_WORK_TRAINING, "x".repeat(501),
                        byCoordinator())), "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSteps")
    void anInvalidValueIsRefusedNamingItsField(String what, Executable step, String field) {
        InvalidInputException refused = catchThrowableOfType(step::execute, InvalidInputException.class);

        assertThat(refused).as(what).isNotNull();
        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly(field);
    }

    @Test
    void anInvalidExtensionLeavesThePathAsItWas() {
        PlacementPath path = inTrial();

        catchThrowableOfType(() -> path.extend(IN_WORK_TRAINING, new WeeklyTerms(null, null, null), YEAR, byCoach()),
                InvalidInputException.class);

        assertThat(path.stage()).isEqualTo(Stage.TRIAL);
        assertThat(path.extensions()).isEmpty();
    }

    @Test
    void theAgreedTermsOfTheFixturesAreValid() {
        assertThat(terms(8).violations()).isEmpty();
        assertThat(terms(16).violations()).isEmpty();
    }

    @Test
    void aScheduleWindowWithoutItsTimesIsNamed() {
        WeeklyTerms terms = new WeeklyTerms(4, WeeklySchedule.of(new TimeWindow(DayOfWeek.MONDAY, null, LocalTime.NOON)), Set.of());

        assertThat(terms.violations()).extracting(FieldViolation::field).containsExactly("schedule[0]");
    }

    private static Executable step(Executable step) {
        return step;
    }
}
