package se.tuna.placement.catalog.importer;

/** Whether an import stores what it reads or only checks it. */
public enum ImportMode {
    /** Validate, then store every row without errors. */
    STORE,
    /**
     * Validate and report as {@link #STORE} would, reading the bank to tell created from updated and
     * unchanged, but store nothing.
     */
    DRY_RUN
}
