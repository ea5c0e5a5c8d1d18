package se.tuna.placement.access.policy;

import java.util.EnumSet;
import java.util.Set;

import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.Role;

/**
 * The signed-in person a request acts for, as their account is now: every decision and change is
 * recorded under this person, and what they may see follows from their roles, sites and employer.
 *
 * @param accountId   their account
 * @param displayName their name, for records of who did what
 * @param roles       what they do
 * @param sites       the sites they serve (coordinators, coaches)
 * @param employerId  a supervisor's employer, otherwise {@code null}
 */
public record Actor(String accountId, String displayName, Set<Role> roles, Set<String> sites, String employerId) {

    public Actor {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        sites = sites == null ? Set.of() : Set.copyOf(sites);
    }

    public static Actor of(Account account) {
        return new Actor(account.id(), account.displayName(), account.roles(), account.sites(), account.employerId());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean serves(String site) {
        return site != null && sites.contains(site);
    }

    /** A supervisor of this employer. */
    public boolean supervises(String employer) {
        return has(Role.SUPERVISOR) && employer != null && employer.equals(employerId);
    }
}
