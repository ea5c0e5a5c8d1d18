package se.tuna.placement.participants.coach;

/**
 * Tells whether an account is a personal coach at a site. The accounts live above this module;
 * the application supplies the answer, so a participant is never given a coach, or a stand-in,
 * who does not work at the participant's site.
 */
@FunctionalInterface
public interface CoachDirectory {

    /** Whether the account is an active personal coach who serves {@code site}. */
    boolean coachesAt(String accountId, String site);
}
