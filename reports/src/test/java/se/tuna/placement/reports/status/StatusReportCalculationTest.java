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
        ReportSources sources = new ReportSources(List.of(exited), Map.of("D-1", 1980), Map.of("D-1", List.of(ended)));

        assertThat(report(sources, QUEUED.minusDays(1)).referralQueue()).isZero();
        assertThat(report(sources, QUEUED.minusDays(1)).active()).isZero();
        assertThat(report(sources, QUEUED).referralQueue()).isEqualTo(1);
        assertThat(report(sources, ADMITTED.plusDays(1)).referralQueue()).isEqualTo(1);

        StatusReport mapping = report(sources, ENROLLED);
        assertThat(mapping.referralQueue()).isZero();
        assertThat(mapping.active()).isEqualTo(1);
        assertThat(mapping.inPhase(ReportPhase.MAPPING)).isEqualTo(1);
        assertThat(mapping.compensations().get(Compensation.SICKNESS_BENEFIT)).isEqualTo(1);
        assertThat(mapping.genders().get(Gender.FEMALE)).isEqualTo(1);
        assertThat(mapping.meanAge()).isEqualByComparingTo("46.0");

        assertThat(report(sources, COMPENSATION_CHANGED).compensations().get(Compensation.ACTIVITY_SUPPORT)).isEqualTo(1);
        assertThat(report(sources, COMPENSATION_CHANGED).compensations().get(Compensation.SICKNESS_BENEFIT)).isZero();
        assertThat(report(sources, READY).inPhase(ReportPhase.WAITING)).isEqualTo(1);
        assertThat(report(sources, BOOKED).inPhase(ReportPhase.STUDY_VISIT)).isEqualTo(1);
        assertThat(report(sources, ANSWERED).inPhase(ReportPhase.IN_WORK_TRAINING)).as("trial agreed").isEqualTo(1);
        assertThat(report(sources, TRIAL_START).inPhase(ReportPhase.IN_WORK_TRAINING)).as("trial").isEqualTo(1);
        assertThat(report(sources, EXTENDED).inPhase(ReportPhase.IN_WORK_TRAINING)).as("work training").isEqualTo(1);
        assertThat(report(sources, LAST_DAY.minusDays(1)).exitsSinceStart().total()).isZero();

        StatusReport after = report(sources, LAST_DAY);
        assertThat(after.active()).isZero();
        assertThat(after.meanAge()).isNull();
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
        ReportSources sources = new ReportSources(List.of(ready), Map.of(), Map.of("D-1", List.of(noTrial, earlier)));

        assertThat(report(sources, BOOKED).inPhase(ReportPhase.STUDY_VISIT)).isEqualTo(1);
        assertThat(report(sources, ANSWERED).inPhase(ReportPhase.WAITING)).isEqualTo(1);
        assertThat(report(sources, ANSWERED).agesKnown()).isZero();
    }

    @Test
    void aStepTakenBackIsNotCountedOnAnyDay() {
        Stint corrected = enrolled("s1", "D-1", Gender.MALE, Compensation.NONE).ready(READY, BY)
                .correct(READY.plusDays(3), "Fel deltagare", BY);
        ReportSources sources = new ReportSources(List.of(corrected), Map.of(), Map.of());

        assertThat(report(sources, READY.plusDays(1)).inPhase(ReportPhase.MAPPING)).isEqualTo(1);
        assertThat(report(sources, READY.plusDays(10)).inPhase(ReportPhase.MAPPING)).isEqualTo(1);
    }

    @Test
    void anAnonymousRecordCountsInEverythingButTheMeanAge() {
        Stint declined = Stint.referred("s2", null, SITE, Gender.OTHER, null, ADMITTED, BY)
                .enrol(ENROLLED, Consent.DECLINED, Compensation.INCOME_SUPPORT, BY).ready(READY, BY).anonymised("anon");
        Stint known = enrolled("s1", "D-1", Gender.FEMALE, Compensation.SICKNESS_BENEFIT);
        ReportSources sources = new ReportSources(List.of(declined, known), Map.of("D-1", 1990), Map.of());

        StatusReport report = report(sources, READY);
        assertThat(report.active()).isEqualTo(2);
        assertThat(report.inPhase(ReportPhase.WAITING)).isEqualTo(1);
        assertThat(report.inPhase(ReportPhase.MAPPING)).isEqualTo(1);
        assertThat(report.genders().get(Gender.OTHER)).isEqualTo(1);
        assertThat(report.compensations().get(Compensation.INCOME_SUPPORT)).isEqualTo(1);
        assertThat(report.agesKnown()).isEqualTo(1);
        assertThat(report.meanAge()).isEqualByComparingTo("36.0");
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
        assertThat(report(sources, LocalDate.of(2026, 3, 1)).meanAge()).isEqualByComparingTo(new BigDecimal("38.7"));
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
        assertThat(report(new ReportSources(List.of(other), Map.of(), Map.of()), READY).active()).isZero();
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

    private static StatusReport report(ReportSources sources, LocalDate asOf) {
        return StatusReportCalculation.count(List.of(SITE), ReportPeriod.of(null, null, asOf, asOf), sources);
    }
}
