package se.tuna.placement.matcher.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import se.tuna.placement.matcher.fit.PairAssessment;

/**
 * A participant on the waiting list and the slot the plan gives them, if any. Each participant
 * has slots of their own to choose from (retrieved from the placement bank), each with how they
 * fit it. A coordinator's accepted placement is pinned: the solver plans around it and never
 * moves it.
 */
@PlanningEntity(difficultyComparatorClass = PlacementDifficulty.class)
public class PlannedPlacement {

    @PlanningId
    private String participantId;
    private boolean ready;
    private int waitingDays;
    private List<SlotFact> candidateSlots;
    private Map<SlotFact, PairAssessment> assessments;
    private int feasibleCandidates;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "candidateSlots", nullable = true)
    private SlotFact slot;

    /** For OptaPlanner. */
    PlannedPlacement() {
    }

    /**
     * @param participantId the participant
     * @param ready         whether they are ready for a placement (only then does an empty place count)
     * @param waitingDays   days since they became ready
     * @param candidates    the slots they could get, with how they fit each
     */
    public PlannedPlacement(String participantId, boolean ready, int waitingDays, List<Candidate> candidates) {
        this.participantId = participantId;
        this.ready = ready;
        this.waitingDays = waitingDays;
        this.candidateSlots = candidates.stream().map(Candidate::slot).toList();
        this.assessments = new HashMap<>(candidates.size() * 2);
        candidates.forEach(candidate -> assessments.put(candidate.slot(), candidate.assessment()));
        this.feasibleCandidates = (int) candidates.stream().filter(c -> c.assessment().feasible()).count();
    }

    @ValueRangeProvider(id = "candidateSlots")
    public List<SlotFact> getCandidateSlots() {
        return candidateSlots;
    }

    public String getParticipantId() {
        return participantId;
    }

    public boolean isReady() {
        return ready;
    }

    public int getWaitingDays() {
        return waitingDays;
    }

    /** How many of the candidates break no hard rule on their own; fewer makes a participant harder to place. */
    public int getFeasibleCandidates() {
        return feasibleCandidates;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public SlotFact getSlot() {
        return slot;
    }

    public void setSlot(SlotFact slot) {
        this.slot = slot;
    }

    /** How this participant fits the planned slot; only call when a slot is planned. */
    public PairAssessment assessment() {
        return assessments.get(slot);
    }

    /** How this participant fits one of their candidate slots, or {@code null} if it is not one. */
    public PairAssessment assessmentOf(SlotFact candidate) {
        return assessments.get(candidate);
    }

    /** Pins this participant to one of their candidate slots, as a coordinator's acceptance does. */
    public PlannedPlacement pinnedTo(SlotFact accepted) {
        if (!assessments.containsKey(accepted)) {
            throw new IllegalArgumentException(accepted + " is not a candidate of " + participantId);
        }
        this.slot = accepted;
        this.pinned = true;
        return this;
    }

    /**
     * This participant as they are, on the slots {@code facts} gives by id (a candidate it does not
     * name stays as it was): where they are planned, whether they are pinned and how they fit each
     * candidate are kept.
     */
    public PlannedPlacement on(Map<String, SlotFact> facts) {
        PlannedPlacement copy = new PlannedPlacement();
        copy.participantId = participantId;
        copy.ready = ready;
        copy.waitingDays = waitingDays;
        copy.candidateSlots = candidateSlots.stream().map(fact -> facts.getOrDefault(fact.id(), fact)).toList();
        copy.assessments = new HashMap<>(assessments.size() * 2);
        assessments.forEach((fact, assessment) -> copy.assessments.put(facts.getOrDefault(fact.id(), fact), assessment));
        copy.feasibleCandidates = feasibleCandidates;
        copy.pinned = pinned;
        copy.slot = slot == null ? null : facts.getOrDefault(slot.id(), slot);
        return copy;
    }

    @Override
    public String toString() {
        return participantId + " -> " + (slot == null ? "no place" : slot);
    }
}
