package se.tuna.placement.participants.stint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.placement.path.Recorded;

class StintTest {

    private static final Recorded BY_COORDINATOR = new Recorded("samordnare", Instant.parse("2026-03-01T09:00:00Z"));
    private static final LocalDate QUEUED = LocalDate.of(2026, 1, 12);

    private static Stint queued() {
        return Stint.referred("s-1", "D-4F7K2", "eskilstuna", Gender.FEMALE, QUEUED, null, BY_COORDINATOR);
    }

    private static Stint enrolled() {
        return queued().admit(QUEUED.plusDays(20), BY_COORDINATOR)
                .enrol(QUEUED.plusDays(30), Consent.GIVEN, Compensation.SICKNESS_BENEFIT, BY_COORDINATOR);
    }

    @Test
    void aReferralWaitsInTheQueueUntilTheReferralGroupAdmitsIt() {
        Stint stint = queued();
        assertThat(stint.stage()).isEqualTo(StintStage.QUEUED);
        assertThat(stint.admittedOn()).isEmpty();

        Stint admitted = stint.admit(QUEUED.plusDays(20), BY_COORDINATOR);

        assertThat(admitted.stage()).isEqualTo(StintStage.ADMITTED);
        assertThat(admitted.admittedOn()).contains(QUEUED.plusDays(20));
        assertThat(admitted.stage().isActive()).as("not yet enrolled: not among the active").isFalse();
    }

    @Test
    void aReferralAdmittedAtOnceSkipsTheQueue() {
        Stint stint = Stint.referred("s-1", "D-4F7K2", "eskilstuna", null, null, QUEUED, BY_COORDINATOR);

        assertThat(stint.stage()).isEqualTo(StintStage.ADMITTED);
        assertThat(stint.gender()).isEqualTo(Gender.UNSTATED);
    }

    @Test
    void aReferralNeedsADay() {
        assertThatThrownBy(() -> Stint.referred("s-1", "D-4F7K2", "eskilstuna", null, null, null, BY_COORDINATOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("admittedOn");
    }

    @Test
    void enrolmentStartsTheMappingAndTheYear() {
        Stint stint = enrolled();

        assertThat(stint.stage()).isEqualTo(StintStage.MAPPING);
        assertThat(stint.stage().isActive()).isTrue();
        assertThat(stint.consented()).isTrue();
        assertThat(stint.compensation()).contains(Compensation.SICKNESS_BENEFIT);
        assertThat(stint.startYear()).isEqualTo(Year.of(2026));
        assertThat(stint.limit(Period.ofYears(1)).orElseThrow().lastDay()).isEqualTo(QUEUED.plusDays(30).plusYears(1).minusDays(1));
    }

    @Test
    void theCompensationInForceIsTheLastOneRecorded() {
        Stint stint = enrolled().changeCompensation(QUEUED.plusDays(60), Compensation.ACTIVITY_COMPENSATION, BY_COORDINATOR);

        assertThat(stint.compensation()).contains(Compensation.ACTIVITY_COMPENSATION);
        assertThat(stint.stage()).as("a change of compensation moves nothing").isEqualTo(StintStage.MAPPING);
    }

    @Test
    void readyThenBackToMappingThenReadyAgainCountsTheWaitFromTheLastReadyDay() {
        Stint stint = enrolled().ready(QUEUED.plusDays(50), BY_COORDINATOR);
        assertThat(stint.readySince()).contains(QUEUED.plusDays(50));

        Stint back = stint.backToMapping(QUEUED.plusDays(70), BY_COORDINATOR);
        assertThat(back.stage()).isEqualTo(StintStage.MAPPING);
        assertThat(back.readySince()).isEmpty();

        assertThat(back.ready(QUEUED.plusDays(90), BY_COORDINATOR).readySince()).contains(QUEUED.plusDays(90));
    }

    @Test
    void theExitRecordsTheOutcomeAndAllowsOnlyACorrection() {
        Stint exited = enrolled().ready(QUEUED.plusDays(50), BY_COORDINATOR)
                .exit(QUEUED.plusDays(200), ExitOutcome.SOCIAL_PSYCHIATRY, BY_COORDINATOR);

        assertThat(exited.stage()).isEqualTo(StintStage.EXITED);
        assertThat(exited.exit().orElseThrow().outcome().reportedAs()).isEqualTo("Åter tidigare nivå");
        assertThat(exited.readySince()).isEmpty();
        assertThatThrownBy(() -> exited.ready(QUEUED.plusDays(201), BY_COORDINATOR)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("EXITED");
    }

    @Test
    void aStepTheStageDoesNotAllowIsRefusedAndChangesNothing() {
        Stint stint = queued();

        assertThatThrownBy(() -> stint.enrol(QUEUED, Consent.GIVEN, Compensation.NONE, BY_COORDINATOR))
                .isInstanceOf(ConflictException.class).hasMessageContaining("QUEUED");
        assertThatThrownBy(() -> stint.ready(QUEUED, BY_COORDINATOR)).isInstanceOf(ConflictException.class);
        assertThat(stint.steps()).hasSize(1);
    }

    @Test
    void aStepBeforeTheStepBeforeItIsRefused() {
        assertThatThrownBy(() -> enrolled().ready(QUEUED, BY_COORDINATOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be before");
    }

    @Test
    void enrolmentNeedsConsentAndCompensation() {
        Stint admitted = queued().admit(QUEUED.plusDays(1), BY_COORDINATOR);

        assertThatThrownBy(() -> admitted.enrol(QUEUED.plusDays(2), null, null, BY_COORDINATOR))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refused -> assertThat(((InvalidInputException) refused).violations())
                        .extracting(violation -> violation.field()).containsExactly("consent", "compensation"));
    }

    @Test
    void aCorrectionTakesBackTheLastStepAndStaysInTheHistory() {
        Stint ready = enrolled().ready(QUEUED.plusDays(50), BY_COORDINATOR);

        Stint corrected = ready.correct(QUEUED.plusDays(51), "Fel deltagare", BY_COORDINATOR);

        assertThat(corrected.stage()).isEqualTo(StintStage.MAPPING);
        assertThat(corrected.steps()).hasSize(ready.steps().size() + 1);
        assertThat(corrected.steps().get(corrected.steps().size() - 1).kind()).isEqualTo(StintStepKind.CORRECT);
    }

    @Test
    void theReferralItselfCannotBeTakenBack() {
        assertThatThrownBy(() -> queued().admit(QUEUED, BY_COORDINATOR).correct(QUEUED, "Fel", BY_COORDINATOR)
                .correct(QUEUED, "Fel igen", BY_COORDINATOR))
                .isInstanceOf(ConflictException.class).hasMessageContaining("referral");
    }

    @Test
    void anAnonymisedStintKeepsWhatStatisticsNeedAndNobody() {
        Stint exited = enrolled().exit(QUEUED.plusDays(100), ExitOutcome.OTHER, BY_COORDINATOR);

        Stint anonymous = exited.anonymised("s-2");

        assertThat(anonymous.participantId()).isNull();
        assertThat(List.<Object>of(anonymous.gender(), anonymous.startYear(), anonymous.stage(),
                anonymous.exit().orElseThrow().outcome())).containsExactly(Gender.FEMALE, Year.of(2026), StintStage.EXITED,
                ExitOutcome.OTHER);
    }
}
