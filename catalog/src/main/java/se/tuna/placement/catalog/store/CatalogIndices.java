package se.tuna.placement.catalog.store;

import java.util.List;

/** The catalog's indices, in one place. */
public final class CatalogIndices {

    public static final IndexDefinition EMPLOYERS = new IndexDefinition("employers", 1, "elasticsearch/employers-v1.json");
    /**
     * v2: {@code scheduleMinutes}, the working times as minutes of the week, so the search can match them to a
     * participant's; filled in every slot copied from v1 ({@link SlotDocumentUpgrade}).
     */
    public static final IndexDefinition SLOTS =
            new IndexDefinition("slots", 2, "elasticsearch/slots-v2.json", new SlotDocumentUpgrade());

    public static final List<IndexDefinition> ALL = List.of(EMPLOYERS, SLOTS);

    private CatalogIndices() {
    }
}
