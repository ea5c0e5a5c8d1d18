package se.tuna.placement.participants.stint;

/** What the participant lives on while in the programme (ersättningsform), as the status report counts it. */
public enum Compensation {
    /** Försörjningsstöd, from the municipality's social services. */
    INCOME_SUPPORT("Försörjningsstöd"),
    /** Aktivitetsstöd, from Försäkringskassan through Arbetsförmedlingen. */
    ACTIVITY_SUPPORT("Aktivitetsstöd"),
    /** Sjukpenning, from Försäkringskassan. */
    SICKNESS_BENEFIT("Sjukpenning"),
    /** Aktivitetsersättning, from Försäkringskassan. */
    ACTIVITY_COMPENSATION("Aktivitetsersättning"),
    /** Ingen ersättning. */
    NONE("Ingen ersättning");

    private final String label;

    Compensation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
