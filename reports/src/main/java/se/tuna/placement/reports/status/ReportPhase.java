package se.tuna.placement.reports.status;

/**
 * Where an active participant is, as the status reports count them: the participants' phases, with
 * the trial and the work training counted together as the reports' "ute på arbetsträning".
 */
public enum ReportPhase {
    /** Kartläggning: enrolled, meeting the coach; not yet ready for a placement. */
    MAPPING("Kartläggning"),
    /** Väntar på arbetsträningsplats: ready for a placement, none under way. */
    WAITING("Väntar på plats"),
    /** Studiebesök: a study visit booked, its answer not yet given. */
    STUDY_VISIT("Studiebesök"),
    /** Ute på arbetsträning: a trial agreed or under way (provotid), or work training (arbetsträning). */
    IN_WORK_TRAINING("Ute på arbetsträning");

    private final String label;

    ReportPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
