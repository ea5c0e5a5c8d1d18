package se.tuna.placement.web.participant;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import reactor.core.publisher.Mono;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementAgreements;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.participant.PlacementPayloads.AgreementRequest;
import se.tuna.placement.web.participant.PlacementPayloads.EmployerPlacementResponse;
import se.tuna.placement.web.participant.PlacementPayloads.PlacementResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * Decided placements: the coordinator reads one and records what was agreed with the employer;
 * the employer's supervisor sees the placements at their workplace, narrowly.
 */
@ApiController
@Tag(name = "Placements", description = "Placeringar och överenskommelser med arbetsgivaren")
class PlacementController {

    private final PlacementAgreements agreements;
    private final ParticipantService participants;
    private final SlotService slots;
    private final AccessPolicy access;
    private final PlacementApiMapper mapper;
    private final PlacementViews views;
    private final PlacementService placements;

    PlacementController(PlacementAgreements agreements, ParticipantService participants, SlotService slots, AccessPolicy access,
            PlacementApiMapper mapper, PlacementViews views, PlacementService placements) {
        this.agreements = agreements;
        this.placements = placements;
        this.participants = participants;
        this.slots = slots;
        this.access = access;
        this.mapper = mapper;
        this.views = views;
    }

    @GetMapping("/api/placements/{id}")
    @Operation(summary = "Read a placement with its path",
            description = "Its stage (with the Swedish label), every step recorded, the current period, the steps allowed "
                    + "next and the stint's last day. For a coordinator of the participant's site.")
    Mono<PlacementResponse> get(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id) {
        return Blocking.call(() -> {
            Placement placement = coordinated(actor, id);
            PlacementResponse response = views.of(placement);
            audit.read(ParticipantData.PLACEMENT, placement.participantId());
            return response;
        });
    }

    @GetMapping("/api/participants/{id}/placements")
    @Operation(summary = "A participant's placements with their paths, the newest first",
            description = "The current one and those that ended, as GET /api/placements/{id} gives each. For a coordinator of "
                    + "the participant's site or their coach.")
    Mono<List<PlacementResponse>> ofParticipant(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id) {
        return Blocking.call(() -> {
            access.participant(actor, id);
            audit.read(ParticipantData.PLACEMENT, id);
            return placements.allOf(id).stream().map(views::of).toList();
        });
    }

    @PutMapping("/api/placements/{id}/agreement")
    @Operation(summary = "Record what was agreed with the employer",
            description = "Start, weekly hours, days and times, support, and the participant's first name only with their "
                    + "consent. The employer's supervisor sees this and nothing else of the placement.")
    Mono<PlacementResponse> agree(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody AgreementRequest request) {
        return Blocking.call(() -> {
            Placement placement = coordinated(actor, id);
            audit.changing(ParticipantData.AGREEMENT, placement.participantId());
            Placement agreed = agreements.agree(id, mapper.toDraft(request), actor.accountId());
            return views.of(agreed);
        });
    }

    @GetMapping("/api/employers/{id}/placements")
    @Operation(summary = "The placements at the employer's workplace, as the employer sees them",
            description = "Reference, slot, start, hours, days, support and a first name only where the participant agreed. "
                    + "A coordinator sees those of participants of their sites.")
    Mono<List<EmployerPlacementResponse>> atEmployer(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id) {
        return Blocking.call(() -> {
            access.requireEmployer(actor, id);
            List<Placement> placements = agreements.atEmployer(id);
            if (!actor.has(Role.SUPERVISOR)) {
                Map<String, String> sites = participants.sitesOf(placements.stream().map(Placement::participantId).toList());
                placements = placements.stream().filter(placement -> actor.serves(sites.get(placement.participantId()))).toList();
            }
            Map<String, TrainingSlot> slotsById = slots.getAll(placements.stream().map(Placement::slotId).distinct().toList());
            audit.read(ParticipantData.PLACEMENT, placements.stream().map(Placement::participantId).toList());
            return placements.stream().map(placement -> mapper.toEmployerView(placement,
                    slotsById.get(placement.slotId()).title())).toList();
        });
    }

    private Placement coordinated(Actor actor, String id) {
        Placement placement = agreements.get(id);
        access.coordinatedParticipant(actor, placement.participantId());
        return placement;
    }
}
