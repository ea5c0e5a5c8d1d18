package se.tuna.placement.participants.participant;

/** How a participant gets to work (färdsätt). */
public enum TravelMode {
    WALK("Går"),
    BIKE("Cyklar"),
    PUBLIC_TRANSPORT("Kollektivtrafik"),
    CAR("Bil");

    private final String label;

    TravelMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
