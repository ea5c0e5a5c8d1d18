package se.tuna.placement.catalog.domain;

/**
 * What the work at a training slot demands (krav i arbetet): a closed vocabulary designed
 * together with the participants' functional limitations (funktionsbegränsningar) in the
 * matcher, so that each limitation names the demands it cannot meet. Heavy lifting is not a
 * value here: a slot states the heaviest lift in kilograms ({@link TrainingSlot#heaviestLiftKg()}),
 * which a participant's lifting limit is compared with.
 */
public enum WorkDemand {
    STANDING_MOST_OF_DAY("Stående större delen av dagen"),
    CUSTOMER_CONTACT("Kundkontakt"),
    NOISY_ENVIRONMENT("Bullrig miljö"),
    FAST_PACE("Högt tempo"),
    EARLY_START("Tidig start (före 08:00)"),
    TEAMWORK("Arbete i grupp"),
    WORKING_ALONE("Ensamarbete"),
    PHONE_CALLS("Telefonsamtal"),
    DRIVING("Körning av bil (B-körkort)"),
    OUTDOOR_WORK("Utomhusarbete"),
    MANY_TASKS_AT_ONCE("Många uppgifter samtidigt"),
    DUST_OR_STRONG_SMELLS("Damm eller starka dofter"),
    STAIRS_OR_LADDERS("Trappor eller stegar"),
    SCREEN_WORK("Datorarbete");

    private final String label;

    WorkDemand(String label) {
        this.label = label;
    }

    /** The Swedish name shown to coordinators, employers and coaches. */
    public String label() {
        return label;
    }
}
