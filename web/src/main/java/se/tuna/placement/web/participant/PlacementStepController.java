package se.tuna.placement.web.participant;

import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import reactor.core.publisher.Mono;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.policy.Actor;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.participants.placement.Choice;
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.audit.AuditTrail;
import se.tuna.placement.web.participant.PathPayloads.AnswerRequest;
import se.tuna.placement.web.participant.PathPayloads.CorrectionRequest;
import se.tuna.placement.web.participant.PathPayloads.EndRequest;
import se.tuna.placement.web.participant.PathPayloads.ExtensionRequest;
import se.tuna.placement.web.participant.PathPayloads.StudyVisitRequest;
import se.tuna.placement.web.participant.PathPayloads.TrialRequest;
import se.tuna.placement.web.participant.PlacementPayloads.PlacementResponse;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * The steps of a placement's path: the coordinator books the study visit, starts the trial and
 * corrects a step recorded by mistake; the participant's coach (or a coordinator) records the
 * answer, the extensions and the end. A step the path does not allow is a 409 and changes nothing.
 */
@ApiController
@Tag(name = "Placement path", description = "Studiebesök, provotid, förlängning, avslut och rättelse")
class PlacementStepController {

    private final PlacementService placements;
    private final AccessPolicy access;
    private final PathApiMapper mapper;
    private final PlacementViews views;

    PlacementStepController(PlacementService placements, AccessPolicy access, PathApiMapper mapper, PlacementViews views) {
        this.placements = placements;
        this.access = access;
        this.mapper = mapper;
        this.views = views;
    }

    @PostMapping("/api/participants/{id}/study-visits")
    @Operation(summary = "Book a study visit (studiebesök)",
            description = "For a participant waiting for a place, at a slot, at the time agreed with the employer: the "
                    + "placement begins and a seat is held until a week after the visit. Booked from suggestions, it says which "
                    + "slot was ranked first; choosing another needs a reason (422 reason without one). Both are kept with the "
                    + "placement. For a coordinator of the participant's site.")
    Mono<PlacementResponse> bookStudyVisit(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody StudyVisitRequest request) {
        return Blocking.call(() -> {
            access.coordinatedParticipant(actor, id);
            Choice choice = Choice.of(request.firstRankedSlotId(), request.slotId(), request.reason());
            audit.changing(ParticipantData.PLACEMENT, id);
            return views.of(placements.bookStudyVisit(id, choice, request.at(),
                    new DecidedBy(actor.accountId(), actor.displayName()), null));
        });
    }

    @PostMapping("/api/placements/{id}/answer")
    @Operation(summary = "Record the answer after the study visit",
            description = "Yes books the held seat; no (with a reason) ends the placement, frees the seat and the participant "
                    + "waits on from the day they first became ready. For the participant's coach or a coordinator.")
    Mono<PlacementResponse> answer(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody AnswerRequest request) {
        return coachOrCoordinator(actor, audit, id, () -> placements.answer(id, mapper.toAnswer(request), actor.accountId()));
    }

    @PostMapping("/api/placements/{id}/trial")
    @Operation(summary = "Start the trial (provotid)",
            description = "Three weeks from its start unless its last day is given, on the hours, days and times and support "
                    + "agreed; cut short to end on the stint's last day. For a coordinator of the participant's site.")
    Mono<PlacementResponse> startTrial(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody TrialRequest request) {
        return coordinator(actor, audit, id, () -> placements.startTrial(id, mapper.toSpan(request), mapper.toTerms(request),
                actor.accountId()));
    }

    @PostMapping("/api/placements/{id}/extensions")
    @Operation(summary = "Extend the work training by a month (förlängning)",
            description = "From the day after the current period, on the terms agreed for that month; shortened to end on the "
                    + "stint's last day, refused (409) if it would start after it. For the participant's coach or a coordinator.")
    Mono<PlacementResponse> extend(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody ExtensionRequest request) {
        return coachOrCoordinator(actor, audit, id, () -> placements.extend(id, request.decidedOn(), mapper.toTerms(request),
                actor.accountId()));
    }

    @PostMapping("/api/placements/{id}/end")
    @Operation(summary = "End the placement (avslut)",
            description = "On its last day, with how it ended: the seat is released (or held by Arbetsförmedlingen until the "
                    + "day it stated) and the participant exits or waits on. For the participant's coach or a coordinator.")
    Mono<PlacementResponse> end(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody EndRequest request) {
        return coachOrCoordinator(actor, audit, id, () -> placements.end(id, request.on(), mapper.toEnding(request.ending()),
                actor.accountId()));
    }

    @PostMapping("/api/placements/{id}/corrections")
    @Operation(summary = "Take back the last step, recorded by mistake (rättelse)",
            description = "With a reason, kept in the history; the seat and the participant's phase become what they should be "
                    + "after it. For a coordinator of the participant's site.")
    Mono<PlacementResponse> correct(@AuthenticationPrincipal Actor actor, AuditTrail audit, @PathVariable String id,
            @Valid @RequestBody CorrectionRequest request) {
        return coordinator(actor, audit, id, () -> placements.correct(id, request.on(), request.reason(), actor.accountId()));
    }

    private Mono<PlacementResponse> coordinator(Actor actor, AuditTrail audit, String id, Supplier<Placement> step) {
        return Blocking.call(() -> {
            Placement placement = placements.get(id);
            access.coordinatedParticipant(actor, placement.participantId());
            return taken(audit, placement, step);
        });
    }

    private Mono<PlacementResponse> coachOrCoordinator(Actor actor, AuditTrail audit, String id, Supplier<Placement> step) {
        return Blocking.call(() -> {
            Placement placement = placements.get(id);
            access.participant(actor, placement.participantId());
            return taken(audit, placement, step);
        });
    }

    /** Records the change before it is made, then takes the step. */
    private PlacementResponse taken(AuditTrail audit, Placement placement, Supplier<Placement> step) {
        audit.changing(ParticipantData.PLACEMENT, placement.participantId());
        return views.of(step.get());
    }
}
