package se.tuna.placement.catalog.store;

/**
 * One logical index: the alias everyone reads and writes through, and the versioned concrete
 * index behind it whose settings and mappings come from a JSON resource. A mapping change is a
 * new version: a new index, the documents copied over, and the alias switched.
 *
 * @param name            logical name, e.g. {@code slots}
 * @param version         mapping version, e.g. 1
 * @param mappingResource classpath resource with settings and mappings
 */
public record IndexDefinition(String name, int version, String mappingResource) {

    public String alias(String prefix) {
        return prefix + name;
    }

    public String concreteIndex(String prefix) {
        return prefix + name + "-v" + version;
    }
}
