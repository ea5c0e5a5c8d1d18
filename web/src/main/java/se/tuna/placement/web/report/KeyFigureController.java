package se.tuna.placement.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.reports.payoff.KeyFigureParameterService;
import se.tuna.placement.reports.payoff.KeyFigureReports;
import se.tuna.placement.reports.status.ReportPeriod;
import se.tuna.placement.web.report.KeyFigurePayloads.KeyFigureReportResponse;
import se.tuna.placement.web.report.KeyFigurePayloads.ParametersRequest;
import se.tuna.placement.web.report.KeyFigurePayloads.ParametersResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * The socio-economic key figures (an estimate after Payoff's) and the parameters each site enters
 * for them. Sums and counts only, so management may read any site's and coordinators their own,
 * and nothing goes to the access log; a site's parameters are entered by its coordinators.
 */
@ApiController
@Tag(name = "Reports", description = "Lägesrapport: verksamhetens siffror per dag, utan personuppgifter")
class KeyFigureController {

    private final KeyFigureParameterService parameters;
    private final KeyFigureReports keyFigures;
    private final AccessPolicy access;
    private final KeyFigureApiMapper mapper;
    private final Clock clock;

    KeyFigureController(KeyFigureParameterService parameters, KeyFigureReports keyFigures, AccessPolicy access,
            KeyFigureApiMapper mapper, Clock clock) {
        this.parameters = parameters;
        this.keyFigures = keyFigures;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping("/api/reports/key-figure-parameters/{site}")
    @Operation(summary = "A site's key-figure parameters",
            description = "The programme's cost for a period, the societal cost of a participant's year before (potential) and "
                    + "the value created in the year after an exit by outcome; the defaults until the site enters its own. "
                    + "For management (any site) and the site's coordinators.")
    Mono<ParametersResponse> parameters(@AuthenticationPrincipal Actor actor, @PathVariable String site) {
        return Blocking.call(() -> {
            access.requireReportSite(actor, site);
            return mapper.toResponse(parameters.of(site));
        });
    }

    @PutMapping("/api/reports/key-figure-parameters/{site}")
    @Operation(summary = "Enter a site's key-figure parameters",
            description = "Replaces them whole: kronor from 0 to 10 000 000 000 with at most two decimals; an outcome left out "
                    + "is worth 0, a potential left out is Payoff's 600 000. For the site's coordinators.")
    Mono<ParametersResponse> change(@AuthenticationPrincipal Actor actor, @PathVariable String site,
            @Valid @RequestBody ParametersRequest request) {
        return Blocking.call(() -> {
            access.requireCoordinatorOf(actor, site);
            return mapper.toResponse(parameters.change(site, mapper.toEntry(request), actor.accountId()));
        });
    }

    @GetMapping("/api/reports/key-figures")
    @Operation(summary = "Socio-economic key figures (an estimate) of one site or several, each and together",
            description = "Cost per participant, verkningsgrad, återbetalningstid, kostnad per verkningsgrad and return per krona "
                    + "for the period (from–until, the half-year of asOf by default), from the sites' parameters and the period's "
                    + "exits by outcome, counted as of asOf (the period's last day at the latest). A figure that cannot be "
                    + "computed is null with a note. For management (any site) and coordinators (their sites).")
    Mono<KeyFigureReportResponse> keyFigures(@AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) List<String> sites,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return Blocking.call(() -> {
            List<String> counted = access.reportSites(actor, sites);
            ReportPeriod period = ReportPeriod.of(from, until, asOf, LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE)));
            return mapper.toResponse(keyFigures.report(counted, period));
        });
    }
}
