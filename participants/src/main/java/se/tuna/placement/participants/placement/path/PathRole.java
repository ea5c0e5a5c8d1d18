package se.tuna.placement.participants.placement.path;

/** The people who take a placement along its path. */
public enum PathRole {
    /** Samordnare: contacts employers, books study visits, starts trials, corrects mistakes. */
    COORDINATOR,
    /** Personlig coach: follows the participant up at the workplace, decides extensions and the end. */
    COACH
}
