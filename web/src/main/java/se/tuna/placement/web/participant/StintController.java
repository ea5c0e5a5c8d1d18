package se.tuna.placement.web.participant;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintLengths;
import se.tuna.placement.participants.stint.StintService;
import se.tuna.placement.participants.stint.StintStage;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.web.participant.StintPayloads.CompensationRequest;
import se.tuna.placement.web.participant.StintPayloads.DayRequest;
import se.tuna.placement.web.participant.StintPayloads.EnrolmentRequest;
import se.tuna.placement.web.participant.StintPayloads.ExitRequest;
import se.tuna.placement.web.participant.StintPayloads.ReferralRequest;
import se.tuna.placement.web.participant.StintPayloads.StintCorrectionRequest;
import se.tuna.placement.web.participant.StintPayloads.StintResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;
import se.tuna.placement.web.shared.PageResponse;

/**
 * Stints (inskrivningar): the coordinator records the referral, the referral group's admission,
 * the enrolment with consent and corrections; the participant's coach (or a coordinator) records
 * compensation, ready for placement, back to mapping and the exit with its outcome. A step the
 * stint does not allow is a 409 and changes nothing. An anonymous statistics record (consent
 * declined) is the coordinators' alone and names nobody in the access log.
 */
@ApiController
@Tag(name = "Stints", description = "Inskrivning: remiss, antagning, samtycke, ersättning, redo för placering, avslut")
class StintController {

    private final StintService stints;
    private final PlacementService placements;
    private final StintLengths lengths;
    private final AccessPolicy access;
    private final StintApiMapper mapper;
    private final Clock clock;

    StintController(StintService stints, PlacementService placements, StintLengths lengths, AccessPolicy access,
            StintApiMapper mapper, Clock clock) {
        this.stints = stints;
        this.placements = placements;
        this.lengths = lengths;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping("/api/stints")
    @Operation(summary = "Refer a participant (remiss)", description = "A new stint under the participant's pseudonymous id, "
            + "in the referral queue (queuedOn) or admitted by the referral group (admittedOn). Nothing else of the person is "
            + "stored before consent. 409 while an earlier stint is under way. For a coordinator of the site.")
    Mono<ResponseEntity<StintResponse>> refer(@AuthenticationPrincipal Actor actor, AuditTrail audit,
            @Valid @RequestBody ReferralRequest request) {
        return Blocking.call(() -> {
            access.requireCoordinatorOf(actor, request.site());
            stints.requireValidReferral(request.participantId().strip(), request.site());
            audit.changing(ParticipantData.STINT, request.participantId().strip());
            return stints.refer(request.participantId().strip(), request.site(), request.gender(), request.queuedOn(),
                    request.admittedOn(), actor.accountId());
        }).map(stint -> ResponseEntity.created(URI.create("/api/stints/" + stint.id())).body(view(stint)));
    }

    @GetMapping("/api/stints")
    @Operation(summary = "List stints, the earliest admitted first", description = "Of one site (or the coordinator's sites) "
            + "at one stage: QUEUED is the referral queue. For a coordinator.")
    Mono<PageResponse<StintResponse>> list(@AuthenticationPrincipal Actor actor, AuditTrail audit,
            @RequestParam String site, @RequestParam(required = false) StintStage stage,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return Blocking.call(() -> {
            access.requireCoordinatorOf(actor, site);
            Page<Stint> shown = stints.list(site, stage, page, size);
            audit.read(ParticipantData.STINT, shown.items().stream().map(Stint::participantId).filter(Objects::nonNull).toList());
            return PageResponse.of(shown, this::view);
        });
    }

    @GetMapping("/api/stints/{id}")
    @Operation(summary = "Read a stint", description = "For a coordinator of its site or the coach who looks after its participant.")
    Mono<StintResponse> get(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id) {
        return Blocking.call(() -> {
            Stint stint = stints.get(id);
            access.requireStint(actor, stint, true);
            read(audit, stint);
            return view(stint);
        });
    }

    @GetMapping("/api/participants/{id}/stints")
    @Operation(summary = "A participant's stints, the newest first", description = "For a coordinator of their site or their coach.")
    Mono<List<StintResponse>> ofParticipant(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id) {
        return Blocking.call(() -> {
            access.participant(actor, id);
            audit.read(ParticipantData.STINT, id);
            return stints.allOf(id).stream().map(this::view).toList();
        });
    }

    @PostMapping("/api/stints/{id}/admission")
    @Operation(summary = "Record the referral group's admission (antagning)", description = "For a coordinator.")
    Mono<StintResponse> admit(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody DayRequest request) {
        return step(actor, audit, id, false, () -> stints.admit(id, request.on(), actor.accountId()));
    }

    @PostMapping("/api/stints/{id}/enrolment")
    @Operation(summary = "Enrol with consent (inskrivning, samtycke)", description = "Consent GIVEN lets the profile be "
            + "registered; DECLINED keeps only an anonymous statistics record (gender, year, steps, outcome) under a new id, "
            + "which the answer carries. For a coordinator.")
    Mono<StintResponse> enrol(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody EnrolmentRequest request) {
        return step(actor, audit, id, false, () -> stints.enrol(id, request.on(), request.consent(), request.compensation(),
                actor.accountId()));
    }

    @PostMapping("/api/stints/{id}/compensation")
    @Operation(summary = "Record a change of compensation (ersättningsform)", description = "For the participant's coach or a coordinator.")
    Mono<StintResponse> changeCompensation(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody CompensationRequest request) {
        return step(actor, audit, id, true, () -> stints.changeCompensation(id, request.on(), request.compensation(),
                actor.accountId()));
    }

    @PostMapping("/api/stints/{id}/ready")
    @Operation(summary = "Ready for placement (redo för placering)", description = "The mapping is done; the waiting counts "
            + "from this day. The profile must be registered. For the participant's coach or a coordinator.")
    Mono<StintResponse> ready(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody DayRequest request) {
        return step(actor, audit, id, true, () -> stints.ready(id, request.on(), actor.accountId()));
    }

    @PostMapping("/api/stints/{id}/mapping")
    @Operation(summary = "Back to mapping (åter till kartläggning)", description = "Off the waiting list; not while a "
            + "placement is under way. For the participant's coach or a coordinator.")
    Mono<StintResponse> backToMapping(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody DayRequest request) {
        return step(actor, audit, id, true, () -> stints.backToMapping(id, request.on(), actor.accountId()));
    }

    @PostMapping("/api/stints/{id}/exit")
    @Operation(summary = "Exit with an outcome (avslut)", description = "On the stint's last day. A placement under way ends "
            + "with it: to work or studies, handed over to Arbetsförmedlingen (who hold the seat until afUntil), otherwise "
            + "with the seat released. For the participant's coach or a coordinator.")
    Mono<StintResponse> exit(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody ExitRequest request) {
        return step(actor, audit, id, true, () -> placements.exit(id, request.on(), request.outcome(), request.afUntil(),
                actor.accountId()));
    }

    @PostMapping("/api/stints/{id}/corrections")
    @Operation(summary = "Take back the stint's last step (rättelse)", description = "With a reason, kept in the history; "
            + "not while a placement is under way (correct the placement first). For a coordinator.")
    Mono<StintResponse> correct(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody StintCorrectionRequest request) {
        return step(actor, audit, id, false, () -> stints.correct(id, request.on(), request.reason(), actor.accountId()));
    }

    /** Checks who may take the step, records the change before it is made, then takes it. */
    private Mono<StintResponse> step(Actor actor, AuditTrail audit, String id, boolean coachMay, Supplier<Stint> step) {
        return Blocking.call(() -> {
            Stint stint = stints.get(id);
            access.requireStint(actor, stint, coachMay);
            if (stint.participantId() != null) {
                audit.changing(ParticipantData.STINT, stint.participantId());
            }
            return view(step.get());
        });
    }

    private void read(AuditTrail audit, Stint stint) {
        if (stint.participantId() != null) {
            audit.read(ParticipantData.STINT, stint.participantId());
        }
    }

    private StintResponse view(Stint stint) {
        return mapper.toResponse(stint, lengths.at(stint.site()), LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE)));
    }
}
