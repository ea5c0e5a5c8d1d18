package se.tuna.placement.reports.disclosure;

/**
 * A figure as the export prints it: its count, or hidden. A hidden figure carries no count, so an
 * export cannot print it by mistake.
 */
public sealed interface Figure {

    /** Why a figure is hidden. An export prints both alike: telling them apart would point at the small ones. */
    enum Why {
        /** It is a small count itself: at least 1 and below the threshold. */
        SMALL,
        /** It is hidden so that a small count cannot be worked out from it and the totals. */
        PROTECTS_ANOTHER
    }

    boolean hidden();

    /** @param count the count, printed */
    record Shown(long count) implements Figure {
        @Override
        public boolean hidden() {
            return false;
        }
    }

    /** @param why why it is hidden; not for printing */
    record Hidden(Why why) implements Figure {
        @Override
        public boolean hidden() {
            return true;
        }
    }
}
