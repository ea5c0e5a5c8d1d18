package se.tuna.placement.participants.placement;

import se.tuna.placement.participants.placement.path.TrialOutcome;

/**
 * How the trials (provotider) at one employer went: how many have ended, and of those how many went
 * on (see {@link TrialOutcome}). A count per employer, never per person.
 *
 * @param ended     trials whose outcome is known
 * @param continued of those, the ones that went on
 */
public record TrialRecord(int ended, int continued) {

    public static final TrialRecord NONE = new TrialRecord(0, 0);

    /** This record with one more trial that ended as {@code outcome}. */
    public TrialRecord with(TrialOutcome outcome) {
        return new TrialRecord(ended + 1, continued + (outcome == TrialOutcome.CONTINUED ? 1 : 0));
    }
}
