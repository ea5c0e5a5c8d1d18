package se.tuna.placement.participants.placement.path;

/**
 * Whether a trial (provotid) went on: what the matcher counts per employer ("3 av 4 provtider
 * fortsatte").
 */
public enum TrialOutcome {
    /** Fortsatte: it went on into work training, or the participant left it for work, studies or Arbetsförmedlingen. */
    CONTINUED,
    /** Fortsatte inte: it ended without any of those. */
    NOT_CONTINUED
}
