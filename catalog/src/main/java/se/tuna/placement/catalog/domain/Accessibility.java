package se.tuna.placement.catalog.domain;

/** How easy a workplace is to reach and enter (tillgänglighet). */
public enum Accessibility {
    NEAR_PUBLIC_TRANSPORT("Nära kollektivtrafik"),
    STEP_FREE("Tillgängligt utan trappsteg"),
    PARKING("Parkering");

    private final String label;

    Accessibility(String label) {
        this.label = label;
    }

    /** The Swedish name shown to coordinators, employers and coaches. */
    public String label() {
        return label;
    }
}
