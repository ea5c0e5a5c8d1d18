package se.tuna.placement.web.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;
import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.SlotRepository.SiteSlots;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.Pipeline;
import se.tuna.placement.participants.placement.Pipelines;
import se.tuna.placement.web.shared.ApiController;
import se.tuna.placement.web.shared.Blocking;

/**
 * The programme's figures now, per site: participants by phase and the placement bank's open
 * slots and free seats. Counts only, never a person: what the steering group may see.
 */
@ApiController
@Tag(name = "Figures", description = "Verksamhetens siffror, utan personuppgifter")
class FiguresController {

    private final ParticipantService participants;
    private final SlotService slots;
    private final ReferenceData reference;
    private final Pipelines pipelines;

    FiguresController(ParticipantService participants, SlotService slots, ReferenceData reference, Pipelines pipelines) {
        this.participants = participants;
        this.pipelines = pipelines;
        this.slots = slots;
        this.reference = reference;
    }

    /**
     * A phase's count.
     *
     * @param phase its code
     * @param label its Swedish name
     * @param count how many
     */
    record PhaseCount(Phase phase, String label, long count) {
    }

    /**
     * A site's figures.
     *
     * @param site         its id
     * @param name         its name
     * @param participants by phase, in the programme's order
     * @param pipeline     where the site's participants are along the path, the referral queue first
     * @param active       enrolled and not exited, declined consent included
     * @param openSlots    slots open for new participants
     * @param freeSeats    their free seats
     */
    record SiteFigures(String site, String name, List<PhaseCount> participants, List<StageCount> pipeline, long active,
            long openSlots, long freeSeats) {
    }

    /**
     * A count along the pipeline.
     *
     * @param stage its code: REFERRAL_QUEUE, MAPPING, WAITING, STUDY_VISIT, TRIAL or WORK_TRAINING
     * @param label its Swedish name
     * @param count how many
     */
    record StageCount(String stage, String label, long count) {
    }

    @GetMapping("/api/figures")
    @Operation(summary = "Participants by phase and along the pipeline, open slots with free seats, per site; counts only")
    Mono<List<SiteFigures>> figures() {
        return Blocking.call(() -> {
            Map<String, Map<Phase, Long>> byPhase = participants.countBySiteAndPhase();
            Map<String, Pipeline> flows = pipelines.of(reference.sites().all().stream().map(ProgrammeSite::id).toList());
            Map<String, SiteSlots> open = slots.openSlotsBySite();
            return reference.sites().all().stream().map(site -> new SiteFigures(site.id(), site.name(),
                    Arrays.stream(Phase.values()).map(phase -> new PhaseCount(phase, phase.label(),
                            byPhase.getOrDefault(site.id(), Map.of()).getOrDefault(phase, 0L))).toList(),
                    stages(flows.get(site.id())), flows.get(site.id()).active(),
                    open.getOrDefault(site.id(), new SiteSlots(0, 0)).openSlots(),
                    open.getOrDefault(site.id(), new SiteSlots(0, 0)).freeSeats())).toList();
        });
    }

    private static List<StageCount> stages(Pipeline pipeline) {
        return List.of(new StageCount("REFERRAL_QUEUE", "I remisskö", pipeline.referralQueue()),
                new StageCount("MAPPING", "Kartläggning", pipeline.mapping()),
                new StageCount("WAITING", "Väntar på plats", pipeline.waiting()),
                new StageCount("STUDY_VISIT", "Studiebesök bokat", pipeline.studyVisit()),
                new StageCount("TRIAL", "Provotid", pipeline.trial()),
                new StageCount("WORK_TRAINING", "Arbetsträning", pipeline.workTraining()));
    }
}
