package se.tuna.placement.followup.planning;

/** The queues on a coach's page: what needs their attention soon, most urgent kind first. */
public enum QueueKind {
    FOLLOW_UP_OVERDUE("Uppföljning försenad"),
    TIME_REQUESTED("Arbetsplatsen önskar annan tid"),
    FOLLOW_UP_DUE("Uppföljning att göra"),
    TRIAL_ENDING("Provtid slutar: beslut om förlängning"),
    EXTENSION_DUE("Förlängning ska beslutas"),
    YEAR_LIMIT_NEAR("Nära årsgränsen"),
    NO_VISIT_PLANNED("Inget besök planerat");

    private final String label;

    QueueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
