package se.tuna.placement.participants.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.StintLimit;
import se.tuna.placement.participants.placement.path.StudyVisit;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;

/** The counting rules of the employers' trial records: which placements count, and how. */
class TrialRecordsTest {

    private static final String EMPLOYER = "employer-1";
    private static final LocalDate TRIAL_START = LocalDate.of(2026, 3, 16);
    private static final StintLimit YEAR = StintLimit.after(LocalDate.of(2026, 1, 12), StintLimit.ONE_YEAR);
    private static final Recorded RECORDED = new Recorded("account-samordnare", Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void aTrialExtendedIntoWorkTrainingCountsAsEndedAndContinued() {
        assertThat(TrialRecords.tally(List.of(placement("p1", inWorkTraining()))))
                .containsEntry(EMPLOYER, new TrialRecord(1, 1));
    }

    @Test
    void aFailedTrialCountsAsEndedAndNotContinued() {
        assertThat(TrialRecords.tally(List.of(placement("p1", failed()))))
                .containsEntry(EMPLOYER, new TrialRecord(1, 0));
    }

    @Test
    void aTrialLeftForWorkCountsAsContinued() {
        PlacementPath forWork = inTrial().end(TRIAL_START.plusDays(10), new Ending.WorkOrStudies(Ending.Destination.WORK), RECORDED)
                .path();
        assertThat(TrialRecords.tally(List.of(placement("p1", forWork)))).containsEntry(EMPLOYER, new TrialRecord(1, 1));
    }

    @Test
    void aTrialUnderWayCountsNothing() {
        assertThat(TrialRecords.tally(List.of(placement("p1", inTrial())))).isEmpty();
    }

    @Test
    void aPlacementWithoutTrialCountsNothing() {
        PlacementPath noTrial = booked().answerStudyVisit(VisitAnswer.no(TRIAL_START, "Too loud"), RECORDED).path();
        assertThat(TrialRecords.tally(List.of(placement("p1", noTrial)))).isEmpty();
    }

    @Test
    void anEndingTakenBackCountsNothing() {
        PlacementPath corrected = failed().correct(TRIAL_START.plusDays(12), "Ended the wrong placement", RECORDED).path();
        assertThat(TrialRecords.tally(List.of(placement("p1", corrected)))).isEmpty();
    }

    @Test
    void anExtensionTakenBackCountsNothing() {
        PlacementPath corrected = inWorkTraining().correct(TRIAL_START.plusDays(20), "Extended by mistake", RECORDED).path();
        assertThat(TrialRecords.tally(List.of(placement("p1", corrected)))).isEmpty();
    }

    @Test
    void aPlacementKeptAndStillCurrentCountsOnce() {
        Placement current = placement("p1", failed());
        Placement kept = current.withId("kept-id");
        assertThat(TrialRecords.tally(List.of(current, kept))).containsEntry(EMPLOYER, new TrialRecord(1, 0));
    }

    @Test
    void trialsOfSeveralParticipantsAddUpPerEmployer() {
        Placement elsewhere = new Placement("id-p4", "REF", "p4", "slot-2", "employer-2", null, failed(), "account",
                "Samordnare", Instant.parse("2026-03-02T09:00:00Z"), null, null, null);
        assertThat(TrialRecords.tally(List.of(placement("p1", inWorkTraining()), placement("p2", failed()),
                placement("p3", inWorkTraining()), placement("p5", inTrial()), elsewhere)))
                .containsEntry(EMPLOYER, new TrialRecord(3, 2))
                .containsEntry("employer-2", new TrialRecord(1, 0))
                .hasSize(2);
    }

    private static Placement placement(String participantId, PlacementPath path) {
        return new Placement("id-" + participantId, "REF", participantId, "slot-1", EMPLOYER, null, path, "account",
                "Samordnare", Instant.parse("2026-03-02T09:00:00Z"), null, null, null);
    }

    private static PlacementPath booked() {
        return PlacementPath.bookStudyVisit(new StudyVisit(LocalDate.of(2026, 3, 2), LocalDateTime.of(2026, 3, 5, 10, 0),
                LocalDate.of(2026, 2, 16)), RECORDED).path();
    }

    private static PlacementPath inTrial() {
        WeeklyTerms terms = new WeeklyTerms(8, new WeeklySchedule(List.of(
                new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)))), Set.of());
        return booked().answerStudyVisit(VisitAnswer.yes(LocalDate.of(2026, 3, 6)), RECORDED).path()
                .startTrial(DateSpan.starting(TRIAL_START, PlacementPath.TRIAL_LENGTH), terms, YEAR, RECORDED).path();
    }

    private static PlacementPath inWorkTraining() {
        WeeklyTerms terms = new WeeklyTerms(12, new WeeklySchedule(List.of(
                new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new TimeWindow(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)))), Set.of());
        return inTrial().extend(TRIAL_START.plusDays(17), terms, YEAR, RECORDED).path();
    }

    private static PlacementPath failed() {
        return inTrial().end(TRIAL_START.plusDays(10), new Ending.FailedTrial("Not the right tasks"), RECORDED).path();
    }
}
