package se.tuna.placement.participants.stint;

import java.util.Set;

/** Where a stint stands, read from its steps in force. */
public enum StintStage {
    /** I remisskö: referred, waiting for the referral group (remissgruppen). */
    QUEUED("I remisskö", Set.of(StintStepKind.ADMIT, StintStepKind.EXIT, StintStepKind.CORRECT)),
    /** Antagen: admitted by the referral group, not yet enrolled. */
    ADMITTED("Antagen, ej inskriven", Set.of(StintStepKind.ENROL, StintStepKind.EXIT, StintStepKind.CORRECT)),
    /** Kartläggning: enrolled, meeting the coach weekly. */
    MAPPING("Kartläggning", Set.of(StintStepKind.COMPENSATION, StintStepKind.READY, StintStepKind.EXIT, StintStepKind.CORRECT)),
    /** Redo för placering: ready for a placement; the placements take it from here. */
    READY("Redo för placering", Set.of(StintStepKind.COMPENSATION, StintStepKind.BACK_TO_MAPPING, StintStepKind.EXIT,
            StintStepKind.CORRECT)),
    /** Avslutad, with an outcome. */
    EXITED("Avslutad", Set.of(StintStepKind.CORRECT));

    private final String label;
    private final Set<StintStepKind> allowed;

    StintStage(String label, Set<StintStepKind> allowed) {
        this.label = label;
        this.allowed = allowed;
    }

    public String label() {
        return label;
    }

    public Set<StintStepKind> allowedSteps() {
        return allowed;
    }

    /** Enrolled and not yet exited: counted among the site's active participants. */
    public boolean isActive() {
        return this == MAPPING || this == READY;
    }
}
