package se.tuna.placement.web.participant;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.participant.PlacementPayloads.PlacementResponse;

/**
 * A placement as a coordinator or coach sees it: with its path, the stint's last day and whether it
 * is near, as of today, and the names of those who recorded its steps.
 */
@Component
class PlacementViews {

    private final PlacementService placements;
    private final PlacementApiMapper mapper;
    private final PathApiMapper paths;
    private final Clock clock;

    private final AccountNames names;

    PlacementViews(PlacementService placements, PlacementApiMapper mapper, PathApiMapper paths, AccountNames names, Clock clock) {
        this.placements = placements;
        this.names = names;
        this.mapper = mapper;
        this.paths = paths;
        this.clock = clock;
    }

    PlacementResponse of(Placement placement) {
        LocalDate today = LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
        return mapper.toResponse(placement, paths.toResponse(placement.path(), placements.stintLimitOf(placement), today),
                names.of(placement.path().steps().stream().map(step -> step.recorded().by()).toList()));
    }
}
