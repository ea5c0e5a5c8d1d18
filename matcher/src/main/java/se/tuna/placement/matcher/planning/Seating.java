package se.tuna.placement.matcher.planning;

/**
 * A placement's standing at its slot's seats: how many are planned there and whether this placement is one of
 * those who get the free seats. Decided in one place, {@link PlanScoring#seatings}, which the seats rule's shares
 * follow too, so a checklist line never says "no seat" where the share says zero or the other way round.
 *
 * @param planned how many placements of the plan are at the slot, this one included
 * @param seated  whether this placement gets one of the slot's free seats
 */
public record Seating(int planned, boolean seated) {

    /** A participant alone at {@code slot} (a suggestion): seated when the slot has a free seat. */
    public static Seating alone(SlotFact slot) {
        return new Seating(1, slot.freeSeats() > 0);
    }
}
