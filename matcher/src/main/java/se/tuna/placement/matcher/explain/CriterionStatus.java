package se.tuna.placement.matcher.explain;

/** How a criterion of a placement fares. */
public enum CriterionStatus {
    MET("Uppfyllt"),
    PARTLY("Delvis"),
    NOT_MET("Ej uppfyllt"),
    /** The data to judge it is not recorded; never counted as met. */
    UNKNOWN("Okänt");

    private final String label;

    CriterionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
