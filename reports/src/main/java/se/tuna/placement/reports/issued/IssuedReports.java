package se.tuna.placement.reports.issued;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.reports.status.ReportPeriod;
import se.tuna.placement.reports.status.StatusReport;
import se.tuna.placement.reports.status.StatusReports;

/**
 * Freezes status reports as issued (utfärdade): counted now, stored with when and by whom, and
 * read back as they were, whatever is corrected afterwards. Issued reports are never changed or
 * deleted. Who may issue and read which sites is the caller's to check ({@code AccessPolicy.reportSites}).
 */
public class IssuedReports {

    /** A note says what the report was for ("Till styrgruppen 2026-12-10"), not the report itself. */
    public static final int LONGEST_NOTE = 500;

    private final StatusReports reports;
    private final IssuedReportRepository repository;
    private final Clock clock;

    public IssuedReports(StatusReports reports, IssuedReportRepository repository, Clock clock) {
        this.reports = reports;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Counts the report of {@code sites} (known ones, checked by the caller) for the period now and
     * stores it as issued by the account; a note longer than {@link #LONGEST_NOTE} is refused (422)
     * and nothing is stored. A blank note is none.
     */
    public IssuedReport issue(List<String> sites, ReportPeriod period, String issuedBy, String issuedByName, String note) {
        String kept = CommonRules.blankAsNull(note);
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.checkOptionalText(violations, "note", kept, LONGEST_NOTE);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        StatusReport report = reports.report(sites, period);
        IssuedReport issued = new IssuedReport(UUID.randomUUID().toString(), report, clock.instant(), issuedBy, issuedByName,
                kept);
        repository.create(issued);
        return issued;
    }

    /** The reports issued of {@code sites} alone (every site they count among them), newest first. */
    public List<IssuedReport> list(Collection<String> sites) {
        return repository.ofSites(sites).stream().filter(issued -> sites.containsAll(issued.report().sites())).toList();
    }

    /** The issued report, as it was issued. */
    public IssuedReport get(String id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("issued report", id));
    }
}
