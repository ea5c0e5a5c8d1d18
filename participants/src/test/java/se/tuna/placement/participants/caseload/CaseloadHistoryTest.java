package se.tuna.placement.participants.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.catalog.importer.RowError;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.placement.PlacementFixtures;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.StintLengths;
import se.tuna.placement.participants.stint.StintStage;

/** A caseload row made into its stint and placement through the domain's steps, or refused by the rule it breaks. */
class CaseloadHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final StintLengths LENGTHS = new StintLengths(Map.of());

    @Test
    void aRowInWorkTrainingIsExtendedAMonthAtATimeUpToItsPeriod() {
        CaseloadHistory history = of(placed().currentPeriodEnd(LocalDate.of(2026, 7, 17)).row());

        assertThat(history.stint().stage()).isEqualTo(StintStage.READY);
        assertThat(history.stint().readySince()).contains(LocalDate.of(2026, 4, 6));
        assertThat(history.placement().path().stage()).isEqualTo(Stage.WORK_TRAINING);
        assertThat(history.placement().path().extensions()).hasSize(2);
        assertThat(history.placement().path().currentPeriod().orElseThrow().span())
                .isEqualTo(new DateSpan(LocalDate.of(2026, 6, 18), LocalDate.of(2026, 7, 17)));
        assertThat(history.placement().path().steps()).allSatisfy(step -> assertThat(step.recorded().by()).isEqualTo("account-sara"));
    }

    @Test
    void aRowWhosePeriodEndMissesTheMonthsIsRefusedOnThatColumn() {
        assertThat(refusal(placed().currentPeriodEnd(LocalDate.of(2026, 7, 1)).row()))
                .extracting(RowError::row, RowError::column).containsExactly(org.assertj.core.groups.Tuple.tuple(7, "currentPeriodEnd"));
    }

    @Test
    void readyBeforeTheEnrolmentIsRefusedByTheStintsRule() {
        RowError error = refusal(placed().readySince(LocalDate.of(2026, 3, 1)).row()).get(0);

        assertThat(error.column()).isEqualTo("readySince");
        assertThat(error.reason()).contains("must not be before");
    }

    @Test
    void aTrialBeforeTheStudyVisitIsRefusedByThePathsRule() {
        assertThat(refusal(placed().trialStart(LocalDate.of(2026, 4, 10)).row())).extracting(RowError::column).contains("trialStart");
    }

    @Test
    void aDeclinedEnrolmentCannotHaveAPlacement() {
        assertThat(refusal(placed().consent(Consent.DECLINED).row())).extracting(RowError::column).containsExactly("consent");
    }

    @Test
    void aDeclinedEnrolmentIsKeptAsAnAnonymousRecordUnderAStableId() {
        CaseloadHistory history = of(new Row().consent(Consent.DECLINED).row());

        assertThat(history.stint().participantId()).isNull();
        assertThat(history.stint().id()).isEqualTo(CaseloadHistory.declinedIdOf("T-ABCDEFGH"));
        assertThat(history.placement()).isNull();
    }

    @Test
    void aDayAfterTheImportIsRefused() {
        assertThat(refusal(new Row().enrolledOn(TODAY.plusDays(1)).row())).extracting(RowError::column).containsExactly("enrolledOn");
    }

    @Test
    void anExitNeedsItsOutcome() {
        assertThat(refusal(new Row().exitedOn(LocalDate.of(2026, 10, 1)).row())).extracting(RowError::column).containsExactly("outcome");
        assertThat(of(new Row().exitedOn(LocalDate.of(2026, 10, 1)).outcome(ExitOutcome.OTHER).row()).stint().stage())
                .isEqualTo(StintStage.EXITED);
    }

    private static CaseloadHistory of(CaseloadRow row) {
        return CaseloadHistory.of(row, CatalogFixtures.warehouseSlot(), LENGTHS, TODAY, PlacementFixtures.SARA);
    }

    private static java.util.List<RowError> refusal(CaseloadRow row) {
        try {
            of(row);
        } catch (CaseloadHistory.Refused refused) {
            return refused.errors();
        }
        throw new AssertionError("the row was not refused");
    }

    private static Row placed() {
        return new Row().readySince(LocalDate.of(2026, 4, 6)).slotId("slot-1").studyVisitOn(LocalDate.of(2026, 4, 20))
                .trialStart(LocalDate.of(2026, 4, 27)).weeklyHours(8);
    }

    /** A row at line 7, enrolled in March, with what each test sets. */
    private static final class Row {
        private LocalDate enrolledOn = LocalDate.of(2026, 3, 9);
        private Consent consent = Consent.GIVEN;
        private LocalDate readySince;
        private String slotId;
        private LocalDate studyVisitOn;
        private LocalDate trialStart;
        private LocalDate currentPeriodEnd;
        private Integer weeklyHours;
        private LocalDate exitedOn;
        private ExitOutcome outcome;

        Row enrolledOn(LocalDate day) { enrolledOn = day; return this; }
        Row consent(Consent value) { consent = value; return this; }
        Row readySince(LocalDate day) { readySince = day; return this; }
        Row slotId(String value) { slotId = value; return this; }
        Row studyVisitOn(LocalDate day) { studyVisitOn = day; return this; }
        Row trialStart(LocalDate day) { trialStart = day; return this; }
        Row currentPeriodEnd(LocalDate day) { currentPeriodEnd = day; return this; }
        Row weeklyHours(int hours) { weeklyHours = hours; return this; }
        Row exitedOn(LocalDate day) { exitedOn = day; return this; }
        Row outcome(ExitOutcome value) { outcome = value; return this; }

        CaseloadRow row() {
            return new CaseloadRow(7, "T-ABCDEFGH", "eskilstuna", Gender.FEMALE, Compensation.SICKNESS_BENEFIT, null,
                    LocalDate.of(2026, 3, 2), enrolledOn, consent, readySince, slotId, studyVisitOn, trialStart, null,
                    currentPeriodEnd, weeklyHours, exitedOn, outcome, null);
        }
    }
}
