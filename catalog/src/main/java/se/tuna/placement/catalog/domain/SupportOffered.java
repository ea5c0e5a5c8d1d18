package se.tuna.placement.catalog.domain;

/**
 * The support a workplace can give a participant (stöd på arbetsplatsen): a closed vocabulary
 * designed together with the participants' stated needs in the matcher, so that a need can be
 * checked against what is offered.
 */
public enum SupportOffered {
    EXPERIENCED_SUPERVISOR("Erfaren handledare"),
    QUIET_PLACE("Lugn, avskild arbetsplats"),
    FLEXIBLE_START("Flexibel starttid"),
    GRADUAL_INCREASE("Gradvis upptrappning av tid"),
    WRITTEN_INSTRUCTIONS("Skriftliga instruktioner"),
    FIXED_ROUTINES("Fasta rutiner och samma uppgifter"),
    FREQUENT_BREAKS("Möjlighet till täta pauser"),
    WORK_BUDDY("Arbetskamrat som fadder"),
    ADAPTED_TASKS("Anpassade arbetsuppgifter");

    private final String label;

    SupportOffered(String label) {
        this.label = label;
    }

    /** The Swedish name shown to coordinators, employers and coaches. */
    public String label() {
        return label;
    }
}
