package se.tuna.placement.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.reports.export.StatusReportCsv;
import se.tuna.placement.reports.export.StatusReportPdf;
import se.tuna.placement.reports.export.Withholding;
import se.tuna.placement.reports.status.ReportPeriod;
import se.tuna.placement.reports.status.StatusReport;
import se.tuna.placement.reports.status.StatusReports;
import se.tuna.placement.web.report.ReportPayloads.StatusReportResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * The status report (lägesrapport) for one site or several together, as of a day: counts only, so
 * management may read any site's and coordinators their own, and nothing goes to the access log.
 */
@ApiController
@Tag(name = "Reports", description = "Lägesrapport: verksamhetens siffror per dag, utan personuppgifter")
class StatusReportController {

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StatusReports reports;
    private final AccessPolicy access;
    private final ReportApiMapper mapper;
    private final SiteNames siteNames;
    private final int suppressionThreshold;
    private final Clock clock;

    StatusReportController(StatusReports reports, AccessPolicy access, ReportApiMapper mapper, SiteNames siteNames, Clock clock,
            @Value("${tuna.reports.suppression-threshold:0}") int suppressionThreshold) {
        if (suppressionThreshold < 0) {
            throw new IllegalArgumentException("tuna.reports.suppression-threshold is a count, 0 (off) or more: " + suppressionThreshold);
        }
        this.suppressionThreshold = suppressionThreshold;
        this.reports = reports;
        this.siteNames = siteNames;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping(value = "/api/reports/status.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The status report as a PDF for the steering group",
            description = "The same report as /api/reports/status, with charts of the participants along the path, the exits "
                    + "against the goals and the waiting list over the period, and every table. Counts only. With outside=true, "
                    + "for outside the programme: small counts, and those that would reveal them, printed '..' (when "
                    + "tuna.reports.suppression-threshold is set; off by default).")
    Mono<ResponseEntity<byte[]>> statusPdf(@AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) List<String> sites,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean outside) {
        return Blocking.call(() -> {
            StatusReport report = report(actor, sites, from, until, asOf);
            String made = "Framtagen " + MADE.format(ZonedDateTime.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE))) + " av "
                    + actor.displayName() + ".";
            Withholding withheld = withholding(report, outside);
            return download(StatusReportPdf.of(report, siteNames.of(report.sites()), made, withheld), MediaType.APPLICATION_PDF,
                    fileName(report, withheld, "pdf"));
        });
    }

    @GetMapping(value = "/api/reports/status.zip", produces = "application/zip")
    @Operation(summary = "The status report's tables as CSV files for Swedish Excel, in one ZIP",
            description = "One file per table (UTF-8 with BOM, ';' between cells, decimal comma), the same tables as the PDF. "
                    + "Counts only. With outside=true, small counts withheld as in the PDF.")
    Mono<ResponseEntity<byte[]>> statusCsv(@AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) List<String> sites,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean outside) {
        return Blocking.call(() -> {
            StatusReport report = report(actor, sites, from, until, asOf);
            Withholding withheld = withholding(report, outside);
            String name = fileName(report, withheld, "zip");
            return download(StatusReportCsv.zip(report, name.substring(0, name.length() - ".zip".length()), withheld),
                    MediaType.parseMediaType("application/zip"), name);
        });
    }

    /** What an export withholds: for outside the programme, what suppression at the configured threshold hides; else nothing. */
    private Withholding withholding(StatusReport report, boolean outside) {
        return outside ? Withholding.of(report, suppressionThreshold) : Withholding.NONE;
    }

    @GetMapping("/api/reports/status")
    @Operation(summary = "The status report of one site or several together, as of a day",
            description = "Active participants by phase, mean age, genders and compensation types as of asOf (today by default); "
                    + "the referral queue; exits since the start and in the period (from–until, the half-year of asOf by default) "
                    + "by outcome with the shares against the programme's goals. Counts only. For management (any site) and "
                    + "coordinators (their sites; all of theirs when sites is left out).")
    Mono<StatusReportResponse> status(@AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) List<String> sites,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return Blocking.call(() -> mapper.toResponse(report(actor, sites, from, until, asOf)));
    }

    private StatusReport report(Actor actor, List<String> sites, LocalDate from, LocalDate until, LocalDate asOf) {
        List<String> counted = access.reportSites(actor, sites);
        ReportPeriod period = ReportPeriod.of(from, until, asOf, LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE)));
        return reports.report(counted, period);
    }

    /**
     * lagesrapport-strangnas-2017-01-01-2017-06-30-per-2017-01-16.pdf: what it counts, in the name, so downloads sort;
     * {@code -utanfor} before the ending when small counts are withheld, so the two are never mixed up.
     */
    static String fileName(StatusReport report, Withholding withheld, String extension) {
        return "lagesrapport-" + String.join("-", report.sites()) + "-" + report.period().from() + "-" + report.period().until()
                + "-per-" + report.period().asOf() + (withheld.applies() ? "-utanfor" : "") + "." + extension;
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
