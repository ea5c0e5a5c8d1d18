package se.tuna.placement.catalog.store;

import java.util.Map;

/**
 * One logical index: the alias everyone reads and writes through, and the versioned concrete
 * index behind it whose settings and mappings come from a JSON resource. A mapping change is a
 * new version: a new index, the documents copied over, and the alias switched.
 *
 * @param name            logical name, e.g. {@code slots}
 * @param version         mapping version, e.g. 1
 * @param mappingResource classpath resource with settings and mappings
 * @param upgrade         what the copy to this version does to each document of an older one (by default nothing):
 *                        fills the fields this version adds, so no document is left without them
 */
public record IndexDefinition(String name, int version, String mappingResource, DocumentUpgrade upgrade) {

    /** An index whose documents are copied to a new version as they are. */
    public IndexDefinition(String name, int version, String mappingResource) {
        this(name, version, mappingResource, DocumentUpgrade.NONE);
    }

    public IndexDefinition {
        upgrade = upgrade == null ? DocumentUpgrade.NONE : upgrade;
    }

    public String alias(String prefix) {
        return prefix + name;
    }

    public String concreteIndex(String prefix) {
        return prefix + name + "-v" + version;
    }

    /**
     * Turns the {@code _source} of a document stored by an older version into one of this version.
     * It must give the same result when run on a document already of this version (a migration that
     * stopped half-way is simply run again).
     */
    @FunctionalInterface
    public interface DocumentUpgrade {
        DocumentUpgrade NONE = source -> source;

        Map<String, Object> apply(Map<String, Object> source);
    }
}
