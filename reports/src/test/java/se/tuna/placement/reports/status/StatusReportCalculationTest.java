package se.tuna.placement.reports.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.StintLimit;
import se.tuna.placement.participants.placement.path.StudyVisit;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;

/**
 * The status report counted from hand-built stints and paths: each figure as of days along one
 * participant's year, corrections, anonymous records, ages from birth years, the goals' shares.
 */
class StatusReportCalculationTest {

    private static final Recorded BY = new Recorded("account-samordnare", Instant.parse("2026-01-05T09:00:00Z"));
    private static final String SITE = "strangnas";

    private static final LocalDate QUEUED = LocalDate.of(2026, 1, 5);
    private static final LocalDate ADMITTED = LocalDate.of(2026, 1, 12);
    private static final LocalDate ENROLLED = LocalDate.of(2026, 1, 19);
    private static final LocalDate COMPENSATION_CHANGED = LocalDate.of(2026, 2, 2);
    private static final LocalDate READY = LocalDate.of(2026, 2, 16);
    private static final LocalDate BOOKED = LocalDate.of(2026, 3, 2);
    private static final LocalDate ANSWERED = LocalDate.of(2026, 3, 6);
    private static final LocalDate TRIAL_START = LocalDate.of(2026, 3, 16);
    private static final LocalDate EXTENDED = LocalDate.of(2026, 4, 2);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 4, 30);

    @Test
    void oneParticipantsYearReadsAsItStoodOnEachDay() {
        Stint enrolled = Stint.referred("s1", "D-1", SITE, Gender.FEMALE, QUEUED, null, BY).admit(ADMITTED, BY)
                .enrol(ENROLLED, Consent.GIVEN, Compensation.SICKNESS_BENEFIT, BY)
                .changeCompensation(COMPENSATION_CHANGED, Compensation.ACTIVITY_SUPPORT, BY).ready(READY, BY);
        PlacementPath ended = inWorkTraining().end(LAST_DAY, new Ending.WorkOrStudies(Ending.Destination.WORK), BY).path();
        Stint exited = enrolled.exit(LAST_DAY, ExitOutcome.WORK, BY);
        ReportSources sources = new ReportSources(List.of(exited), Map.of("D-1", 1980), Map.of("D-1", List.of(at("E-1", ended))));

        assertThat(report(sources, QUEUED.minusDays(1)).participation().referralQueue()).isZero();
        assertThat(report(sources, QUEUED.minusDays(1)).participation().active()).isZero();
        assertThat(report(sources, QUEUED).participation().referralQueue()).isEqualTo(1);
        assertThat(report(sources, ADMITTED.plusDays(1)).participation().referralQueue()).isEqualTo(1);

        StatusReport mapping = report(sources, ENROLLED);
        assertThat(mapping.participation().referralQueue()).isZero();
        assertThat(mapping.participation().active()).isEqualTo(1);
        assertThat(mapping.participation().inPhase(ReportPhase.MAPPING)).isEqualTo(1);
        assertThat(mapping.participation().compensations().get(Compensation.SICKNESS_BENEFIT)).isEqualTo(1);
        assertThat(mapping.participation().genders().get(Gender.FEMALE)).isEqualTo(1);
        assertThat(mapping.participation().meanAge()).isEqualByComparingTo("46.0");

        assertThat(report(sources, COMPENSATION_CHANGED).participation().compensations().get(Compensation.ACTIVITY_SUPPORT)).isEqualTo(1);
        assertThat(report(sources, COMPENSATION_CHANGED).participation().compensations().get(Compensation.SICKNESS_BENEFIT)).isZero();
        assertThat(report(sources, READY).participation().inPhase(ReportPhase.WAITING)).isEqualTo(1);
        assertThat(report(sources, BOOKED).participation().inPhase(ReportPhase.STUDY_VISIT)).isEqualTo(1);
        assertThat(report(sources, ANSWERED).participation().inPhase(ReportPhase.IN_WORK_TRAINING)).as("trial agreed").isEqualTo(1);
        assertThat(report(sources, TRIAL_START).participation().inPhase(ReportPhase.IN_WORK_TRAINING)).as("trial").isEqualTo(1);
        assertThat(report(sources, EXTENDED).participation().inPhase(ReportPhase.IN_WORK_TRAINING)).as("work training").isEqualTo(1);
        assertThat(report(sources, LAST_DAY.minusDays(1)).exitsSinceStart().total()).isZero();

        StatusReport after = report(sources, LAST_DAY);
        assertThat(after.participation().active()).isZero();
        assertThat(after.participation().meanAge()).isNull();
        assertThat(after.exitsSinceStart().total()).isEqualTo(1);
        assertThat(after.exitsSinceStart().of(ExitOutcome.WORK)).isEqualTo(1);
        assertThat(after.exitsInPeriod().of(ExitOutcome.WORK)).isEqualTo(1);
    }

    @Test
    void aPlacementThatCameToNothingLeavesThemWaitingAndOneOfAnEarlierStintDoesNotCount() {
        Stint ready = enrolled("s1", "D-1", Gender.MALE, Compensation.NONE).ready(READY, BY);
        PlacementPath noTrial = PlacementPath.bookStudyVisit(new StudyVisit(BOOKED, BOOKED.plusDays(3).atTime(10, 0), READY), BY)
                .path().answerStudyVisit(VisitAnswer.no(ANSWERED, "För tunga lyft"), BY).path();
        PlacementPath earlier = PlacementPath.bookStudyVisit(new StudyVisit(LocalDate.of(2025, 3, 2),
                LocalDateTime.of(2025, 3, 5, 10, 0), LocalDate.of(2025, 2, 1)), BY).path();
        ReportSources sources = new ReportSources(List.of(ready), Map.of(), Map.of("D-1", List.of(at("E-1", noTrial), at("E-2", earlier))));

        assertThat(report(sources, BOOKED).participation().inPhase(ReportPhase.STUDY_VISIT)).isEqualTo(1);
        assertThat(report(sources, ANSWERED).participation().inPhase(ReportPhase.WAITING)).isEqualTo(1);
        assertThat(report(sources, ANSWERED).participation().agesKnown()).isZero();
    }

    @Test
    void aStepTakenBackIsNotCountedOnAnyDay() {
        Stint corrected = enrolled("s1", "D-1", Gender.MALE, Compensation.NONE).ready(READY, BY)
                .correct(READY.plusDays(3), "Fel deltagare", BY);
        ReportSources sources = new ReportSources(List.of(corrected), Map.of(), Map.of());

        assertThat(report(sources, READY.plusDays(1)).participation().inPhase(ReportPhase.MAPPING)).isEqualTo(1);
        assertThat(report(sources, READY.plusDays(10)).participation().inPhase(ReportPhase.MAPPING)).isEqualTo(1);
    }

    @Test
    void anAnonymousRecordCountsInEverythingButTheMeanAge() {
        Stint declined = Stint.referred("s2", null, SITE, Gender.OTHER, null, ADMITTED, BY)
                .enrol(ENROLLED, Consent.DECLINED, Compensation.INCOME_SUPPORT, BY).ready(READY, BY).anonymised("anon");
        Stint known = enrolled("s1", "D-1", Gender.FEMALE, Compensation.SICKNESS_BENEFIT);
        ReportSources sources = new ReportSources(List.of(declined, known), Map.of("D-1", 1990), Map.of());

        StatusReport report = report(sources, READY);
        assertThat(report.participation().active()).isEqualTo(2);
        assertThat(report.participation().inPhase(ReportPhase.WAITING)).isEqualTo(1);
        assertThat(report.participation().inPhase(ReportPhase.MAPPING)).isEqualTo(1);
        assertThat(report.participation().genders().get(Gender.OTHER)).isEqualTo(1);
        assertThat(report.participation().compensations().get(Compensation.INCOME_SUPPORT)).isEqualTo(1);
        assertThat(report.participation().agesKnown()).isEqualTo(1);
        assertThat(report.participation().meanAge()).isEqualByComparingTo("36.0");
    }

    @Test
    void ageIsTheAgeReachedDuringTheYearOfTheDayAndTheMeanIsRoundedToOneDecimal() {
        assertThat(StatusReportCalculation.ageOn(1980, LocalDate.of(2026, 1, 1))).isEqualTo(46);
        assertThat(StatusReportCalculation.ageOn(1980, LocalDate.of(2026, 12, 31))).isEqualTo(46);
        assertThat(StatusReportCalculation.ageOn(1980, LocalDate.of(2025, 12, 31))).isEqualTo(45);

        ReportSources sources = new ReportSources(List.of(enrolled("a", "D-A", Gender.MALE, Compensation.NONE),
                enrolled("b", "D-B", Gender.MALE, Compensation.NONE), enrolled("c", "D-C", Gender.MALE, Compensation.NONE)),
                Map.of("D-A", 1988, "D-B", 1987, "D-C", 1987), Map.of());
        // 38, 39 and 39: 38.666… rounds to 38.7.
        assertThat(report(sources, LocalDate.of(2026, 3, 1)).participation().meanAge()).isEqualByComparingTo(new BigDecimal("38.7"));
    }

    @Test
    void exitsSinceStartAndInThePeriodWithTheirSharesAgainstTheGoals() {
        List<Stint> stints = new ArrayList<>();
        List<ExitOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            outcomes.add(i < 7 ? ExitOutcome.WORK : i < 10 ? ExitOutcome.STUDIES : i < 18 ? ExitOutcome.HANDED_OVER_TO_AF
                    : ExitOutcome.values()[4 + i % 4]);
        }
        for (int i = 0; i < outcomes.size(); i++) {
            // The first 40 exits in 2025, the last 12 in the first half of 2026.
            LocalDate exitOn = i < 40 ? LocalDate.of(2025, 3, 1).plusDays(i) : LocalDate.of(2026, 2, 1).plusDays(i);
            stints.add(enrolled("s" + i, "D-" + i, Gender.FEMALE, Compensation.NONE, LocalDate.of(2025, 1, 8))
                    .exit(exitOn, outcomes.get(i), BY));
        }
        ReportPeriod firstHalf = ReportPeriod.of(null, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1));
        StatusReport report = StatusReportCalculation.count(List.of(SITE), firstHalf, new ReportSources(stints, Map.of(), Map.of()));

        assertThat(report.exitsSinceStart().total()).isEqualTo(52);
        assertThat(report.exitsSinceStart().of(ExitOutcome.WORK)).isEqualTo(7);
        assertThat(report.exitsSinceStart().of(ExitOutcome.STUDIES)).isEqualTo(3);
        assertThat(report.exitsSinceStart().of(ExitOutcome.HANDED_OVER_TO_AF)).isEqualTo(8);
        assertThat(report.exitsInPeriod().total()).isEqualTo(12);
        GoalAttainment af = report.exitsSinceStart().goals().get(0);
        assertThat(af.goal()).isEqualTo(ProgrammeGoal.ON_TO_WORK_ORIENTED_REHABILITATION);
        assertThat(af.percent()).isEqualByComparingTo("15.4");
        assertThat(af.reached()).isFalse();
        GoalAttainment work = report.exitsSinceStart().goals().get(1);
        assertThat(work.count()).isEqualTo(10);
        assertThat(work.percent()).isEqualByComparingTo("19.2");
        assertThat(work.reached()).isTrue();
    }

    @Test
    void onlyTheSitesAskedForAreCounted() {
        Stint other = Stint.referred("s9", "D-9", "eskilstuna", Gender.MALE, null, ADMITTED, BY)
                .enrol(ENROLLED, Consent.GIVEN, Compensation.NONE, BY);
        assertThat(report(new ReportSources(List.of(other), Map.of(), Map.of()), READY).participation().active()).isZero();
    }

    @Test
    void intakeWaitingAndPlacementsOfOneParticipantsHalfYear() {
        Stint exited = enrolled("s1", "D-1", Gender.FEMALE, Compensation.NONE).ready(READY, BY).exit(LAST_DAY, ExitOutcome.WORK, BY);
        PlacementPath ended = inWorkTraining().end(LAST_DAY, new Ending.WorkOrStudies(Ending.Destination.WORK), BY).path();
        ReportSources sources = new ReportSources(List.of(exited), Map.of(), Map.of("D-1", List.of(at("E-1", ended))));

        StatusReport report = report(sources, LocalDate.of(2026, 6, 1));
        assertThat(report.intake()).isEqualTo(new Intake(1, 1, 1));
        // Ready 16 February, visit 5 March, trial from 16 March; in training from 16 March to 30 April.
        assertThat(report.waiting().toStudyVisit()).isEqualTo(Days.of(List.of(17)));
        assertThat(report.waiting().toTrialStart()).isEqualTo(Days.of(List.of(28)));
        assertThat(report.waiting().onList().count()).isZero();
        PlacementFigures placements = report.placements();
        assertThat(placements.trialsStarted()).isEqualTo(1);
        assertThat(placements.trialsConcluded()).isEqualTo(1);
        assertThat(placements.continued()).isEqualTo(1);
        assertThat(placements.continuedPercent()).isEqualByComparingTo("100.0");
        assertThat(placements.ended()).isEqualTo(1);
        assertThat(placements.meanLengthDays()).isEqualByComparingTo("46.0");
        assertThat(placements.employersUsed()).isEqualTo(1);
        assertThat(placements.newEmployers()).isEqualTo(1);

        StatusReport beforeTheTrial = report(sources, TRIAL_START.minusDays(1));
        assertThat(beforeTheTrial.placements().trialsStarted()).isZero();
        assertThat(beforeTheTrial.waiting().toStudyVisit().count()).isEqualTo(1);
        assertThat(beforeTheTrial.waiting().toTrialStart().count()).isZero();
        assertThat(report(sources, READY.plusDays(10)).waiting().onList()).isEqualTo(Days.of(List.of(10)));
    }

    @Test
    void theWaitingListCountsDaysSinceReadyAlongThePeriodAndAPlacementThatCameToNothingDoesNotResetThem() {
        Stint sinceMarch = enrolled("s1", "D-1", Gender.MALE, Compensation.NONE).ready(LocalDate.of(2026, 3, 1), BY);
        Stint sinceMay = enrolled("s2", "D-2", Gender.FEMALE, Compensation.NONE).ready(LocalDate.of(2026, 5, 1), BY);
        PlacementPath noTrial = PlacementPath.bookStudyVisit(new StudyVisit(LocalDate.of(2026, 4, 1),
                LocalDateTime.of(2026, 4, 3, 10, 0), LocalDate.of(2026, 3, 1)), BY).path()
                .answerStudyVisit(VisitAnswer.no(LocalDate.of(2026, 4, 6), "För tunga lyft"), BY).path();
        ReportSources sources = new ReportSources(List.of(sinceMarch, sinceMay), Map.of(),
                Map.of("D-1", List.of(at("E-1", noTrial))));

        StatusReport report = report(sources, LocalDate.of(2026, 6, 1));
        // 1 March to 1 June is 92 days, 1 May to 1 June 31: the median of two is their mean.
        assertThat(report.waiting().onList()).isEqualTo(new Days(2, new BigDecimal("61.5"), 92, 92));
        assertThat(report.waiting().overTime()).extracting(WaitingTimes.WaitingOnDay::day).containsExactly(
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 1));
        assertThat(report.waiting().overTime().get(2).waiting()).isEqualTo(Days.of(List.of(30)));
        assertThat(report.waiting().overTime().get(3).waiting()).as("at the study visit on 3 April, back on the list after")
                .isEqualTo(Days.of(List.of(60)));
        assertThat(report.waiting().toStudyVisit()).isEqualTo(Days.of(List.of(33)));
        assertThat(report.placements().trialsStarted()).isZero();
        assertThat(report.placements().continuedPercent()).isNull();
    }

    @Test
    void employersUsedInThePeriodAndTheNewAmongThem() {
        Stint a = enrolled("s1", "D-1", Gender.FEMALE, Compensation.NONE).ready(READY, BY);
        Stint b = enrolled("s2", "D-2", Gender.MALE, Compensation.NONE, LocalDate.of(2025, 6, 2)).ready(LocalDate.of(2025, 8, 1), BY);
        Stint c = enrolled("s3", "D-3", Gender.MALE, Compensation.NONE, LocalDate.of(2025, 6, 2)).ready(LocalDate.of(2025, 8, 1), BY);
        PlacementPath endedLastYear = trialFrom(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 8, 1))
                .end(LocalDate.of(2025, 10, 10), new Ending.FailedTrial("Passade inte"), BY).path();
        PlacementPath goingOn = trialFrom(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 8, 1));
        ReportSources sources = new ReportSources(List.of(a, b, c), Map.of(), Map.of(
                "D-1", List.of(at("E-1", inWorkTraining())),
                "D-2", List.of(at("E-1", endedLastYear)),
                "D-3", List.of(at("E-2", goingOn))));

        PlacementFigures figures = report(sources, LocalDate.of(2026, 6, 1)).placements();
        assertThat(figures.employersUsed()).as("E-1 by D-1, E-2 by D-3; D-2's trial ended before the period").isEqualTo(2);
        assertThat(figures.newEmployers()).as("both had a trial before the period").isZero();
        assertThat(figures.trialsStarted()).isEqualTo(1);
        assertThat(figures.ended()).isZero();
        assertThat(figures.meanLengthDays()).isNull();
    }

    @Test
    void referralsAdmissionsAndEnrolmentsAreCountedWhenDatedInThePeriod() {
        Stint queuedLastYear = Stint.referred("s1", "D-1", SITE, Gender.MALE, LocalDate.of(2025, 12, 1), null, BY)
                .admit(LocalDate.of(2026, 1, 8), BY).enrol(LocalDate.of(2026, 1, 15), Consent.GIVEN, Compensation.NONE, BY);
        Stint admittedDirectly = Stint.referred("s2", null, SITE, Gender.FEMALE, null, LocalDate.of(2026, 2, 2), BY);
        Stint afterTheDay = Stint.referred("s3", "D-3", SITE, Gender.FEMALE, LocalDate.of(2026, 5, 20), null, BY);
        ReportSources sources = new ReportSources(List.of(queuedLastYear, admittedDirectly, afterTheDay), Map.of(), Map.of());

        assertThat(report(sources, LocalDate.of(2026, 5, 1)).intake()).isEqualTo(new Intake(1, 2, 1));
        assertThat(report(sources, LocalDate.of(2026, 6, 1)).intake()).isEqualTo(new Intake(2, 2, 1));
    }

    @Test
    void daysAlongThePeriodEndEachMonthAndOnTheLastDayCounted() {
        ReportPeriod past = ReportPeriod.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), null, LocalDate.of(2026, 6, 1));
        assertThat(StatusReportCalculation.daysAlong(past)).containsExactly(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 31),
                LocalDate.of(2025, 9, 30));
        ReportPeriod early = ReportPeriod.of(null, null, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 6, 1));
        assertThat(StatusReportCalculation.daysAlong(early)).containsExactly(LocalDate.of(2026, 1, 10));
    }

    private static Stint enrolled(String id, String participant, Gender gender, Compensation compensation) {
        return enrolled(id, participant, gender, compensation, ENROLLED);
    }

    private static Stint enrolled(String id, String participant, Gender gender, Compensation compensation, LocalDate on) {
        return Stint.referred(id, participant, SITE, gender, null, on.minusDays(7), BY).enrol(on, Consent.GIVEN, compensation, BY);
    }

    private static PlacementPath inWorkTraining() {
        StintLimit year = StintLimit.after(ENROLLED, StintLimit.ONE_YEAR);
        WeeklyTerms mornings = new WeeklyTerms(8, new WeeklySchedule(List.of(
                new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)))),
                Set.of(SupportOffered.EXPERIENCED_SUPERVISOR));
        WeeklyTerms more = new WeeklyTerms(12, new WeeklySchedule(List.of(
                new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new TimeWindow(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)))),
                Set.of(SupportOffered.EXPERIENCED_SUPERVISOR));
        return PlacementPath.bookStudyVisit(new StudyVisit(BOOKED, LocalDateTime.of(2026, 3, 5, 10, 0), READY), BY).path()
                .answerStudyVisit(VisitAnswer.yes(ANSWERED), BY).path()
                .startTrial(DateSpan.starting(TRIAL_START, PlacementPath.TRIAL_LENGTH), mornings, year, BY).path()
                .extend(EXTENDED, more, year, BY).path();
    }

    /** A path in its trial from {@code start}, the study visit two weeks before. */
    private static PlacementPath trialFrom(LocalDate start, LocalDate readySince) {
        WeeklyTerms mornings = new WeeklyTerms(4, new WeeklySchedule(List.of(
                new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)))), Set.of());
        return PlacementPath.bookStudyVisit(new StudyVisit(start.minusDays(14), start.minusDays(11).atTime(10, 0), readySince), BY)
                .path().answerStudyVisit(VisitAnswer.yes(start.minusDays(10)), BY).path()
                .startTrial(DateSpan.starting(start, PlacementPath.TRIAL_LENGTH), mornings,
                        StintLimit.after(start.minusMonths(3), StintLimit.ONE_YEAR), BY).path();
    }

    private static ReportedPlacement at(String employer, PlacementPath path) {
        return new ReportedPlacement(employer, path);
    }

    private static StatusReport report(ReportSources sources, LocalDate asOf) {
        return StatusReportCalculation.count(List.of(SITE), ReportPeriod.of(null, null, asOf, asOf), sources);
    }
}
