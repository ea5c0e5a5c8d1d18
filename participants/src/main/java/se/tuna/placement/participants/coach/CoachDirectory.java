package se.tuna.placement.participants.coach;

/**
 * Tells whether an account is a personal coach. The accounts live above this module; the
 * application supplies the answer, so a participant is never assigned to someone who is not one.
 */
@FunctionalInterface
public interface CoachDirectory {

    boolean isCoach(String accountId);
}
