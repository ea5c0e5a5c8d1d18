package se.tuna.placement.access.account;

import se.tuna.placement.catalog.store.IndexDefinition;

/** The access module's indices, behind their aliases. */
public final class AccountIndices {

    public static final IndexDefinition ACCOUNTS = new IndexDefinition("accounts", 1, "elasticsearch/accounts-v1.json");
    public static final IndexDefinition CREDENTIALS =
            new IndexDefinition("credentials", 1, "elasticsearch/credentials-v1.json");
    public static final IndexDefinition API_TOKENS = new IndexDefinition("api-tokens", 1, "elasticsearch/api-tokens-v1.json");

    private AccountIndices() {
    }
}
