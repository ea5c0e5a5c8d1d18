package se.tuna.placement.matcher.plan;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.PlannedPlacement;
import se.tuna.placement.matcher.planning.SlotFact;

/** One waiting-list plan being made: its state, and the best plan so far. Thread-safe. */
final class PlanJob {

    private final String id;
    private final Set<String> sites;
    private final String requestedBy;
    private final Instant startedAt;
    private PlanStatus status = PlanStatus.PREPARING;
    private String message;
    private Instant updatedAt;
    private PlacementPlan best;
    private Map<String, Participant> participants = Map.of();
    private Map<String, SlotHit> slots = Map.of();
    private int solveRound;
    private boolean stopRequested;
    private Instant keptAt;

    PlanJob(String id, Set<String> sites, String requestedBy, Instant now) {
        this.id = id;
        this.sites = Set.copyOf(sites);
        this.requestedBy = requestedBy;
        this.startedAt = now;
        this.updatedAt = now;
    }

    String id() {
        return id;
    }

    Set<String> sites() {
        return sites;
    }

    String requestedBy() {
        return requestedBy;
    }

    Instant startedAt() {
        return startedAt;
    }

    synchronized void prepared(PreparedPlan prepared, Instant now) {
        this.best = prepared.plan();
        this.participants = prepared.participants();
        this.slots = prepared.slots();
        changed(PlanStatus.QUEUED, null, now);
    }

    /**
     * Starts a new solving round: each round has a solver problem id of its own, so a new round
     * never clashes with the one just ending, and a late callback of an old round is ignored.
     */
    synchronized String nextSolve(Instant now) {
        solveRound++;
        stopRequested = false;
        changed(PlanStatus.QUEUED, null, now);
        return solveId();
    }

    /** The solver problem id of the current round. */
    synchronized String solveId() {
        return id + "#" + solveRound;
    }

    synchronized void requestStop() {
        stopRequested = true;
    }

    synchronized boolean stopRequested() {
        return stopRequested;
    }

    synchronized void improved(PlacementPlan plan, Instant now, String round) {
        if (round.equals(solveId())) {
            this.best = plan;
            changed(PlanStatus.SOLVING, null, now);
        }
    }

    synchronized void finished(PlacementPlan plan, Instant now, String round) {
        if (round.equals(solveId())) {
            this.best = plan;
            changed(PlanStatus.FINISHED, null, now);
        }
    }

    synchronized void failed(String why, Instant now) {
        changed(PlanStatus.FAILED, why, now);
    }

    synchronized void changed(PlanStatus newStatus, String newMessage, Instant now) {
        this.status = newStatus;
        this.message = newMessage;
        this.updatedAt = now;
    }

    /** Records that the store holds the job as it was at {@code updatedAt}. */
    synchronized void kept(Instant at) {
        this.keptAt = at;
    }

    /** Whether the job is over and the store holds it as it is, so it may be read from there instead. */
    synchronized boolean keptAsItIs() {
        return status.over() && updatedAt.equals(keptAt);
    }

    synchronized PlanStatus status() {
        return status;
    }

    synchronized Instant updatedAt() {
        return updatedAt;
    }

    synchronized PlacementPlan best() {
        return best;
    }

    synchronized Map<String, Participant> participants() {
        return participants;
    }

    synchronized Map<String, SlotHit> slots() {
        return slots;
    }

    /** Replaces what the job knows of a slot, e.g. after a decision booked one of its seats. */
    synchronized void slotChanged(SlotHit slot) {
        Map<String, SlotHit> changed = new java.util.HashMap<>(slots);
        changed.put(slot.slot().id(), slot);
        this.slots = changed;
    }

    /** Replaces the best plan with the same plan on the slots' seats as they are now, and what the job knows of those slots. */
    synchronized void reseated(PlacementPlan plan, Collection<TrainingSlot> now) {
        this.best = plan;
        Map<String, SlotHit> changed = new java.util.HashMap<>(slots);
        now.forEach(slot -> {
            SlotHit before = changed.get(slot.id());
            if (before != null) {
                changed.put(slot.id(), new SlotHit(slot, before.employerName(), before.score(), before.distanceKm()));
            }
        });
        this.slots = changed;
    }

    /** Pins a participant at {@code slot}, one of their candidates, after a coordinator decided it. */
    synchronized void pin(String participantId, SlotFact slot, Instant now) {
        placementOf(participantId).pinnedTo(slot);
        this.updatedAt = now;
    }

    synchronized PlannedPlacement placementOf(String participantId) {
        return best.getPlacements().stream().filter(p -> p.getParticipantId().equals(participantId)).findFirst()
                .orElseThrow(() -> new se.tuna.placement.catalog.error.NotFoundException("participant in this plan",
                        participantId));
    }

    synchronized PlanProgress progress() {
        PlacementPlan plan = best;
        int ready = plan == null ? 0 : (int) plan.getPlacements().stream().filter(PlannedPlacement::isReady).count();
        int placed = plan == null ? 0 : (int) plan.placedCount();
        int pinned = plan == null ? 0 : (int) plan.getPlacements().stream().filter(PlannedPlacement::isPinned).count();
        String score = plan == null || plan.getScore() == null ? null : plan.getScore().toString();
        return new PlanProgress(id, sites, requestedBy, status, score, placed, ready, pinned, startedAt, updatedAt, message);
    }
}
