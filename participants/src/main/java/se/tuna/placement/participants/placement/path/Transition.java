package se.tuna.placement.participants.placement.path;

/**
 * The outcome of one step: the path after it, and what must happen to the seat. The service stores
 * the path and applies the seat effect; both are safe to repeat.
 *
 * @param path the path with the step added
 * @param seat what must happen to the placement's seat
 */
public record Transition(PlacementPath path, SeatEffect seat) {

    /** The step just taken, e.g. for the audit. */
    public PathStep step() {
        return path.steps().get(path.steps().size() - 1);
    }
}
