package se.tuna.placement.catalog.search;

/** How a slot search orders its results. */
public enum SlotSort {
    /** Best match first (text, occupation, nearness); the default. */
    RELEVANCE,
    /** Nearest first; needs a place to measure from. */
    DISTANCE,
    /** Soonest available first. */
    AVAILABLE_FROM,
    /** Most recently changed first. */
    UPDATED,
    /** By title, A–Ö. */
    TITLE
}
