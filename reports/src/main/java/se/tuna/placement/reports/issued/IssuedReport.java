package se.tuna.placement.reports.issued;

import java.time.Instant;

import se.tuna.placement.reports.status.StatusReport;

/**
 * A status report frozen as it was issued (utfärdad), to the steering group for instance: the
 * figures as counted at the moment of issue, kept as they were whatever is corrected later.
 *
 * @param id           its id
 * @param report       the report as counted when it was issued
 * @param issuedAt     when it was issued
 * @param issuedBy     the account that issued it
 * @param issuedByName their name as it was then
 * @param note         a short note, "Till styrgruppen 2026-12-10"; {@code null} for none
 */
public record IssuedReport(String id, StatusReport report, Instant issuedAt, String issuedBy, String issuedByName, String note) {
}
