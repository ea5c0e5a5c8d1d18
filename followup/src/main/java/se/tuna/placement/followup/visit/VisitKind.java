package se.tuna.placement.followup.visit;

/**
 * What a coach's visit is for. Each kind has its usual length; the place follows from the kind (the
 * workplace, or the site's office).
 */
public enum VisitKind {
    /** Uppföljning på arbetsplatsen: about once a month for each placement in work training. */
    WORKPLACE_FOLLOW_UP("Uppföljning på arbetsplatsen", 45, true),
    /** Uppföljning under provtiden: in the trial's last week, before the extension decision. */
    TRIAL_FOLLOW_UP("Uppföljning under provtid", 45, true),
    /** Kartläggningssamtal: the weekly hour at the office for a participant not yet placed. */
    MAPPING_MEETING("Kartläggningssamtal", 60, false);

    private final String label;
    private final int minutes;
    private final boolean atWorkplace;

    VisitKind(String label, int minutes, boolean atWorkplace) {
        this.label = label;
        this.minutes = minutes;
        this.atWorkplace = atWorkplace;
    }

    /** The Swedish name shown to coaches, and in calendar feeds. */
    public String label() {
        return label;
    }

    /** How long the visit usually takes, in minutes, travel not included. */
    public int minutes() {
        return minutes;
    }

    /** Whether it takes place at the participant's workplace (otherwise at the site's office). */
    public boolean atWorkplace() {
        return atWorkplace;
    }
}
