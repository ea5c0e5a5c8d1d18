package se.tuna.placement.reports.sus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.importer.Sheet;
import se.tuna.placement.catalog.importer.SheetReader;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.reports.status.ReportPeriod;

/** The SUS worklist from hand-built stints: which exits it lists, what each line holds, and the file. */
class SusWorklistTest {

    private static final Recorded BY = new Recorded("account-samordnare", Instant.parse("2026-07-01T09:00:00Z"));
    private static final String SITE = "strangnas";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final ReportPeriod SECOND_HALF = ReportPeriod.of(null, null, null, TODAY);

    @Test
    void anExitInThePeriodIsListedWithItsDatesOutcomeAndTheCompensationAtTheExit() {
        Stint exited = enrolled("s1", "D-1", LocalDate.of(2026, 8, 3))
                .changeCompensation(LocalDate.of(2026, 9, 1), Compensation.ACTIVITY_SUPPORT, BY)
                .exit(LocalDate.of(2026, 11, 30), ExitOutcome.HANDED_OVER_TO_AF, BY);

        SusWorklist list = SusWorklist.of(List.of(SITE), SECOND_HALF, List.of(exited));

        assertThat(list.exits()).containsExactly(new SusExit("s1", "D-1", SITE, LocalDate.of(2026, 8, 3),
                LocalDate.of(2026, 11, 30), ExitOutcome.HANDED_OVER_TO_AF, Compensation.ACTIVITY_SUPPORT));
        assertThat(list.participantIds()).containsExactly("D-1");
    }

    @Test
    void exitsOutsideThePeriodAfterTodayOrAtAnotherSiteAndStintsUnderWayAreNotListed() {
        Stint before = enrolled("s1", "D-1", LocalDate.of(2026, 2, 2)).exit(LocalDate.of(2026, 6, 30), ExitOutcome.WORK, BY);
        Stint afterToday = enrolled("s2", "D-2", LocalDate.of(2026, 8, 3)).exit(TODAY.plusDays(1), ExitOutcome.WORK, BY);
        Stint elsewhere = Stint.referred("s3", "D-3", "eskilstuna", Gender.MALE, null, LocalDate.of(2026, 7, 6), BY)
                .enrol(LocalDate.of(2026, 8, 3), Consent.GIVEN, Compensation.NONE, BY).exit(LocalDate.of(2026, 10, 1), ExitOutcome.WORK, BY);
        Stint underWay = enrolled("s4", "D-4", LocalDate.of(2026, 8, 3));

        assertThat(SusWorklist.of(List.of(SITE), SECOND_HALF, List.of(before, afterToday, elsewhere, underWay)).exits()).isEmpty();
    }

    @Test
    void aReferralEndedBeforeEnrolmentWasNoParticipantAndIsNotListed() {
        Stint withdrawn = Stint.referred("s1", "D-1", SITE, Gender.FEMALE, LocalDate.of(2026, 7, 6), null, BY)
                .exit(LocalDate.of(2026, 8, 1), ExitOutcome.OTHER, BY);

        assertThat(SusWorklist.of(List.of(SITE), SECOND_HALF, List.of(withdrawn)).exits()).isEmpty();
    }

    @Test
    void anExitTakenBackIsNotListed() {
        Stint corrected = enrolled("s1", "D-1", LocalDate.of(2026, 8, 3)).exit(LocalDate.of(2026, 10, 1), ExitOutcome.WORK, BY)
                .correct(LocalDate.of(2026, 10, 2), "Fel deltagare", BY);

        assertThat(SusWorklist.of(List.of(SITE), SECOND_HALF, List.of(corrected)).exits()).isEmpty();
    }

    @Test
    void anAnonymousRecordIsListedByItsStintAloneAndNamesNobodyToTheAccessLog() {
        Stint anonymous = enrolled("s1", "D-1", LocalDate.of(2026, 8, 3)).anonymised("anon-1")
                .exit(LocalDate.of(2026, 10, 1), ExitOutcome.BACK_TO_CARE, BY);

        SusWorklist list = SusWorklist.of(List.of(SITE), SECOND_HALF, List.of(anonymous));

        assertThat(list.exits()).singleElement().satisfies(exit -> {
            assertThat(exit.stintId()).isEqualTo("anon-1");
            assertThat(exit.participantId()).isNull();
        });
        assertThat(list.participantIds()).isEmpty();
    }

    @Test
    void theFileHasTheColumnsAndOneLinePerExitTheEarliestFirstWithSwedishLettersIntact() {
        Stint later = enrolled("s1", "D-1", LocalDate.of(2026, 8, 3)).exit(LocalDate.of(2026, 11, 2), ExitOutcome.STUDIES, BY);
        Stint earlier = enrolled("s2", null, LocalDate.of(2026, 7, 6)).exit(LocalDate.of(2026, 9, 30),
                ExitOutcome.HANDED_OVER_TO_AF, BY);
        SusWorklist list = SusWorklist.of(List.of(SITE), SECOND_HALF, List.of(later, earlier));

        Sheet sheet = SheetReader.read(new ByteArrayInputStream(list.csv()));

        assertThat(sheet.headers()).isEqualTo(SusWorklist.HEADER);
        assertThat(sheet.rows()).extracting(row -> row.cells().stream().map(cell -> cell == null ? "" : cell.text()).toList())
                .containsExactly(
                        List.of("s2", "", SITE, "2026-07-06", "2026-09-30", "HANDED_OVER_TO_AF", "Överlämnad till Arbetsförmedlingen",
                                "SICKNESS_BENEFIT", "Sjukpenning"),
                        List.of("s1", "D-1", SITE, "2026-08-03", "2026-11-02", "STUDIES", "Studier", "SICKNESS_BENEFIT",
                                "Sjukpenning"));
        assertThat(list.fileName()).isEqualTo("sus-avslut-strangnas-2026-07-01-2026-12-31.csv");
    }

    private static Stint enrolled(String id, String participantId, LocalDate on) {
        return Stint.referred(id, participantId, SITE, Gender.FEMALE, null, on.minusDays(7), BY)
                .enrol(on, Consent.GIVEN, Compensation.SICKNESS_BENEFIT, BY);
    }
}
