package se.tuna.placement.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.reports.status.ReportPeriod;
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

    private final StatusReports reports;
    private final AccessPolicy access;
    private final ReportApiMapper mapper;
    private final Clock clock;

    StatusReportController(StatusReports reports, AccessPolicy access, ReportApiMapper mapper, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
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
        return Blocking.call(() -> {
            List<String> counted = access.reportSites(actor, sites);
            ReportPeriod period = ReportPeriod.of(from, until, asOf, LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE)));
            return mapper.toResponse(reports.report(counted, period));
        });
    }
}
