package se.tuna.placement.access.account;

/**
 * What a person does in the programme, and so what the platform lets them see and do. Staff roles
 * (all but {@link #SUPERVISOR}) may be combined on one account; a supervisor account has that role
 * only and belongs to one employer.
 */
public enum Role {
    /** Samordnare: participants and placements of their sites, suggestions, plans, the whole bank, employers. */
    COORDINATOR("Samordnare"),
    /** Personlig coach: the participants they are assigned to or stand in for; the bank read-only. */
    COACH("Personlig coach"),
    /** Styrgrupp och ledning: figures and reports only, never a person. */
    MANAGEMENT("Ledning"),
    /** Administratör: accounts, roles, sites, API tokens and the matching rules' weights. */
    ADMIN("Administratör"),
    /** Handledare hos en arbetsgivare: their own employer's data, slots and placements only. */
    SUPERVISOR("Handledare");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Swedish name shown in the UI. */
    public String label() {
        return label;
    }

    public boolean staff() {
        return this != SUPERVISOR;
    }
}
