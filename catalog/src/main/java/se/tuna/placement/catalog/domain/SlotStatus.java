package se.tuna.placement.catalog.domain;

/** Whether a training slot takes new participants. */
public enum SlotStatus {
    /** Öppen: coordinators may suggest and book it. */
    OPEN,
    /** Pausad: temporarily closed by the employer, for example over the summer. */
    PAUSED,
    /** Återkallad: the employer no longer offers it; kept for history. */
    WITHDRAWN
}
