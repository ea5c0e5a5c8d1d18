package se.tuna.placement.followup.visit;

/** Why a plan could not place a visit: what a coordinator must change for it to fit. */
public enum UnplannedReason {
    NO_COACH("Deltagaren har ingen coach"),
    PARTICIPANT_NOT_THERE("Deltagaren är inte på plats någon tid i fönstret då en coach arbetar"),
    NO_COACH_WORKING("Ingen coach arbetar under fönstret (frånvaro)"),
    NO_FREE_TIME("Ingen ledig tid i fönstret: coacherna är upptagna");

    private final String label;

    UnplannedReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
