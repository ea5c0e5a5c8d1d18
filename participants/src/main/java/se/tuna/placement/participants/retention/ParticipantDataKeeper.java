package se.tuna.placement.participants.retention;

/**
 * A part of the platform above this module that keeps data about participants (the coaches'
 * visits and their notes, say): when a participant is anonymised it forgets them too, so nothing
 * outlives the retention period because this module could not see it.
 */
@FunctionalInterface
public interface ParticipantDataKeeper {

    /** Deletes what it keeps about the participant; nothing when it keeps nothing. Safe to repeat. */
    void forget(String participantId);
}
