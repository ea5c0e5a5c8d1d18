package se.tuna.placement.web.report;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.reports.export.StatusReportCsv;
import se.tuna.placement.reports.export.StatusReportPdf;
import se.tuna.placement.reports.export.Withholding;
import se.tuna.placement.reports.issued.IssuedReport;
import se.tuna.placement.reports.issued.IssuedReports;
import se.tuna.placement.reports.status.ReportPeriod;
import se.tuna.placement.web.report.IssuedReportPayloads.IssueRequest;
import se.tuna.placement.web.report.IssuedReportPayloads.IssuedReportResponse;
import se.tuna.placement.web.report.IssuedReportPayloads.IssuedReportSummary;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * Status reports frozen as issued (utfärdade), to the steering group for instance: stored as
 * counted when issued and shown so ever after, whatever is corrected later. Counts only, so, as the
 * live report, management may issue and read any site's and coordinators their own, and nothing
 * goes to the access log. Never changed or deleted over the API.
 */
@ApiController
@Tag(name = "Reports", description = "Lägesrapport: verksamhetens siffror per dag, utan personuppgifter")
class IssuedReportController {

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IssuedReports issued;
    private final AccessPolicy access;
    private final ReportApiMapper mapper;
    private final SiteNames siteNames;
    private final Clock clock;

    IssuedReportController(IssuedReports issued, AccessPolicy access, ReportApiMapper mapper, SiteNames siteNames, Clock clock) {
        this.issued = issued;
        this.access = access;
        this.mapper = mapper;
        this.siteNames = siteNames;
        this.clock = clock;
    }

    @PostMapping("/api/reports/issued")
    @Operation(summary = "Issue (freeze) the status report of one site or several",
            description = "Counts the report now, as GET /api/reports/status would (the same sites, from, until and asOf rules), "
                    + "and stores it as issued by the caller with an optional note of at most 500 characters. For management "
                    + "(any site) and coordinators (their sites).")
    Mono<ResponseEntity<IssuedReportResponse>> issue(@AuthenticationPrincipal Actor actor,
            @Valid @RequestBody IssueRequest request) {
        return Blocking.call(() -> {
            List<String> counted = access.reportSites(actor, request.sites());
            ReportPeriod period = ReportPeriod.of(request.from(), request.until(), request.asOf(), today());
            IssuedReport report = issued.issue(counted, period, actor.accountId(), actor.displayName(), request.note());
            return ResponseEntity.created(URI.create("/api/reports/issued/" + report.id())).body(toResponse(report));
        });
    }

    @GetMapping("/api/reports/issued")
    @Operation(summary = "The reports issued of one site or several, newest first",
            description = "Those whose sites are all among the sites asked for (a coordinator's own when left out, every site "
                    + "for management). For management (any site) and coordinators (their sites).")
    Mono<List<IssuedReportSummary>> list(@AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) List<String> sites) {
        return Blocking.call(() -> issued.list(access.reportSites(actor, sites)).stream()
                .map(IssuedReportController::summary).toList());
    }

    @GetMapping("/api/reports/issued/{id}")
    @Operation(summary = "An issued report, as it was issued",
            description = "The same shape as GET /api/reports/status, with id, issuedAt, issuedByName and note. For management "
                    + "and the coordinators of every site it counts.")
    Mono<IssuedReportResponse> get(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> toResponse(readable(actor, id)));
    }

    @GetMapping(value = "/api/reports/issued/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "An issued report as a PDF, as it was issued",
            description = "The PDF of /api/reports/status.pdf, of the figures issued, saying when and by whom. Counts only.")
    Mono<ResponseEntity<byte[]>> pdf(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> {
            IssuedReport report = readable(actor, id);
            return StatusReportController.download(StatusReportPdf.of(report.report(), siteNames.of(report.report().sites()),
                    issuedLine(report)), MediaType.APPLICATION_PDF, fileName(report, "pdf"));
        });
    }

    @GetMapping(value = "/api/reports/issued/{id}.zip", produces = "application/zip")
    @Operation(summary = "An issued report's tables as CSV files for Swedish Excel, in one ZIP, as it was issued",
            description = "The files of /api/reports/status.zip, of the figures issued. Counts only.")
    Mono<ResponseEntity<byte[]>> csv(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Blocking.call(() -> {
            IssuedReport report = readable(actor, id);
            String name = fileName(report, "zip");
            byte[] zip = StatusReportCsv.zip(report.report(), name.substring(0, name.length() - ".zip".length()));
            return StatusReportController.download(zip, MediaType.parseMediaType("application/zip"), name);
        });
    }

    /** The issued report, if the actor may read every site it counts (404 unknown, 403 not theirs). */
    private IssuedReport readable(Actor actor, String id) {
        IssuedReport report = issued.get(id);
        access.reportSites(actor, report.report().sites());
        return report;
    }

    private IssuedReportResponse toResponse(IssuedReport report) {
        return new IssuedReportResponse(report.id(), report.issuedAt(), report.issuedByName(), report.note(),
                mapper.toResponse(report.report()));
    }

    private static IssuedReportSummary summary(IssuedReport report) {
        ReportPeriod period = report.report().period();
        return new IssuedReportSummary(report.id(), report.report().sites(), period.from(), period.until(), period.asOf(),
                report.issuedAt(), report.issuedByName(), report.note());
    }

    /** "Utfärdad 2026-12-06 22:10 av Sara Samordnare. Till styrgruppen 2026-12-10": what the PDF says of its figures. */
    private static String issuedLine(IssuedReport report) {
        String line = "Utfärdad " + ISSUED.format(ZonedDateTime.ofInstant(report.issuedAt(), ParticipantRules.PROGRAMME_ZONE))
                + " av " + report.issuedByName() + ".";
        return report.note() == null ? line : line + " " + report.note();
    }

    /** The live report's name with "utfardad" and the day of issue, so the two never mix in a downloads folder. */
    private static String fileName(IssuedReport report, String extension) {
        String live = StatusReportController.fileName(report.report(), Withholding.NONE, extension);
        return live.substring(0, live.length() - extension.length() - 1) + "-utfardad-"
                + ZonedDateTime.ofInstant(report.issuedAt(), ParticipantRules.PROGRAMME_ZONE).toLocalDate() + "." + extension;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
    }
}
