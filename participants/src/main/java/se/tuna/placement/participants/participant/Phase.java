package se.tuna.placement.participants.participant;

/**
 * Where a participant is in the programme: derived from their stint and their current placement,
 * never set freely (see {@code StintService} and {@code PlacementService}).
 */
public enum Phase {
    /** Kartläggning: meeting the coach weekly; not yet ready for a placement. */
    MAPPING("Kartläggning"),
    /** Redo för placering: waiting for a training slot (on the waiting list). */
    READY("Väntar på plats"),
    /** Studiebesök bokat: a study visit is booked and a seat held until the answer. */
    STUDY_VISIT("Studiebesök bokat"),
    /** I arbetsträning: placed at a workplace. */
    PLACED("I arbetsträning"),
    /** Avslutad: left the programme. */
    EXITED("Avslutad");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
