package se.tuna.placement.participants.placement.path;

/**
 * Where a placement's path leaves the participant in the programme: what their phase becomes.
 * The path says it; the participant's phase follows from it instead of being set freely.
 */
public enum Standing {
    /** On their way to a study visit. */
    STUDY_VISIT("Studiebesök"),
    /** Placed: a trial agreed or under way, or in work training. */
    IN_TRAINING("I provotid eller arbetsträning"),
    /** Back on the waiting list, still counted from the day they first became ready. */
    WAITING("Väntar på plats"),
    /** Out of the programme: to work or studies, to Arbetsförmedlingen, or with the stint. */
    EXITED("Avslutad");

    private final String label;

    Standing(String label) {
        this.label = label;
    }

    /** The Swedish name shown to coordinators and coaches. */
    public String label() {
        return label;
    }
}
