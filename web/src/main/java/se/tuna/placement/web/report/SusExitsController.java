package se.tuna.placement.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.reports.export.SwedishCsv;
import se.tuna.placement.reports.status.ReportPeriod;
import se.tuna.placement.reports.sus.SusExits;
import se.tuna.placement.reports.sus.SusWorklist;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * The coordinators' worklist of exits to register in SUS, the federations' shared follow-up, as a
 * CSV file for Swedish Excel. One line per person under pseudonymous references, so it is the
 * sites' coordinators' alone (not management's, who see aggregates), and each participant it shows
 * goes to the access log.
 */
@ApiController
@Tag(name = "SUS", description = "Avslut att registrera i SUS: en rad per deltagare under pseudonym, för samordnare")
class SusExitsController {

    private static final MediaType CSV = MediaType.parseMediaType(SwedishCsv.CONTENT_TYPE);

    private final SusExits exits;
    private final AccessPolicy access;
    private final Clock clock;

    SusExitsController(SusExits exits, AccessPolicy access, Clock clock) {
        this.exits = exits;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping(path = "/api/reports/sus-exits.csv", produces = "text/csv")
    @Operation(summary = "The exits of a period to register in SUS, as CSV",
            description = "One line per exit in the period (from–until, the current half-year by default) of a stint that was "
                    + "enrolled: the stint's reference, the participant's pseudonymous id (empty for an anonymous record), site, "
                    + "enrolment and exit dates, outcome and the compensation at the exit, code and Swedish name. No health "
                    + "data. UTF-8 with a byte-order mark, semicolons, for Swedish Excel. For coordinators (their sites; all of "
                    + "theirs when sites is left out); each participant shown is recorded in the access log.")
    Mono<ResponseEntity<byte[]>> susExits(@AuthenticationPrincipal Actor actor, AuditTrail audit,
            @RequestParam(required = false) List<String> sites,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
        return Blocking.call(() -> {
            List<String> listed = access.personLevelReportSites(actor, sites);
            ReportPeriod period = ReportPeriod.of(from, until, null, LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE)));
            SusWorklist worklist = exits.worklist(listed, period);
            byte[] file = worklist.csv();
            audit.read(ParticipantData.STINT, worklist.participantIds());
            return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(worklist.fileName()).build().toString()).body(file);
        });
    }
}
