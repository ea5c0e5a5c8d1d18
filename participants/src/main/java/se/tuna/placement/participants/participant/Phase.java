package se.tuna.placement.participants.participant;

/** Where a participant is in the programme. */
public enum Phase {
    /** Kartläggning: meeting the coach weekly; not yet ready for a placement. */
    MAPPING("Kartläggning"),
    /** Redo för placering: waiting for a training slot (on the waiting list). */
    READY("Väntar på plats"),
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
