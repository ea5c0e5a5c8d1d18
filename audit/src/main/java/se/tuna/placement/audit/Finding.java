package se.tuna.placement.audit;

/**
 * One thing wrong in the access log.
 *
 * @param chain    the chain
 * @param sequence the entry where it shows
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
        /** The chain does not begin with a chain's start. */
        NO_START,
        /** The chain ends before where a later chain's start, or this instance, recorded its end. */
        CUT_SHORT,
        /** The entry is not the one a later chain's start recorded at this place. */
        DIFFERS_FROM_RECORD,
        /** A chain that a later chain's start, or this instance, recorded is gone. */
        CHAIN_REMOVED
    }
}
