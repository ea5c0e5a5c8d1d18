package se.tuna.placement.participants.participant;

import java.time.Instant;

/**
 * A participant as read from the index.
 *
 * @param participant the participant
 * @param createdAt   when first stored
 * @param updatedAt   when last changed
 */
public record StoredParticipant(Participant participant, Instant createdAt, Instant updatedAt) {
}
