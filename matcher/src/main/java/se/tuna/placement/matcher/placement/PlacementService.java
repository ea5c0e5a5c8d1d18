package se.tuna.placement.matcher.placement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.matcher.participant.Participant;
import se.tuna.placement.matcher.participant.ParticipantService;
import se.tuna.placement.matcher.participant.Phase;

/**
 * A coordinator's decision to place a participant at a slot: books the seat through the
 * catalog's booking, records the placement, and marks the participant placed. Every step can be
 * repeated without harm (the booking and the record are keyed by participant and slot), so a
 * decision interrupted by a crash is completed by deciding again.
 */
public class PlacementService {

    private final PlacementRepository placements;
    private final SeatBooking booking;
    private final SlotService slots;
    private final ParticipantService participants;
    private final Clock clock;

    public PlacementService(PlacementRepository placements, SeatBooking booking, SlotService slots,
            ParticipantService participants, Clock clock) {
        this.placements = placements;
        this.booking = booking;
        this.slots = slots;
        this.participants = participants;
        this.clock = clock;
    }

    /** The id of the placement of this participant at this slot. */
    public static String idFor(String participantId, String slotId) {
        return UUID.nameUUIDFromBytes(("placement:" + participantId + ":" + slotId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public Placement decide(String participantId, String slotId, String decidedBy, String planJobId) {
        if (decidedBy == null || decidedBy.isBlank()) {
            throw InvalidInputException.of("decidedBy", "must name the coordinator who decides the placement");
        }
        Participant participant = participants.get(participantId);
        TrainingSlot slot = slots.get(slotId).slot();
        String id = idFor(participantId, slotId);
        var existing = placements.find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        List<Placement> other = placements.ofParticipant(participantId, PlacementStatus.DECIDED);
        if (!other.isEmpty()) {
            throw new ConflictException("participantId", "The participant already has a placement (" + other.get(0).slotId()
                    + "); end it before deciding another");
        }
        if (participant.phase() != Phase.READY) {
            throw new ConflictException("participantId", "The participant is " + participant.phase().label().toLowerCase()
                    + ", not waiting for a place");
        }
        SeatClaim seat = booking.book(slotId, id);
        Placement placement = new Placement(id, participantId, slotId, slot.employerId(), seat.id(), PlacementStatus.DECIDED,
                decidedBy.strip(), clock.instant(), planJobId);
        try {
            placements.create(placement);
        } catch (VersionConflictException decidedAtTheSameMoment) {
            return placements.find(id).orElseThrow();
        }
        participants.changePhase(participantId, Phase.PLACED, null);
        return placement;
    }
}
