package se.tuna.placement.reports.issued;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the {@code issued-reports} index holds: a shape of its own, mirroring {@code StatusReport}
 * field by field, so a change to the domain's records is a change to the mapper, never to what is
 * stored. An issued report is read for as long as it is kept, so each says which shape it is in
 * ({@code version}); a later shape gets a new number and its reader, and this one stays readable.
 * Codes (phases, genders, compensations, outcomes, goals) are stored by name.
 */
public final class IssuedReportDocuments {

    /** The shape written now. */
    public static final int VERSION = 1;

    private IssuedReportDocuments() {
    }

    /**
     * An issued report, stored under its id.
     *
     * @param version the shape it is stored in ({@link #VERSION} when written now)
     * @param sites   the sites it counts, also inside {@code report}: searched on
     */
    public record IssuedReportDocument(int version, String id, List<String> sites, Instant issuedAt, String issuedBy,
            String issuedByName, String note, StatusReportDocument report) {
    }

    public record StatusReportDocument(List<String> sites, PeriodDocument period, ParticipationDocument participation,
            IntakeDocument intake, WaitingTimesDocument waiting, ExitCountsDocument exitsSinceStart,
            ExitCountsDocument exitsInPeriod, PlacementFiguresDocument placements) {
    }

    public record PeriodDocument(LocalDate from, LocalDate until, LocalDate asOf) {
    }

    public record ParticipationDocument(long active, Map<String, Long> byPhase, BigDecimal meanAge, long agesKnown,
            Map<String, Long> genders, Map<String, Long> compensations, long referralQueue) {
    }

    public record IntakeDocument(long referrals, long admitted, long enrolled) {
    }

    public record DaysDocument(int count, BigDecimal median, Integer p90, Integer longest) {
    }

    public record WaitingOnDayDocument(LocalDate day, DaysDocument waiting) {
    }

    public record WaitingTimesDocument(DaysDocument onList, DaysDocument toStudyVisit, DaysDocument toTrialStart,
            List<WaitingOnDayDocument> overTime) {
    }

    public record ExitCountsDocument(long total, Map<String, Long> byOutcome, List<GoalAttainmentDocument> goals) {
    }

    public record GoalAttainmentDocument(String goal, long count, BigDecimal percent, boolean reached) {
    }

    public record PlacementFiguresDocument(long trialsStarted, long trialsConcluded, long continued, BigDecimal continuedPercent,
            long ended, BigDecimal meanLengthDays, long employersUsed, long newEmployers) {
    }
}
