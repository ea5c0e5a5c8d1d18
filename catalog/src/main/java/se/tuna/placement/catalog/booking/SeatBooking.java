package se.tuna.placement.catalog.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NoFreeSeatException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.store.SlotChanges;
import se.tuna.placement.catalog.store.SlotChanges.Change;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.catalog.store.StoredSlot;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Holds, books and releases the seats of training slots. The claims live in the slot's own
 * document and every change is written only if the document is unchanged since it was read, so
 * two requests for the last seat can never both win: the loser reads again and finds it taken.
 * A claim carries a reference (e.g. a placement id); claiming again with the same reference
 * returns the existing claim, so a retried request never takes a second seat.
 */
public class SeatBooking {

    /** The programme's days are Swedish days. */
    private static final ZoneId PROGRAMME_ZONE = ZoneId.of("Europe/Stockholm");

    private final SlotRepository slots;
    private final SlotChanges changes;
    private final Clock clock;

    public SeatBooking(SlotRepository slots, SlotChanges changes, Clock clock) {
        this.slots = slots;
        this.changes = changes;
        this.clock = clock;
    }

    /** Holds a seat for {@code duration}, e.g. while a study visit is arranged. */
    public SeatClaim hold(String slotId, String reference, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw InvalidInputException.of("days", "a hold must last a while");
        }
        return claim(slotId, reference, SeatClaim.Kind.HOLD, clock.instant().plus(duration), false);
    }

    /** Books a seat; a hold with the same reference becomes the booking without taking another seat. */
    public SeatClaim book(String slotId, String reference) {
        return claim(slotId, reference, SeatClaim.Kind.BOOKING, null, false);
    }

    /**
     * Makes the seat claimed for {@code reference} held through the day {@code until}, whatever it
     * was before (a booking taken back to a hold is held again); takes a free seat if it has none.
     */
    public SeatClaim holdThrough(String slotId, String reference, LocalDate until) {
        return claim(slotId, reference, SeatClaim.Kind.HOLD, endOf(until), true);
    }

    /**
     * Makes the seat claimed for {@code reference} Arbetsförmedlingen's through the day {@code until}:
     * the same seat, so the training goes on without a gap, free again after that day.
     */
    public SeatClaim handOverToAf(String slotId, String reference, LocalDate until) {
        return claim(slotId, reference, SeatClaim.Kind.AF_HANDOVER, endOf(until), true);
    }

    /** Frees the seat claimed for {@code reference}; nothing to do if none is, so it is safe to repeat. */
    public void releaseFor(String slotId, String reference) {
        changes.apply(slotId, false, stored -> {
            TrainingSlot slot = stored.slot();
            List<SeatClaim> remaining = slot.seatClaims().stream().filter(c -> !c.reference().equals(reference)).toList();
            return remaining.size() == slot.seatClaims().size() ? Change.nothing(null)
                    : Change.write(slot.withSeatClaims(remaining), null);
        });
    }

    /**
     * Refuses, as booking would, a seat for {@code reference} that cannot be had now, writing
     * nothing: for a caller that must write something of its own before it books.
     */
    public void requireBookable(String slotId, String reference) {
        TrainingSlot slot = read(slotId).value().slot();
        Instant now = clock.instant();
        if (activeClaim(slot, reference, now).isEmpty()) {
            requireTakesNewClaims(slot, now);
        }
    }

    /** Frees the seat a claim took. */
    public void release(String slotId, String claimId) {
        changes.apply(slotId, false, stored -> {
            TrainingSlot slot = stored.slot();
            List<SeatClaim> remaining = slot.seatClaims().stream().filter(c -> !c.id().equals(claimId)).toList();
            if (remaining.size() == slot.seatClaims().size()) {
                throw new NotFoundException("seat claim", claimId);
            }
            return Change.write(slot.withSeatClaims(remaining), null);
        });
    }

    /**
     * Every slot's claims, lapsed ones included, a page of {@code size} slots at a time after the
     * slot {@code afterSlotId} ({@code null} to start): for a reader that checks every claim, e.g.
     * that each placement's seat is as its path says. An empty page is the end.
     */
    public List<SlotRepository.SlotClaims> claimsAfter(String afterSlotId, int size) {
        return slots.claimsAfter(afterSlotId, size);
    }

    /** The claims that still take a seat on each of these slots that exists, by slot id (read in real time). */
    public Map<String, List<SeatClaim>> activeClaimsOf(Collection<String> slotIds) {
        Instant now = clock.instant();
        Map<String, List<SeatClaim>> bySlot = new HashMap<>();
        slots.findAll(slotIds).forEach((id, stored) -> bySlot.put(id,
                stored.value().slot().seatClaims().stream().filter(c -> c.isActiveAt(now)).toList()));
        return bySlot;
    }

    /** The claims on a slot that still take a seat. */
    public List<SeatClaim> activeClaims(String slotId) {
        Instant now = clock.instant();
        return read(slotId).value().slot().seatClaims().stream().filter(c -> c.isActiveAt(now)).toList();
    }

    /**
     * Claims a seat for {@code reference}. With {@code restate}, a claim it already has becomes
     * exactly this kind and lapse; without, the existing claim is returned (a booking confirms a hold).
     */
    private SeatClaim claim(String slotId, String reference, SeatClaim.Kind kind, Instant expiresAt, boolean restate) {
        return changes.apply(slotId, false, stored -> {
            TrainingSlot slot = stored.slot();
            Instant now = clock.instant();
            Optional<SeatClaim> existing = activeClaim(slot, reference, now);
            if (existing.isPresent()) {
                return restate ? restated(slot, existing.get(), kind, expiresAt) : claimAgain(slot, existing.get(), kind, now);
            }
            requireTakesNewClaims(slot, now);
            SeatClaim claim = new SeatClaim(UUID.randomUUID().toString(), kind, reference, now, expiresAt);
            List<SeatClaim> claims = new ArrayList<>(slot.seatClaims().stream().filter(c -> c.isActiveAt(now)).toList());
            claims.add(claim);
            return Change.write(slot.withSeatClaims(claims), claim);
        });
    }

    private static Optional<SeatClaim> activeClaim(TrainingSlot slot, String reference, Instant now) {
        return slot.seatClaims().stream().filter(c -> c.reference().equals(reference) && c.isActiveAt(now)).findFirst();
    }

    /** An open slot, still available today, with a free seat. */
    private static void requireTakesNewClaims(TrainingSlot slot, Instant now) {
        if (slot.status() != SlotStatus.OPEN) {
            throw new ConflictException("status", "The training slot " + slot.id() + " is " + slot.status().name().toLowerCase()
                    + " and takes no new participants");
        }
        LocalDate today = LocalDate.ofInstant(now, PROGRAMME_ZONE);
        if (slot.availableUntil() != null && slot.availableUntil().isBefore(today)) {
            throw new ConflictException("availableUntil", "The training slot " + slot.id() + " was available until "
                    + slot.availableUntil() + " and takes no new participants");
        }
        if (slot.freeSeats(now) == 0) {
            throw new NoFreeSeatException(slot.id());
        }
    }

    /** The same reference claims again: a retry returns what it got; a booking confirms a hold. */
    private Change<SeatClaim> claimAgain(TrainingSlot slot, SeatClaim existing, SeatClaim.Kind kind, Instant now) {
        if (kind == SeatClaim.Kind.HOLD || existing.kind() == SeatClaim.Kind.BOOKING) {
            return Change.nothing(existing);
        }
        SeatClaim booking = new SeatClaim(existing.id(), SeatClaim.Kind.BOOKING, existing.reference(), now, null);
        List<SeatClaim> claims = slot.seatClaims().stream().map(c -> c.id().equals(existing.id()) ? booking : c).toList();
        return Change.write(slot.withSeatClaims(claims), booking);
    }

    private static Change<SeatClaim> restated(TrainingSlot slot, SeatClaim existing, SeatClaim.Kind kind, Instant expiresAt) {
        if (existing.kind() == kind && Objects.equals(existing.expiresAt(), expiresAt)) {
            return Change.nothing(existing);
        }
        SeatClaim restated = new SeatClaim(existing.id(), kind, existing.reference(), existing.claimedAt(), expiresAt);
        List<SeatClaim> claims = slot.seatClaims().stream().map(c -> c.id().equals(existing.id()) ? restated : c).toList();
        return Change.write(slot.withSeatClaims(claims), restated);
    }

    /** The first moment after the day {@code until}, in the programme's days. */
    private static Instant endOf(LocalDate until) {
        return until.plusDays(1).atStartOfDay(PROGRAMME_ZONE).toInstant();
    }

    private Versioned<StoredSlot> read(String slotId) {
        return slots.find(slotId).orElseThrow(() -> new NotFoundException("training slot", slotId));
    }
}
