package se.tuna.placement.followup.calendar;

/** The kinds of absence a calendar records; enough to plan around, nothing about health. */
public enum AbsenceKind {
    SICK("Sjuk"),
    VACATION("Semester"),
    LEAVE("Ledig"),
    COURSE("Utbildning"),
    OTHER("Annat");

    private final String label;

    AbsenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
