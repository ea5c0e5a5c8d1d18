package se.tuna.placement.access.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Account ids derived from what identifies a person, so that one identity or one e-mail address
 * can only ever have one account: creating it twice is a version conflict in Elasticsearch, not a
 * duplicate. The id reveals neither the address nor the identity.
 */
public final class AccountIds {

    private AccountIds() {
    }

    /** The account of an identity provider's user. */
    public static String forIdentity(StaffIdentity identity) {
        // An issuer is an https URL, in which '|' cannot stand unescaped, so the key is unambiguous.
        return uuid("identity:" + identity.issuer() + "|" + identity.subject());
    }

    /** The password account of an e-mail address (supervisors and the demo accounts). */
    public static String forEmail(String email) {
        return uuid("email:" + normalisedEmail(email));
    }

    /** Addresses are compared without case and surrounding space. */
    public static String normalisedEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
