package se.tuna.placement.catalog.domain;

/** How easy a workplace is to reach and enter (tillgänglighet). */
public enum Accessibility {
    /** Nära kollektivtrafik: a bus stop or station within a short walk. */
    NEAR_PUBLIC_TRANSPORT,
    /** Tillgängligt utan trappsteg: step-free entrance and workplace. */
    STEP_FREE,
    /** Parkering: parking for those who come by car. */
    PARKING
}
