package se.tuna.placement.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountIds;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.account.StaffIdentity;
import se.tuna.placement.access.signin.Credentials.LinkPurpose;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.access.token.ApiTokens;

/**
 * The people the web tests act as, made through the platform's own services: staff registered
 * ahead of their first sign-in, supervisors invited to an employer who set their password through
 * the link, each with a personal API token. Made once per application context.
 */
public class TestAccounts {

    /** The issuer the test staff identities claim; tests that sign in through a real provider use its own. */
    public static final String TEST_ISSUER = "https://identity.test.example";
    public static final String PASSWORD = "ett långt testlösenord";
    public static final Set<String> ALL_SITES = Set.of("eskilstuna", "strangnas", "katrineholm-flen-vingaker", "nykoping-oxelosund");

    private final AccountService accounts;
    private final PasswordCredentials credentials;
    private final ApiTokens tokens;
    private final Map<String, SignedIn> made = new ConcurrentHashMap<>();

    public TestAccounts(AccountService accounts, PasswordCredentials credentials, ApiTokens tokens) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.tokens = tokens;
    }

    /**
     * A person the tests act as.
     *
     * @param account their account
     * @param token   their personal API token
     */
    public record SignedIn(Account account, String token) {

        public String id() {
            return account.id();
        }
    }

    /** A member of staff with these roles and sites, the same account for the same key. */
    public SignedIn staff(String key, Set<Role> roles, Set<String> sites) {
        return made.computeIfAbsent("staff:" + key, k -> {
            StaffIdentity identity = new StaffIdentity(TEST_ISSUER, key);
            Account account = accounts.find(AccountIds.forIdentity(identity))
                    .map(existing -> accounts.changeAccess(existing.id(), roles, sites, null))
                    .orElseGet(() -> accounts.registerStaff(identity, name(key), key + "@staff.test.example", roles, sites, null));
            return withToken(account);
        });
    }

    /** A supervisor of the employer who has set their password, the same account for the same key. */
    public SignedIn supervisor(String key, String employerId) {
        return made.computeIfAbsent("supervisor:" + key, k -> {
            String email = key + "@employer.test.example";
            Account invited = accounts.find(AccountIds.forEmail(email)).filter(Account::active)
                    .orElseGet(() -> accounts.inviteSupervisor(employerId, email, name(key), null));
            if (!invited.active()) {
                String link = credentials.issueLink(invited.id(), LinkPurpose.INVITATION, null).token();
                credentials.redeem(link, PASSWORD, PASSWORD);
            }
            return withToken(accounts.get(invited.id()));
        });
    }

    private SignedIn withToken(Account account) {
        String id = tokens.issue(account.id(), "Tests", 1, "test-admin").id();
        return new SignedIn(account, tokens.collect(id, account.id()).secret());
    }

    private static String name(String key) {
        return "Test " + key;
    }
}
