package se.tuna.placement.access.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's account on the platform (konto): a member of an agency's staff who signs in through
 * their agency's identity provider, or an employer's supervisor (handledare) who signs in with a
 * password set through an invitation. What the account may do follows from its roles, the sites
 * it serves and, for a supervisor, its one employer.
 *
 * @param id          stable id, derived from the identity or the e-mail address (one account each)
 * @param displayName the name shown to colleagues and in records of who did what
 * @param email       the address (supervisors sign in with it); may be {@code null} for staff
 * @param identity    the identity provider's user, for staff; {@code null} for password accounts
 * @param roles       what the person does; empty until an admin assigns some
 * @param sites       the programme sites (verksamheter) a coordinator or coach serves
 * @param employerId  a supervisor's employer; {@code null} for staff
 * @param status      whether it may sign in
 * @param demo        a demo account of the embedded default, removed when the demo is switched off
 * @param audit       who created and last changed it, and when
 */
public record Account(
        String id,
        String displayName,
        String email,
        StaffIdentity identity,
        Set<Role> roles,
        Set<String> sites,
        String employerId,
        AccountStatus status,
        boolean demo,
        ChangeRecord audit) {

    public Account {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        sites = sites == null ? Set.of() : Set.copyOf(sites);
    }

    public Account withProfile(String newName, String newEmail) {
        return new Account(id, newName, newEmail, identity, roles, sites, employerId, status, demo, audit);
    }

    public Account withAccess(Set<Role> newRoles, Set<String> newSites) {
        return new Account(id, displayName, email, identity, newRoles, newSites, employerId, status, demo, audit);
    }

    public Account withStatus(AccountStatus newStatus) {
        return new Account(id, displayName, email, identity, roles, sites, employerId, newStatus, demo, audit);
    }

    public Account withAudit(ChangeRecord newAudit) {
        return new Account(id, displayName, email, identity, roles, sites, employerId, status, demo, newAudit);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean supervisor() {
        return has(Role.SUPERVISOR);
    }

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }

    /**
     * Who created an account and who changed it last.
     *
     * @param createdAt when it was created
     * @param createdBy the account that created it, or {@code null} when it came with the first sign-in
     * @param changedAt when it was last changed
     * @param changedBy the account that changed it
     */
    public record ChangeRecord(Instant createdAt, String createdBy, Instant changedAt, String changedBy) {

        public ChangeRecord changed(Instant at, String by) {
            return new ChangeRecord(createdAt, createdBy, at, by);
        }
    }
}
