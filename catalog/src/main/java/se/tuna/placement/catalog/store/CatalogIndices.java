package se.tuna.placement.catalog.store;

import java.util.List;

/** The catalog's indices, in one place. */
public final class CatalogIndices {

    public static final IndexDefinition EMPLOYERS = new IndexDefinition("employers", 1, "elasticsearch/employers-v1.json");
    public static final IndexDefinition SLOTS = new IndexDefinition("slots", 1, "elasticsearch/slots-v1.json");

    public static final List<IndexDefinition> ALL = List.of(EMPLOYERS, SLOTS);

    private CatalogIndices() {
    }
}
