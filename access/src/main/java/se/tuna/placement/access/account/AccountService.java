package se.tuna.placement.access.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import se.tuna.placement.catalog.domain.Page;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.reference.ProgrammeSites;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Accounts and what they may do. Staff come with their first sign-in through their agency's
 * identity provider (or are registered ahead by an admin) and get roles and sites from an admin;
 * an employer's supervisor is invited by a coordinator to that one employer. Every change records
 * who made it; every change of a stored account is conditional on the version read.
 */
public class AccountService {

    private static final int MAX_ATTEMPTS = 20;
    private static final int LONGEST_NAME = 100;
    private static final int LONGEST_EMAIL = 254;
    /** An issuer is its provider's https address. */
    private static final int LONGEST_ISSUER = 1_000;
    /** OpenID Connect Core 1.0, 2: a subject must not exceed 255 ASCII characters. */
    private static final int LONGEST_SUBJECT = 255;

    private final AccountRepository accounts;
    private final EmployerRepository employers;
    private final ProgrammeSites sites;
    private final Set<StaffIdentity> bootstrapAdmins;
    private final Predicate<String> hasPassword;
    private final Clock clock;

    /**
     * @param bootstrapAdmins identities that become admins at sign-in, so an installation's first
     *                        admin can assign everyone else (configured by the operator)
     * @param hasPassword     whether the account with this id has set a password (the credentials
     *                        are kept apart, in the sign-in package)
     */
    public AccountService(AccountRepository accounts, EmployerRepository employers, ProgrammeSites sites,
            Set<StaffIdentity> bootstrapAdmins, Predicate<String> hasPassword, Clock clock) {
        this.accounts = accounts;
        this.employers = employers;
        this.sites = sites;
        this.bootstrapAdmins = Set.copyOf(bootstrapAdmins);
        this.hasPassword = hasPassword;
        this.clock = clock;
    }

    public Account get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    public Optional<Account> find(String id) {
        return id == null || id.isBlank() ? Optional.empty() : accounts.find(id).map(Versioned::value);
    }

    /** The accounts with these ids that exist, by id. */
    public Map<String, Account> findAll(Collection<String> ids) {
        return accounts.findAll(ids);
    }

    public Page<Account> list(AccountFilter filter, int page, int size) {
        if (page < 0 || size < 1 || ((long) page + 1) * size > AccountRepository.MOST_LISTED) {
            throw InvalidInputException.of("page", "must be within the first " + AccountRepository.MOST_LISTED + " accounts");
        }
        return accounts.list(filter, page, size);
    }

    /**
     * The account of a member of staff who has just proved who they are through their identity
     * provider: the one registered for that identity, or a new one without roles (an admin then
     * assigns them). The name and address follow what the provider says now.
     */
    public Account signInStaff(StaffIdentity identity, String displayName, String email) {
        String id = AccountIds.forIdentity(identity);
        String name = displayName == null || displayName.isBlank() ? identity.subject() : displayName.strip();
        String address = AccountIds.normalisedEmail(email);
        boolean bootstrap = bootstrapAdmins.contains(identity);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Versioned<Account>> read = accounts.find(id);
            try {
                if (read.isEmpty()) {
                    Account first = new Account(id, name, address, identity, bootstrap ? Set.of(Role.ADMIN) : Set.of(), Set.of(),
                            null, AccountStatus.ACTIVE, false, new Account.ChangeRecord(clock.instant(), null, clock.instant(), null));
                    accounts.create(first);
                    return first;
                }
                Account current = read.get().value();
                Set<Role> roles = current.roles();
                if (bootstrap && !current.has(Role.ADMIN)) {
                    roles = with(roles, Role.ADMIN);
                }
                Account now = current.withProfile(name, address == null ? current.email() : address)
                        .withAccess(roles, current.sites());
                if (now.equals(current)) {
                    return current;
                }
                Account recorded = now.withAudit(current.audit().changed(clock.instant(), id));
                accounts.replace(recorded, read.get());
                return recorded;
            } catch (VersionConflictException changedMeanwhile) {
                // Signed in twice at once, or an admin changed the account: read again.
            }
        }
        throw new ConflictException("The account is being changed by others; try again");
    }

    /** Registers a member of staff ahead of their first sign-in, with their roles and sites ready. */
    public Account registerStaff(StaffIdentity identity, String displayName, String email, Set<Role> roles, Set<String> siteIds,
            String by) {
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.requireText(violations, "identity.issuer", identity == null ? null : identity.issuer(), LONGEST_ISSUER);
        CommonRules.requireText(violations, "identity.subject", identity == null ? null : identity.subject(), LONGEST_SUBJECT);
        CommonRules.requireText(violations, "displayName", displayName, LONGEST_NAME);
        checkEmail(violations, email, false);
        checkAccess(violations, false, roles, siteIds);
        throwIfAny(violations);
        StaffIdentity stripped = new StaffIdentity(identity.issuer().strip(), identity.subject().strip());
        Instant now = clock.instant();
        Account account = new Account(AccountIds.forIdentity(stripped), displayName.strip(), AccountIds.normalisedEmail(email),
                stripped, roles, siteIds, null, AccountStatus.ACTIVE, false, new Account.ChangeRecord(now, by, now, by));
        try {
            accounts.create(account);
        } catch (VersionConflictException exists) {
            throw new ConflictException("identity", "That identity already has an account");
        }
        return account;
    }

    /**
     * Creates the account of an employer's supervisor, waiting for its password: or, when the
     * address was invited to the same employer before and has not set one, returns that account
     * (so the invitation can be sent again). An address with an account that is in use or switched
     * off is a conflict: such an account gets a reset link, or is switched on, instead.
     */
    public Account inviteSupervisor(String employerId, String email, String displayName, String by) {
        List<FieldViolation> violations = new ArrayList<>();
        if (employerId == null || employerId.isBlank()) {
            violations.add(new FieldViolation("employerId", "must name the employer"));
        }
        checkEmail(violations, email, true);
        CommonRules.requireText(violations, "displayName", displayName, LONGEST_NAME);
        throwIfAny(violations);
        if (employers.find(employerId).isEmpty()) {
            throw new NotFoundException("employer", employerId);
        }
        String id = AccountIds.forEmail(email);
        Optional<Account> existing = find(id);
        if (existing.isPresent()) {
            Account account = existing.get();
            if (!account.supervisor() || !employerId.equals(account.employerId())) {
                throw new ConflictException("email", "That address already has an account elsewhere on the platform");
            }
            if (account.status() != AccountStatus.INVITED) {
                throw new ConflictException("email", account.active()
                        ? "That supervisor has an account already; send them a new link if they forgot their password"
                        : "That supervisor's account is switched off; switch it on first");
            }
            return account;
        }
        Instant now = clock.instant();
        Account account = new Account(id, displayName.strip(), AccountIds.normalisedEmail(email), null, Set.of(Role.SUPERVISOR),
                Set.of(), employerId, AccountStatus.INVITED, false, new Account.ChangeRecord(now, by, now, by));
        try {
            accounts.create(account);
        } catch (VersionConflictException invitedAtTheSameMoment) {
            return get(id);
        }
        return account;
    }

    /**
     * An admin's change of what a member of staff does and where. Never of their own account:
     * nobody gives themselves a role (an admin who also coordinates gets that from another admin).
     */
    public Account changeAccess(String id, Set<Role> roles, Set<String> siteIds, String by) {
        if (id.equals(by)) {
            throw new ConflictException("id", "You cannot change your own roles or sites; another admin can");
        }
        return change(id, by, current -> {
            List<FieldViolation> violations = new ArrayList<>();
            checkAccess(violations, current.supervisor(), roles, siteIds);
            throwIfAny(violations);
            return current.withAccess(roles, siteIds);
        });
    }

    /** Stops an account from signing in; its sessions and tokens stop working at their next request. */
    public Account disable(String id, String by) {
        if (id.equals(by)) {
            throw new ConflictException("id", "You cannot disable your own account");
        }
        return change(id, by, current -> current.withStatus(AccountStatus.DISABLED));
    }

    /** Lets a disabled account sign in again: an invited one that never set a password stays invited. */
    public Account enable(String id, String by) {
        return change(id, by, current -> current.status() != AccountStatus.DISABLED ? current
                : current.withStatus((current.supervisor() || current.demo()) && !hasPassword.test(current.id())
                        ? AccountStatus.INVITED : AccountStatus.ACTIVE));
    }

    /** An invited account that has set its password. */
    public Account activate(String id) {
        return change(id, id, current -> current.status() == AccountStatus.INVITED ? current.withStatus(AccountStatus.ACTIVE)
                : current);
    }

    /** Creates or refreshes a demo account of the embedded default, active with these roles. */
    public Account ensureDemo(String email, String displayName, Set<Role> roles, Set<String> siteIds, String employerId) {
        String id = AccountIds.forEmail(email);
        Instant now = clock.instant();
        Account demo = new Account(id, displayName, AccountIds.normalisedEmail(email), null, roles, siteIds, employerId,
                AccountStatus.ACTIVE, true, new Account.ChangeRecord(now, null, now, null));
        Optional<Versioned<Account>> read = accounts.find(id);
        if (read.isEmpty()) {
            accounts.create(demo);
        } else if (!read.get().value().demo()) {
            throw new ConflictException("email", "A real account has the demo address " + email);
        } else {
            accounts.replace(demo, read.get());
        }
        return demo;
    }

    /** The ids of the demo accounts, to remove when the demo is switched off. */
    public List<String> demoAccountIds() {
        return accounts.demoAccountIds();
    }

    public void delete(String id) {
        accounts.delete(id);
    }

    private Account change(String id, String by, UnaryOperator<Account> change) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Versioned<Account> read = accounts.find(id).orElseThrow(() -> new NotFoundException("account", id));
            Account current = read.value();
            Account changed = change.apply(current);
            if (changed.equals(current)) {
                return current;
            }
            Account recorded = changed.withAudit(current.audit().changed(clock.instant(), by));
            try {
                accounts.replace(recorded, read);
                return recorded;
            } catch (VersionConflictException changedMeanwhile) {
                // Read again and apply the change to what the other writer stored.
            }
        }
        throw new ConflictException("The account is being changed by others; try again");
    }

    private void checkAccess(List<FieldViolation> violations, boolean supervisor, Set<Role> roles, Set<String> siteIds) {
        Set<Role> given = roles == null ? Set.of() : roles;
        if (supervisor && !given.equals(Set.of(Role.SUPERVISOR))) {
            violations.add(new FieldViolation("roles", "a supervisor's account has the supervisor role only"));
        }
        if (!supervisor && given.contains(Role.SUPERVISOR)) {
            violations.add(new FieldViolation("roles", "supervisors are invited to an employer by a coordinator"));
        }
        boolean needsSites = given.contains(Role.COORDINATOR) || given.contains(Role.COACH);
        if (needsSites) {
            CommonRules.checkSites(violations, "sites", siteIds, sites);
        } else if (siteIds != null && !siteIds.isEmpty()) {
            siteIds.stream().filter(site -> !sites.exists(site)).sorted()
                    .forEach(site -> violations.add(new FieldViolation("sites", "unknown site '" + site + "'")));
        }
    }

    private static void checkEmail(List<FieldViolation> violations, String email, boolean required) {
        if (required && (email == null || email.isBlank())) {
            violations.add(new FieldViolation("email", "must not be blank"));
            return;
        }
        if (email != null && email.strip().length() > LONGEST_EMAIL) {
            violations.add(new FieldViolation("email", "must be at most " + LONGEST_EMAIL + " characters"));
            return;
        }
        CommonRules.checkEmail(violations, "email", email == null ? null : email.strip());
    }

    private static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static Set<Role> with(Set<Role> roles, Role role) {
        Set<Role> all = new HashSet<>(roles);
        all.add(role);
        return all;
    }
}
