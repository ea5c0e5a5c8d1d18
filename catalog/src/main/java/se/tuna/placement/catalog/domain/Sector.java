package se.tuna.placement.catalog.domain;

/** Which part of the labour market an employer belongs to (sektor). */
public enum Sector {
    /** Offentlig sektor: municipality, region, state. */
    PUBLIC,
    /** Privat sektor. */
    PRIVATE,
    /** Ideell sektor: associations, foundations, churches, social enterprises. */
    NON_PROFIT
}
