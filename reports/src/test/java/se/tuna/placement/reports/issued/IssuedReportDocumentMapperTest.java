package se.tuna.placement.reports.issued;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.reports.issued.IssuedReportDocuments.IssuedReportDocument;
import se.tuna.placement.reports.status.ReportPeriod;
import se.tuna.placement.reports.status.ReportSources;
import se.tuna.placement.reports.status.StatusReportCalculation;

/** An issued report stored and read back is the report that was issued, figure for figure. */
class IssuedReportDocumentMapperTest {

    private static final Recorded BY = new Recorded("account-samordnare", Instant.parse("2013-01-05T09:00:00Z"));

    private final IssuedReportDocumentMapper mapper = new IssuedReportDocumentMapperImpl();

    @Test
    void anIssuedReportReadBackFromItsDocumentIsTheReportIssued() {
        IssuedReport issued = issued();

        IssuedReport readBack = mapper.toIssued(mapper.toDocument(issued));

        assertThat(readBack).isEqualTo(issued);
    }

    @Test
    void theDocumentSaysItsShapeAndKeepsCodesByName() {
        IssuedReportDocument document = mapper.toDocument(issued());

        assertThat(document.version()).isEqualTo(IssuedReportDocuments.VERSION);
        assertThat(document.sites()).containsExactly("katrineholm-flen-vingaker");
        assertThat(document.report().exitsSinceStart().byOutcome()).containsEntry("WORK", 1L).containsEntry("STUDIES", 0L);
        assertThat(document.report().participation().byPhase()).containsEntry("MAPPING", 1L);
        assertThat(document.report().exitsSinceStart().goals()).extracting(goal -> goal.goal())
                .containsExactly("ON_TO_WORK_ORIENTED_REHABILITATION", "TO_WORK_OR_STUDIES");
    }

    /** A report with someone active, an exit and waiting days, so every part of the document has something in it. */
    private static IssuedReport issued() {
        List<Stint> stints = List.of(
                Stint.referred("s1", "D-1", "katrineholm-flen-vingaker", Gender.FEMALE, null, LocalDate.of(2013, 1, 5), BY)
                        .enrol(LocalDate.of(2013, 1, 12), Consent.GIVEN, Compensation.ACTIVITY_SUPPORT, BY),
                Stint.referred("s2", "D-2", "katrineholm-flen-vingaker", Gender.MALE, null, LocalDate.of(2013, 1, 5), BY)
                        .enrol(LocalDate.of(2013, 1, 12), Consent.GIVEN, Compensation.SICKNESS_BENEFIT, BY)
                        .ready(LocalDate.of(2013, 2, 1), BY)
                        .exit(LocalDate.of(2013, 3, 1), ExitOutcome.WORK, BY),
                Stint.referred("s3", "D-3", "katrineholm-flen-vingaker", Gender.MALE, null, LocalDate.of(2013, 1, 5), BY)
                        .enrol(LocalDate.of(2013, 1, 12), Consent.GIVEN, Compensation.SICKNESS_BENEFIT, BY)
                        .ready(LocalDate.of(2013, 2, 1), BY));
        var report = StatusReportCalculation.count(List.of("katrineholm-flen-vingaker"),
                ReportPeriod.of(null, null, LocalDate.of(2013, 3, 16), LocalDate.of(2013, 6, 1)),
                new ReportSources(stints, Map.of("D-1", 1980, "D-2", 1983), Map.of()));
        return new IssuedReport("r-1", report, Instant.parse("2013-03-16T10:15:00Z"), "account-samordnare", "Sara Samordnare",
                "Till styrgruppen 2013-03-20");
    }
}
