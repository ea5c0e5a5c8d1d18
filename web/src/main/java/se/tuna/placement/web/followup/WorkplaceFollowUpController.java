package se.tuna.placement.web.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.followup.visit.VisitBook;
import se.tuna.placement.followup.visit.VisitRepository;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.web.followup.FollowUpPayloads.TimeRequestPayload;
import se.tuna.placement.web.followup.FollowUpPayloads.WorkplaceFollowUpResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * The follow-ups planned at an employer's workplace, as its supervisor sees them (when, where, for
 * which placement's reference; never whose), and the supervisor's request for another time.
 */
@ApiController
@Tag(name = "Follow-up", description = "Coachernas besök: veckan, köerna och planeringen")
class WorkplaceFollowUpController {

    private final VisitRepository visits;
    private final VisitBook book;
    private final PlacementRepository placements;
    private final AccessPolicy access;
    private final FollowUpApiMapper mapper;
    private final Clock clock;

    WorkplaceFollowUpController(VisitRepository visits, VisitBook book, PlacementRepository placements, AccessPolicy access,
            FollowUpApiMapper mapper, Clock clock) {
        this.visits = visits;
        this.book = book;
        this.placements = placements;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping("/api/employers/{id}/follow-ups")
    @Operation(summary = "The coaches' follow-ups planned at the employer's workplace, from today, by start",
            description = "For the employer's supervisors and the coordinators. Each with its placement's reference, never "
                    + "whose placement it is.")
    Mono<List<WorkplaceFollowUpResponse>> followUps(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id) {
        return Blocking.call(() -> {
            access.requireEmployer(actor, id);
            Map<String, Placement> underWay = placements.atEmployer(id).stream()
                    .filter(placement -> placement.path().stage().isActive())
                    .collect(Collectors.toMap(Placement::id, Function.identity()));
            Set<String> participants = underWay.values().stream().map(Placement::participantId).collect(Collectors.toSet());
            LocalDate today = LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
            List<Visit> planned = visits.ofParticipants(participants).values().stream().map(Versioned::value)
                    .filter(visit -> underWay.containsKey(visit.placementId()) && !visit.done() && visit.appointment() != null)
                    .filter(visit -> !visit.appointment().start().toLocalDate().isBefore(today))
                    .sorted(Comparator.comparing(visit -> visit.appointment().start())).toList();
            audit.read(ParticipantData.VISITS, planned.stream().map(Visit::participantId).collect(Collectors.toSet()));
            return planned.stream().map(visit -> mapper.toWorkplaceResponse(visit, underWay.get(visit.placementId()).reference()))
                    .toList();
        });
    }

    @PostMapping("/api/follow-up/visits/{id}/time-requests")
    @Operation(summary = "Ask for another time for a follow-up at one's workplace",
            description = "By the workplace's supervisor (or a coordinator on their behalf): a time that would suit, a few "
                    + "words, or both. The coach sees it in their queue and answers by moving the visit.")
    Mono<WorkplaceFollowUpResponse> requestTime(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody TimeRequestPayload request) {
        return Blocking.call(() -> {
            Visit visit = book.get(id);
            Placement placement = visit.placementId() == null ? null : placements.find(visit.placementId())
                    .orElseThrow(() -> new NotFoundException("visit", id));
            if (placement == null) {
                throw new ConflictException("Only a follow-up at the workplace can be asked to move by the workplace");
            }
            access.requireEmployer(actor, placement.employerId());
            audit.changing(ParticipantData.VISITS, visit.participantId());
            return mapper.toWorkplaceResponse(book.requestTime(id, request.proposedStart(), request.message(), actor.accountId()),
                    placement.reference());
        });
    }
}
