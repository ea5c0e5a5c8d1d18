package se.tuna.placement.participants.coach;

import se.tuna.placement.catalog.store.IndexDefinition;

/** The indices of coach assignments and stand-ins, behind their aliases. */
public final class CoachIndices {

    public static final IndexDefinition ASSIGNMENTS =
            new IndexDefinition("coach-assignments", 1, "elasticsearch/coach-assignments-v1.json");
    public static final IndexDefinition STAND_INS = new IndexDefinition("stand-ins", 1, "elasticsearch/stand-ins-v1.json");

    private CoachIndices() {
    }
}
