package se.tuna.placement.web.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.SlotRepository.SiteSlots;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
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

    FiguresController(ParticipantService participants, SlotService slots, ReferenceData reference) {
        this.participants = participants;
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
     * @param openSlots    slots open for new participants
     * @param freeSeats    their free seats
     */
    record SiteFigures(String site, String name, List<PhaseCount> participants, long openSlots, long freeSeats) {
    }

    @GetMapping("/api/figures")
    @Operation(summary = "Participants by phase and open slots with free seats, per site; counts only")
    Mono<List<SiteFigures>> figures() {
        return Blocking.call(() -> {
            Map<String, Map<Phase, Long>> byPhase = participants.countBySiteAndPhase();
            Map<String, SiteSlots> open = slots.openSlotsBySite();
            return reference.sites().all().stream().map(site -> new SiteFigures(site.id(), site.name(),
                    Arrays.stream(Phase.values()).map(phase -> new PhaseCount(phase, phase.label(),
                            byPhase.getOrDefault(site.id(), Map.of()).getOrDefault(phase, 0L))).toList(),
                    open.getOrDefault(site.id(), new SiteSlots(0, 0)).openSlots(),
                    open.getOrDefault(site.id(), new SiteSlots(0, 0)).freeSeats())).toList();
        });
    }
}
