package se.tuna.placement.catalog.store;

/**
 * The prefix every index and alias of this installation starts with: {@code tuna-} by default;
 * integration tests use one per test class so classes never see each other's documents.
 *
 * @param prefix prepended to every alias and index name
 */
public record IndexNames(String prefix) {

    public static final IndexNames DEFAULT = new IndexNames("tuna-");

    public String alias(IndexDefinition index) {
        return index.alias(prefix);
    }
}
