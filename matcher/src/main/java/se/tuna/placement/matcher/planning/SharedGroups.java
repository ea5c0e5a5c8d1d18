package se.tuna.placement.matcher.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's placements grouped once by what they share: a slot's seats, a supervisor, an employer. The shared
 * rules' shares and the checklists' seat lines read these groups for every placement, so they are built in one
 * pass rather than by scanning the whole plan for each placement.
 */
final class SharedGroups {

    /** Who keeps a seat when a slot has too few: a coordinator's decision, then the longest waiting, then the id. */
    private static final Comparator<PlannedPlacement> SEATS_FIRST = Comparator
            .comparing((PlannedPlacement p) -> !p.isPinned())
            .thenComparing(PlannedPlacement::getWaitingDays, Comparator.reverseOrder())
            .thenComparing(PlannedPlacement::getParticipantId);

    private final Map<SlotFact, List<PlannedPlacement>> bySlot = new HashMap<>();
    private final Map<String, Integer> bySupervisor = new HashMap<>();
    private final Map<String, Integer> byEmployer = new HashMap<>();

    SharedGroups(PlacementPlan plan) {
        for (PlannedPlacement placement : plan.getPlacements()) {
            SlotFact slot = placement.getSlot();
            if (slot != null) {
                bySlot.computeIfAbsent(slot, s -> new ArrayList<>()).add(placement);
                bySupervisor.merge(slot.supervisorKey(), 1, Integer::sum);
                byEmployer.merge(slot.employerId(), 1, Integer::sum);
            }
        }
        bySlot.values().forEach(members -> members.sort(SEATS_FIRST));
    }

    /** Whether {@code placement} gets one of its slot's free seats, and how many are planned there. */
    Seating seating(PlannedPlacement placement) {
        SlotFact slot = placement.getSlot();
        if (slot == null) {
            return new Seating(0, false);
        }
        List<PlannedPlacement> members = bySlot.get(slot);
        return new Seating(members.size(), members.indexOf(placement) < slot.freeSeats());
    }

    /** How many placements of the plan share the supervisor of {@code slot}. */
    int withSupervisorOf(SlotFact slot) {
        return bySupervisor.getOrDefault(slot.supervisorKey(), 1);
    }

    /** How many placements of the plan share the employer of {@code slot}. */
    int withEmployerOf(SlotFact slot) {
        return byEmployer.getOrDefault(slot.employerId(), 1);
    }
}
