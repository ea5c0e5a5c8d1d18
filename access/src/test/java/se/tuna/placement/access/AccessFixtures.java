package se.tuna.placement.access;

import java.util.Set;
import java.util.UUID;

import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.account.StaffIdentity;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.employer.EmployerService;

/**
 * Small valid accounts, identities, addresses and employers for the access tests, each new one
 * unique, so tests sharing an index never meet each other's data.
 */
public final class AccessFixtures {

    public static final String ISSUER = "https://login.kommun.example/realms/personal";
    /** Who makes the changes in the tests: an admin's or a coordinator's account id. */
    public static final String ADMIN = "admin-account";

    private AccessFixtures() {
    }

    /** A new identity at the test issuer. */
    public static StaffIdentity staffIdentity() {
        return new StaffIdentity(ISSUER, "user-" + UUID.randomUUID());
    }

    /** A new e-mail address. */
    public static String email() {
        return "person-" + UUID.randomUUID().toString().substring(0, 8) + "@arbetsgivare.example";
    }

    /** A new member of staff with these roles at the Eskilstuna site (sites only where a role needs them). */
    public static Account staff(AccountService accounts, Role... roles) {
        Set<Role> given = Set.of(roles);
        Set<String> sites = given.contains(Role.COORDINATOR) || given.contains(Role.COACH) ? Set.of("eskilstuna") : Set.of();
        return accounts.registerStaff(staffIdentity(), "Personal " + UUID.randomUUID().toString().substring(0, 6), null, given,
                sites, ADMIN);
    }

    /** A new coach serving these sites. */
    public static Account coach(AccountService accounts, String... sites) {
        return accounts.registerStaff(staffIdentity(), "Coach " + UUID.randomUUID().toString().substring(0, 6), null,
                Set.of(Role.COACH), Set.of(sites), ADMIN);
    }

    /** A newly registered employer, with an organisation number of its own. */
    public static Employer employer(EmployerService employers) {
        String name = "Arbetsgivare " + UUID.randomUUID().toString().substring(0, 6) + " AB";
        return employers.register(CatalogFixtures.employer(CatalogFixtures.freshOrganisationNumber(), name));
    }
}
