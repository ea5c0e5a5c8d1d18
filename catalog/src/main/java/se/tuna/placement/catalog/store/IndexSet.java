package se.tuna.placement.catalog.store;

import java.util.List;

/**
 * The indices one module keeps, declared as a bean so the application creates them all at start.
 *
 * @param owner   the module, for the log
 * @param indices its indices
 */
public record IndexSet(String owner, List<IndexDefinition> indices) {

    public IndexSet {
        indices = List.copyOf(indices);
    }
}
