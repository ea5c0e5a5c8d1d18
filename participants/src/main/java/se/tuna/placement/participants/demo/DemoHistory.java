package se.tuna.placement.participants.demo;

import java.util.List;

import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.path.Standing;
import se.tuna.placement.participants.stint.Stint;

/**
 * A generated year of the programme: the demo participants with the phases their stints and
 * placements give them, every stint (those of the participants, a few only referred and a few
 * anonymous statistics records), and every placement, the ended ones under the ids they are kept
 * under. See {@link DemoHistoryGenerator}.
 *
 * @param participants the demo participants, as of the reference date
 * @param stints       one per participant, then those without a profile
 * @param placements   the placements under way (each needs its seat booked) and the ended ones
 */
public record DemoHistory(List<Participant> participants, List<Stint> stints, List<Placement> placements) {

    public DemoHistory {
        participants = List.copyOf(participants);
        stints = List.copyOf(stints);
        placements = List.copyOf(placements);
    }

    /** The placements in training on the reference date: each holds a seat of its slot. */
    public List<Placement> inTraining() {
        return placements.stream().filter(placement -> placement.path().standing() == Standing.IN_TRAINING).toList();
    }
}
