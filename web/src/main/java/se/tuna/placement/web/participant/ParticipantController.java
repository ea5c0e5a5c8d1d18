package se.tuna.placement.web.participant;

import java.net.URI;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.stint.StintService;
import se.tuna.placement.web.catalog.ReferenceNames;
import se.tuna.placement.web.participant.ParticipantPayloads.ParticipantRequest;
import se.tuna.placement.web.participant.ParticipantPayloads.ParticipantResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;
import se.tuna.placement.web.shared.PageResponse;

/**
 * Participants (deltagare): register their profile after the mapping, under a stint with consent,
 * update it, and list the waiting list. The phase comes from the stint and the placement, never set here. Pseudonymous ids only; limitations by function.
 */
@ApiController("/api/participants")
@Tag(name = "Participants", description = "Deltagare: pseudonymiserade profiler från kartläggningen")
class ParticipantController {

    private final ParticipantService participants;
    private final AccessPolicy access;
    private final ParticipantApiMapper mapper;
    private final ReferenceNames names;
    private final StintService stints;
    private final StintApiMapper stintMapper;

    ParticipantController(ParticipantService participants, AccessPolicy access, ParticipantApiMapper mapper, ReferenceNames names,
            StintService stints, StintApiMapper stintMapper) {
        this.participants = participants;
        this.stints = stints;
        this.stintMapper = stintMapper;
        this.access = access;
        this.mapper = mapper;
        this.names = names;
    }

    @PostMapping
    @Operation(summary = "Register a participant's profile", description = "Under a pseudonymous id (e.g. D-4F7K2), never a "
            + "personal identity number; 409 if the id exists. Only for a participant enrolled with consent: under their "
            + "current stint, or with `enrolment` (consent GIVEN) recorded first in the same request. The phase is MAPPING, or "
            + "READY from readySince. The home is kept to about a kilometre. Only at a site the signed-in coordinator serves.")
    Mono<ResponseEntity<ParticipantResponse>> register(@AuthenticationPrincipal Actor actor, AuditTrail audit,
            @Valid @RequestBody ParticipantRequest request) {
        return Blocking.call(() -> {
            access.requireCoordinatorOf(actor, request.site());
            // Checked first: an id that can never be registered names nobody to record.
            Participant participant = stints.prepareProfile(mapper.toParticipant(request));
            audit.changing(ParticipantData.PROFILE, participant.id());
            return stints.registerProfile(participant, request.enrolment() == null ? null
                    : stintMapper.toEnrolment(request.enrolment()), actor.accountId());
        })
                .map(participant -> ResponseEntity.created(URI.create("/api/participants/" + participant.id()))
                        .body(mapper.toResponse(participant, names)));
    }

    @GetMapping
    @Operation(summary = "List participants, the longest waiting first",
            description = "By readySince, then id; optionally of one site and one phase. The waiting list is phase=READY. "
                    + "A coordinator sees the participants of their sites, a coach those they look after.")
    Mono<PageResponse<ParticipantResponse>> list(@AuthenticationPrincipal Actor actor, AuditTrail audit,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) Phase phase,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return Blocking.call(() -> {
            Page<Participant> shown = participants.list(access.visibleParticipants(actor, site, phase), page, size);
            audit.read(ParticipantData.PROFILE, shown.items().stream().map(Participant::id).toList());
            return PageResponse.of(shown, participant -> mapper.toResponse(participant, names));
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a participant", description = "For a coordinator of their site or the coach who looks after them.")
    Mono<ParticipantResponse> get(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id) {
        return Blocking.call(() -> {
            Participant participant = access.participant(actor, id);
            audit.read(ParticipantData.PROFILE, participant.id());
            return mapper.toResponse(participant, names);
        });
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a participant's profile",
            description = "The id cannot change. A phase left out keeps the stored phase and readySince. A participant "
                    + "moves to another site only by a coordinator of that site.")
    Mono<ParticipantResponse> update(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody ParticipantRequest request) {
        return Blocking.call(() -> {
            Participant current = access.participant(actor, id);
            if (!current.site().equals(request.site())) {
                access.requireCoordinatorOf(actor, request.site());
            }
            audit.changing(ParticipantData.PROFILE, id);
            return mapper.toResponse(participants.update(id, mapper.toParticipant(request)), names);
        });
    }
}
