package se.tuna.placement.audit;

/**
 * One thing wrong in the access log.
 *
 * @param chain    the chain, or {@code null} for documents outside every chain
 * @param sequence the entry where it shows, or {@code -1}
 * @param problem  what
 * @param detail   more, e.g. who recorded the chain longer; may be {@code null}
 */
public record Finding(String chain, long sequence, Problem problem, String detail) {

    /** What can be wrong. */
    public enum Problem {
        /** An entry is not sealed as it is: it was changed, or moved to another place. */
        ALTERED,
        /** An entry does not follow the entry before it. */
        UNLINKED,
        /** One or more entries are missing here. */
        MISSING,
        /** An entry's place is taken twice. */
        DUPLICATE,
        /** A document at this place no longer reads as an entry: a field was taken out or given a value no entry has. */
        UNREADABLE,
        /** The chain does not begin with a chain's start. */
        NO_START,
        /** The chain ends before where another chain's start or checkpoint, or this instance, recorded its end. */
        CUT_SHORT,
        /** The entry is not the one another chain's start or checkpoint recorded at this place. */
        DIFFERS_FROM_RECORD,
        /** A chain that another chain's start or checkpoint, or this instance, recorded is gone. */
        CHAIN_REMOVED,
        /** Documents in the index that belong to no chain's places. */
        OUTSIDE_CHAINS
    }
}
