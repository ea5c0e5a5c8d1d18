package se.tuna.placement.participants.placement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;

/**
 * A coordinator's decision to place a participant at a slot. A participant has one current
 * placement, whose id is derived from theirs and which is created before anything else: two
 * decisions for the same participant, even at the same moment, cannot both succeed. Then the seat
 * is booked through the catalog (keyed by the placement, so booking again takes no second seat)
 * and the participant is marked placed. Deciding the same placement again completes whatever a
 * crash left undone; if no seat can be booked, the decision is taken back.
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

    /** The id of a participant's current placement. */
    public static String idFor(String participantId) {
        return UUID.nameUUIDFromBytes(("placement:" + participantId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Placement decide(String participantId, String slotId, DecidedBy decidedBy, String planJobId) {
        Participant participant = participants.get(participantId);
        TrainingSlot slot = slots.get(slotId).slot();
        String id = idFor(participantId);
        var existing = placements.find(id);
        if (existing.isPresent()) {
            return completed(sameSlotOrConflict(existing.get(), slotId));
        }
        if (participant.phase() != Phase.READY) {
            throw new ConflictException("participantId", "The participant is " + participant.phase().label().toLowerCase()
                    + ", not waiting for a place");
        }
        // The placement is written first, so two coordinators cannot both decide the participant;
        // a seat that cannot be had is refused before that, so a refusal writes nothing (unless
        // another takes the last seat in between, when the placement is taken back below).
        booking.requireBookable(slotId, id);
        Placement decided = new Placement(id, PlacementReference.random(), participantId, slotId, slot.employerId(), null, PlacementStatus.DECIDED,
                decidedBy.accountId(), decidedBy.name(), clock.instant(), planJobId, null);
        try {
            placements.create(decided);
        } catch (VersionConflictException decidedAtTheSameMoment) {
            return completed(sameSlotOrConflict(placements.find(id).orElseThrow(), slotId));
        }
        try {
            booking.book(slotId, id);
        } catch (ConflictException noSeat) {
            placements.delete(id);
            throw noSeat;
        }
        return completed(decided);
    }

    private static Placement sameSlotOrConflict(Placement current, String slotId) {
        if (!current.slotId().equals(slotId)) {
            throw new ConflictException("participantId", "The participant already has a placement (slot "
                    + current.slotId() + "); end it before deciding another");
        }
        return current;
    }

    /** Books the placement's seat and marks the participant placed; each step is harmless to repeat. */
    private Placement completed(Placement placement) {
        SeatClaim seat = booking.book(placement.slotId(), placement.id());
        Placement booked = placement;
        if (!seat.id().equals(placement.seatClaimId())) {
            booked = placement.withSeatClaim(seat.id());
            placements.replace(booked);
        }
        if (participants.get(placement.participantId()).phase() != Phase.PLACED) {
            participants.changePhase(placement.participantId(), Phase.PLACED, null);
        }
        return booked;
    }
}
