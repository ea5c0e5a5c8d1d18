package se.tuna.placement.participants.placement;

/**
 * Where a placement stands. The lifecycle after the decision (study visit, three-week trial,
 * monthly extensions, exit) builds on this.
 */
public enum PlacementStatus {
    /** Beslutad: a coordinator decided it and its seat is booked. */
    DECIDED
}
