package se.tuna.placement.participants.participant;

import se.tuna.placement.catalog.store.IndexDefinition;

/** The participants' index, behind its alias; the matcher's {@code IndexSet} lists it. */
public final class ParticipantIndices {

    public static final IndexDefinition PARTICIPANTS =
            new IndexDefinition("participants", 1, "elasticsearch/participants-v1.json");

    private ParticipantIndices() {
    }
}
