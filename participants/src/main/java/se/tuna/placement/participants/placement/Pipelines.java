package se.tuna.placement.participants.placement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.participants.stint.StintStage;

/**
 * Counts each site's {@link Pipeline} from the stints (the referral queue and the anonymous
 * records), the participants' phases and their current placements' stages.
 */
public class Pipelines {

    private final StintRepository stints;
    private final ParticipantService participants;
    private final PlacementRepository placements;

    public Pipelines(StintRepository stints, ParticipantService participants, PlacementRepository placements) {
        this.stints = stints;
        this.participants = participants;
        this.placements = placements;
    }

    /** The pipeline of each of {@code sites}, in their order. */
    public Map<String, Pipeline> of(List<String> sites) {
        Map<String, Map<StintStage, Long>> allStints = stints.countBySiteAndStage(false);
        Map<String, Map<StintStage, Long>> anonymous = stints.countBySiteAndStage(true);
        Map<String, Map<Phase, Long>> phases = participants.countBySiteAndPhase();
        Map<String, Pipeline> bySite = new LinkedHashMap<>();
        for (String site : sites) {
            Map<StintStage, Long> stages = allStints.getOrDefault(site, Map.of());
            Map<StintStage, Long> declined = anonymous.getOrDefault(site, Map.of());
            Map<Phase, Long> byPhase = phases.getOrDefault(site, Map.of());
            List<String> placed = participants.listAll(site, Phase.PLACED).stream().map(Participant::id).toList();
            Map<Stage, Long> atStage = placements.countByStage(placed);
            bySite.put(site, new Pipeline(
                    stages.getOrDefault(StintStage.QUEUED, 0L) + stages.getOrDefault(StintStage.ADMITTED, 0L),
                    byPhase.getOrDefault(Phase.MAPPING, 0L) + declined.getOrDefault(StintStage.MAPPING, 0L),
                    byPhase.getOrDefault(Phase.READY, 0L) + declined.getOrDefault(StintStage.READY, 0L),
                    byPhase.getOrDefault(Phase.STUDY_VISIT, 0L),
                    atStage.getOrDefault(Stage.TRIAL_AGREED, 0L) + atStage.getOrDefault(Stage.TRIAL, 0L),
                    atStage.getOrDefault(Stage.WORK_TRAINING, 0L)));
        }
        return bySite;
    }
}
