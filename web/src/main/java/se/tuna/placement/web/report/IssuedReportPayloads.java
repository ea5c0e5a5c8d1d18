package se.tuna.placement.web.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.Size;
import se.tuna.placement.web.report.ReportPayloads.StatusReportResponse;

/** What the issued reports' endpoints take and answer: counts only, never a person. */
final class IssuedReportPayloads {

    private IssuedReportPayloads() {
    }

    /**
     * A status report to issue (freeze), counted now as GET /api/reports/status would count it.
     *
     * @param sites the sites counted together; a coordinator's own when left out, every site for management
     * @param from  the period's first day; the half-year of {@code asOf} when left out
     * @param until the period's last day
     * @param asOf  the day it is counted as of; today when left out, never after today
     * @param note  what it was issued for, at most 500 characters: "Till styrgruppen 2026-12-10"
     */
    record IssueRequest(@Size(max = 50) List<String> sites, LocalDate from, LocalDate until, LocalDate asOf, String note) {
    }

    /**
     * An issued report: the status report as it was counted when issued, in the same shape as
     * GET /api/reports/status answers, with when, by whom and what for.
     *
     * @param id           its id
     * @param issuedAt     when it was issued
     * @param issuedByName who issued it, by name as it was then
     * @param note         what it was issued for, or null
     * @param report       the report as issued (its fields inline)
     */
    record IssuedReportResponse(String id, Instant issuedAt, String issuedByName, String note,
            @JsonUnwrapped StatusReportResponse report) {
    }

    /**
     * An issued report in a list.
     *
     * @param id           its id
     * @param sites        the sites it counts
     * @param from         the period's first day
     * @param until        its last day
     * @param asOf         the day it was counted as of
     * @param issuedAt     when it was issued
     * @param issuedByName who issued it
     * @param note         what it was issued for, or null
     */
    record IssuedReportSummary(String id, List<String> sites, LocalDate from, LocalDate until, LocalDate asOf, Instant issuedAt,
            String issuedByName, String note) {
    }
}
