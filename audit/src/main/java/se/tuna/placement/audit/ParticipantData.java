package se.tuna.placement.audit;

/** Which of a participant's data a request read or changed: what an entry of the access log names. */
public enum ParticipantData {
    /** Profile (profil): resources, limitations, hours, days, interests, home area. */
    PROFILE("Profil"),
    /** Phase (fas) and since when ready: set freely before stints were recorded; kept so earlier entries read. */
    PHASE("Fas"),
    /** The stint (inskrivning): referral, enrolment and consent, compensation, ready, exit and outcome. */
    STINT("Inskrivning"),
    /** The participant's coach (coach) and those before. */
    COACH("Coach"),
    /** Suggestions (förslag) of slots for the participant, with their checklists. */
    SUGGESTIONS("Förslag"),
    /** The participant's line in a plan of the waiting list (plan). */
    PLAN("Plan"),
    /** The participant's placement (placering). */
    PLACEMENT("Placering"),
    /** Everything kept of the participant, exported on their request (registerutdrag, right of access). */
    EXPORT("Registerutdrag"),
    /** What was agreed with the employer (överenskommelse), the first name shared with consent included. */
    AGREEMENT("Överenskommelse"),
    /** Follow-up visits (besök): when and where the participant's coach meets them, and the coach's notes. */
    VISITS("Besök");

    private final String label;

    ParticipantData(String label) {
        this.label = label;
    }

    /** The Swedish name. */
    public String label() {
        return label;
    }
}
