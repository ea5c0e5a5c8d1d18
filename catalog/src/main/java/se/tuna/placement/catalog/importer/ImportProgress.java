package se.tuna.placement.catalog.importer;

/**
 * How far an import of a sheet has come (hur långt importen har kommit), in counts, never in guesses.
 *
 * @param phase what it is doing
 * @param done  rows read ({@link Phase#READING}), rows checked ({@link Phase#CHECKING}) or slots stored
 *              ({@link Phase#STORING}) so far
 * @param total how many there are to check or store; 0 while reading, since a stream's rows are not counted
 *              before they are read
 */
public record ImportProgress(Phase phase, int done, int total) {

    /** The phases in order. */
    public enum Phase {
        /** Reading the file's rows (läser filen). */
        READING,
        /** Checking the rows against the domain's rules (kontrollerar raderna). */
        CHECKING,
        /** Storing the slots, or in a dry run comparing them with the stored ones (sparar platser). */
        STORING
    }

    /** Receives progress as an import runs, on the importing thread; must be quick. */
    @FunctionalInterface
    public interface Listener {

        Listener NONE = progress -> {
        };

        void report(ImportProgress progress);
    }
}
