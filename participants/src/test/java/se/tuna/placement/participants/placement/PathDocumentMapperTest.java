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
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.store.SlotDocumentMapperImpl;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.placement.path.StintLimit;
import se.tuna.placement.participants.placement.path.StudyVisit;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;

/** A placement's path is stored step by step and read back the same; one stored before paths reads as a trial under way. */
class PathDocumentMapperTest {

    private static final Recorded SARA = new Recorded("account-sara", Instant.parse("2026-03-02T09:00:00Z"));
    private static final WeeklyTerms EIGHT_HOURS = new WeeklyTerms(8, new WeeklySchedule(List.of(
            new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
            new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)))), Set.of(SupportOffered.EXPERIENCED_SUPERVISOR));
    private static final StintLimit LIMIT = StintLimit.after(LocalDate.of(2026, 1, 12), StintLimit.ONE_YEAR);

    private final PlacementDocumentMapper mapper =
            new PlacementDocumentMapperImpl(new SlotDocumentMapperImpl(), new PathDocumentMapperImpl(new SlotDocumentMapperImpl()));

    @Test
    void everyKindOfStepIsStoredWithItsKindAndReadBackTheSame() {
        PlacementPath path = PlacementPath.bookStudyVisit(new StudyVisit(LocalDate.of(2026, 3, 2), LocalDateTime.of(2026, 3, 5, 10, 0),
                LocalDate.of(2026, 2, 16)), SARA).path()
                .answerStudyVisit(VisitAnswer.yes(LocalDate.of(2026, 3, 6)), SARA).path()
                .startTrial(DateSpan.starting(LocalDate.of(2026, 3, 16), PlacementPath.TRIAL_LENGTH), EIGHT_HOURS, LIMIT, SARA).path()
                .extend(LocalDate.of(2026, 4, 2), EIGHT_HOURS, LIMIT, SARA).path()
                .end(LocalDate.of(2026, 4, 30), new Ending.HandedOverToAf(LocalDate.of(2026, 9, 30)), SARA).path()
                .correct(LocalDate.of(2026, 5, 2), "Fel avslut", SARA).path()
                .end(LocalDate.of(2026, 4, 30), new Ending.WorkOrStudies(Ending.Destination.STUDIES), SARA).path();
        Placement placement = placement(path);

        PlacementDocument document = mapper.toDocument(placement);

        assertThat(document.stage()).isEqualTo("ENDED");
        assertThat(document.steps()).extracting(PathStepDocument::kind).containsExactly("BOOK_STUDY_VISIT", "ANSWER_STUDY_VISIT",
                "START_TRIAL", "EXTEND", "END", "CORRECT", "END");
        assertThat(document.choice()).isEqualTo(new PlacementDocument.ChoiceDocument("slot-0", "slot-1", "Närmare hemmet"));
        assertThat(mapper.toPlacement(document)).isEqualTo(placement);
    }

    @Test
    void aPlacementStoredBeforePathsIsATrialUnderWayFromItsAgreementsStart() {
        PlacementDocument earlier = mapper.toDocument(placement(null).withAgreement(new PlacementAgreement(LocalDate.of(2026, 3, 16), 8,
                EIGHT_HOURS.schedule(), Set.of(), null, "account-sara", SARA.at())));

        PlacementPath path = mapper.toPlacement(earlier).path();

        assertThat(path.stage()).isEqualTo(Stage.TRIAL);
        assertThat(path.trial().orElseThrow().span()).isEqualTo(DateSpan.starting(LocalDate.of(2026, 3, 16), PlacementPath.TRIAL_LENGTH));
        assertThat(path.trial().orElseThrow().terms().weeklyHours()).isEqualTo(8);
        assertThat(path.studyVisit().bookedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    private static Placement placement(PlacementPath path) {
        return new Placement("placement-1", "P-K7M4QX", "D-1", "slot-1", "employer-1", "claim-1", path, SARA.by(), "Sara",
                SARA.at(), null, null, new Choice("slot-0", "slot-1", "Närmare hemmet"));
    }
}
