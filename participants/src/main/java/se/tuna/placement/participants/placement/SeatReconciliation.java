package se.tuna.placement.participants.placement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.LoggedFailure;
import se.tuna.placement.catalog.error.NoFreeSeatException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.error.StoreUnavailableException;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.SlotRepository.SlotClaims;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.ReconciliationReport.Reason;
import se.tuna.placement.participants.placement.ReconciliationReport.Unresolved;
import se.tuna.placement.participants.placement.path.SeatEffect;
import se.tuna.placement.participants.placement.path.Stage;

/**
 * Makes every seat agree with its placement, both ways, and says what it did: a step cut short
 * between its writes (a crash, a lost connection) leaves a placement without the seat its path
 * needs, or a seat held for a path that has moved on. Each placement's seat is brought to what its
 * path says (claimed if it has none and a seat is free, else reported for a coordinator; restated;
 * released), the placement is made to name the claim it has, and the participant's phase follows
 * the path as the step would have left it; then every seat claimed for a placement that no longer
 * exists, or at another slot than its own, is released.
 *
 * <p>A placement that looks wrong in the page is read again with its slot and participant, in real
 * time, before anything is changed, so a step taken while the run reads is not undone.
 *
 * <p>It reads a page at a time (placements, then slots, in the order of their ids), so its memory
 * does not grow with the bank. Every change is one the steps themselves make, keyed by the
 * placement id, so it is safe alongside them: a claim younger than {@code grace} is never released,
 * since a step may be between claiming the seat and storing its path.
 */
public class SeatReconciliation {

    /** How many unresolved placements a report lists by id; the rest are counted. */
    public static final int MOST_LISTED = 200;
    private static final Logger log = LoggerFactory.getLogger(SeatReconciliation.class);
    private static final int PAGE = 500;

    private final PlacementRepository placements;
    private final PlacementService service;
    private final SeatBooking booking;
    private final ParticipantRepository participants;
    private final Clock clock;
    private final Duration grace;

    public SeatReconciliation(PlacementRepository placements, PlacementService service, SeatBooking booking,
            ParticipantRepository participants, Clock clock, Duration grace) {
        this.placements = placements;
        this.service = service;
        this.booking = booking;
        this.participants = participants;
        this.clock = clock;
        this.grace = grace;
    }

    /** One run over every placement and every slot; a store that cannot be reached ends it with that failure. */
    public ReconciliationReport run() {
        Run run = new Run(clock.instant());
        List<Placement> page = placements.pageAfter(null, PAGE);
        while (!page.isEmpty()) {
            reconcilePlacements(page, run);
            page = placements.pageAfter(page.get(page.size() - 1).id(), PAGE);
        }
        List<SlotClaims> slots = booking.claimsAfter(null, PAGE);
        while (!slots.isEmpty()) {
            releaseOrphans(slots, run);
            slots = booking.claimsAfter(slots.get(slots.size() - 1).slotId(), PAGE);
        }
        ReconciliationReport report = run.report(clock.instant());
        log.info("Seat reconciliation: {} placements and {} slots checked, {} repairs, {} for a coordinator",
                report.placementsChecked(), report.slotsChecked(), report.repairs(), report.needsCoordinatorTotal());
        return report;
    }

    private void reconcilePlacements(List<Placement> page, Run run) {
        Map<String, List<SeatClaim>> claims = booking.activeClaimsOf(page.stream().map(Placement::slotId).collect(Collectors.toSet()));
        Map<String, Phase> phaseOf = new HashMap<>();
        participants.findAll(page.stream().filter(SeatReconciliation::isCurrent)
                .map(Placement::participantId).collect(Collectors.toSet()))
                .forEach((id, stored) -> phaseOf.put(id, stored.value().participant().phase()));
        for (Placement placement : page) {
            run.placementsChecked++;
            try {
                List<SeatClaim> atSlot = claims.get(placement.slotId());
                if (isLapsedStudyVisit(placement, run.today)) {
                    run.holdsLapsed++;
                }
                if (atSlot == null || !looksSettled(placement, heldBy(atSlot, placement), phaseOf.get(placement.participantId()), run)) {
                    reconcile(placement.id(), run);
                }
            } catch (StoreUnavailableException unreachable) {
                throw unreachable;
            } catch (RuntimeException failed) {
                log.warn("Reconciling the seat of placement {} failed", placement.id(), LoggedFailure.of(failed));
                run.unresolved(placement, Reason.FAILED);
            }
        }
    }

    /**
     * Repairs a placement that looked wrong in the page: read again, with its slot's claims and its
     * participant, in real time, so a step taken since the page was read is never undone.
     */
    private void reconcile(String placementId, Run run) {
        Optional<Versioned<Placement>> fresh = placements.findVersioned(placementId);
        if (fresh.isEmpty()) {
            return; // Taken back meanwhile: a seat left for it is the second pass's.
        }
        Placement placement = fresh.get().value();
        List<SeatClaim> atSlot = booking.activeClaimsOf(Set.of(placement.slotId())).get(placement.slotId());
        if (atSlot == null) {
            // No slot, no seat: a matter only for a placement that needs one.
            if (takesSeatNow(placement.path().seat(), run.today)) {
                run.unresolved(placement, Reason.SLOT_GONE);
            }
            return;
        }
        int unresolvedBefore = run.needsCoordinatorTotal;
        Optional<SeatClaim> seat = reconcileSeat(placement, heldBy(atSlot, placement), run);
        if (seat.isPresent() && !seat.get().id().equals(placement.seatClaimId())) {
            nameClaim(fresh.get(), seat.get().id(), run);
        }
        // The phase follows the path once its seat is right; a seat left for a coordinator leaves the phase to them too.
        if (isCurrent(placement) && run.needsCoordinatorTotal == unresolvedBefore) {
            Optional<Phase> phase = participants.find(placement.participantId()).map(read -> read.value().participant().phase());
            if (phase.isPresent() && phaseIsBehind(placement, phase.get())) {
                service.settleAgain(placement);
                run.phasesSettled++;
            }
        }
    }

    /**
     * Whether the placement, as the page read it, needs nothing: a booking where the path says
     * booked, no seat where it says none, the claim it names, the participant's phase. A hold or a
     * hand-over is always looked at closely (its last day is compared where it is stored).
     */
    private boolean looksSettled(Placement placement, Optional<SeatClaim> held, Phase phase, Run run) {
        SeatEffect wanted = placement.path().seat();
        boolean seatSettled = takesSeatNow(wanted, run.today)
                ? wanted instanceof SeatEffect.Book && held.filter(c -> c.kind() == SeatClaim.Kind.BOOKING)
                        .filter(c -> c.id().equals(placement.seatClaimId())).isPresent()
                : held.isEmpty();
        boolean phaseSettled = !isCurrent(placement) || phase == null || !phaseIsBehind(placement, phase);
        return seatSettled && phaseSettled;
    }

    private static Optional<SeatClaim> heldBy(List<SeatClaim> atSlot, Placement placement) {
        return atSlot.stream().filter(c -> c.reference().equals(placement.id())).findFirst();
    }

    private static boolean isLapsedStudyVisit(Placement placement, LocalDate today) {
        return placement.path().stage() == Stage.STUDY_VISIT_BOOKED && !takesSeatNow(placement.path().seat(), today);
    }

    /** Brings the placement's seat to what its path says; the claim it holds afterwards, if any. */
    private Optional<SeatClaim> reconcileSeat(Placement placement, Optional<SeatClaim> held, Run run) {
        SeatEffect wanted = placement.path().seat();
        if (!takesSeatNow(wanted, run.today)) {
            if (held.isPresent() && isPastGrace(held.get(), run.startedAt)) {
                booking.releaseFor(placement.slotId(), placement.id());
                run.seatsReleased++;
                return Optional.empty();
            }
            return held;
        }
        if (wanted instanceof SeatEffect.Book && held.filter(c -> c.kind() == SeatClaim.Kind.BOOKING).isPresent()) {
            return held;
        }
        PlacementSeat seat = new PlacementSeat(booking, placement);
        try {
            wanted.applyTo(seat);
        } catch (ConflictException cannotClaim) {
            run.unresolved(placement, cannotClaim instanceof NoFreeSeatException ? Reason.NO_FREE_SEAT : Reason.SLOT_CLOSED);
            return Optional.empty();
        } catch (NotFoundException slotGone) {
            run.unresolved(placement, Reason.SLOT_GONE);
            return Optional.empty();
        }
        SeatClaim now = seat.claim().orElseThrow();
        if (held.isEmpty()) {
            run.seatsClaimed++;
        } else if (now.kind() != held.get().kind() || !Objects.equals(now.expiresAt(), held.get().expiresAt())) {
            run.seatsRestated++;
        }
        return Optional.of(now);
    }

    /** Stores the claim the placement's seat has, if nobody changed the placement meanwhile (else the next run does). */
    private void nameClaim(Versioned<Placement> read, String claimId, Run run) {
        try {
            placements.replace(read.value().withSeatClaim(claimId), read);
            run.claimIdsUpdated++;
        } catch (VersionConflictException changedMeanwhile) {
            // A step stored the placement since it was read; it names its own claim.
        }
    }

    /**
     * Releases every seat claimed for a placement that no longer exists, or at a slot that is not
     * the placement's. A placement's claims carry its id, a name-based UUID (see
     * {@link PlacementService#idFor}); claims with other references (the raw seat endpoints') are not the placements'.
     */
    private void releaseOrphans(List<SlotClaims> slots, Run run) {
        Set<String> references = slots.stream().flatMap(slot -> slot.claims().stream())
                .filter(c -> c.isActiveAt(run.startedAt)).map(SeatClaim::reference)
                .filter(SeatReconciliation::hasPlacementForm).collect(Collectors.toSet());
        Map<String, Placement> owners = placements.findAll(references);
        for (SlotClaims slot : slots) {
            run.slotsChecked++;
            for (SeatClaim claim : slot.claims()) {
                if (!claim.isActiveAt(run.startedAt) || !references.contains(claim.reference()) || !isPastGrace(claim, run.startedAt)) {
                    continue;
                }
                Placement owner = owners.get(claim.reference());
                if (owner == null || !owner.slotId().equals(slot.slotId())) {
                    try {
                        booking.releaseFor(slot.slotId(), claim.reference());
                        run.orphanClaimsReleased++;
                    } catch (StoreUnavailableException unreachable) {
                        throw unreachable;
                    } catch (RuntimeException failed) {
                        log.warn("Releasing claim {} at slot {} failed", claim.id(), slot.slotId(), LoggedFailure.of(failed));
                        run.unresolved(new Unresolved(claim.reference(), slot.slotId(), Reason.FAILED));
                    }
                }
            }
        }
    }

    /** Whether the seat must be taken now: a booking always, a hold or a hand-over through its last day. */
    private static boolean takesSeatNow(SeatEffect wanted, LocalDate today) {
        if (wanted instanceof SeatEffect.Hold hold) {
            return !hold.until().isBefore(today);
        }
        if (wanted instanceof SeatEffect.HandOverToAf handOver) {
            return !handOver.until().isBefore(today);
        }
        return wanted instanceof SeatEffect.Book;
    }

    /**
     * Whether the participant's phase is not yet what the step would have left it: always checked
     * while the placement is under way; after it, only a participant still placed (the end or a
     * correction was cut short), or still at the study visit (the answer no was), since a phase
     * changed by other means after the end (the stint's) is not the placement's to set.
     */
    private static boolean phaseIsBehind(Placement placement, Phase phase) {
        Phase expected = switch (placement.path().standing()) {
            case STUDY_VISIT -> Phase.STUDY_VISIT;
            case WAITING -> Phase.READY;
            case IN_TRAINING -> Phase.PLACED;
            case EXITED -> Phase.EXITED;
        };
        return phase != expected && (placement.path().stage().isActive() || phase == Phase.STUDY_VISIT || phase == Phase.PLACED);
    }

    /** The participant's current placement, not an ended one kept under an id of its own. */
    private static boolean isCurrent(Placement placement) {
        return placement.id().equals(PlacementService.idFor(placement.participantId()));
    }

    private boolean isPastGrace(SeatClaim claim, Instant now) {
        return claim.claimedAt() == null || !claim.claimedAt().isAfter(now.minus(grace));
    }

    private static boolean hasPlacementForm(String reference) {
        try {
            return UUID.fromString(reference).version() == 3 && UUID.fromString(reference).toString().equals(reference);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

    /** The counts of one run. */
    private static final class Run {
        final Instant startedAt;
        final LocalDate today;
        int placementsChecked;
        int slotsChecked;
        int seatsClaimed;
        int seatsRestated;
        int seatsReleased;
        int orphanClaimsReleased;
        int claimIdsUpdated;
        int phasesSettled;
        int holdsLapsed;
        int needsCoordinatorTotal;
        final List<Unresolved> needsCoordinator = new ArrayList<>();

        Run(Instant startedAt) {
            this.startedAt = startedAt;
            this.today = LocalDate.ofInstant(startedAt, ParticipantRules.PROGRAMME_ZONE);
        }

        void unresolved(Placement placement, Reason reason) {
            unresolved(new Unresolved(placement.id(), placement.slotId(), reason));
        }

        void unresolved(Unresolved unresolved) {
            needsCoordinatorTotal++;
            if (needsCoordinator.size() < MOST_LISTED) {
                needsCoordinator.add(unresolved);
            }
        }

        ReconciliationReport report(Instant finishedAt) {
            return new ReconciliationReport(startedAt, finishedAt, placementsChecked, slotsChecked, seatsClaimed, seatsRestated,
                    seatsReleased, orphanClaimsReleased, claimIdsUpdated, phasesSettled, holdsLapsed, needsCoordinator,
                    needsCoordinatorTotal);
        }
    }
}
