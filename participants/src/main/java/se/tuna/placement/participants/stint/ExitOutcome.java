package se.tuna.placement.participants.stint;

/**
 * How a stint ended (utfall vid avslut), as the programme's status reports count it. Back to care,
 * social psychiatry and not reaching AF's level are reported together as "Åter tidigare nivå".
 */
public enum ExitOutcome {
    /** Arbete. */
    WORK("Arbete", "Arbete"),
    /** Studier. */
    STUDIES("Studier", "Studier"),
    /** Åter till ordinarie arbetsgivare. */
    USUAL_EMPLOYER("Åter till ordinarie arbetsgivare", "Åter till ordinarie arbetsgivare"),
    /** Överlämnad till Arbetsförmedlingen för fortsatt arbetslivsinriktad rehabilitering. */
    HANDED_OVER_TO_AF("Överlämnad till Arbetsförmedlingen", "Arbetsförmedlingen"),
    /** Åter till vården. */
    BACK_TO_CARE("Åter till vården", "Åter tidigare nivå"),
    /** Socialpsykiatrin. */
    SOCIAL_PSYCHIATRY("Socialpsykiatrin", "Åter tidigare nivå"),
    /** Nådde inte AF-nivå. */
    BELOW_AF_LEVEL("Nådde inte Arbetsförmedlingens nivå", "Åter tidigare nivå"),
    /** Annat: flytt, graviditet och liknande. */
    OTHER("Annat (flytt, graviditet …)", "Annat");

    private final String label;
    private final String reportedAs;

    ExitOutcome(String label, String reportedAs) {
        this.label = label;
        this.reportedAs = reportedAs;
    }

    public String label() {
        return label;
    }

    /** The line of the status report it is counted on. */
    public String reportedAs() {
        return reportedAs;
    }

    /** Work or studies: the programme's 10 % goal. */
    public boolean toWorkOrStudies() {
        return this == WORK || this == STUDIES;
    }
}
