package se.tuna.placement.access.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.security.crypto.password.PasswordEncoder;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountIds;
import se.tuna.placement.access.account.AccountRepository;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.AccountStatus;
import se.tuna.placement.access.signin.Credentials.LinkPurpose;
import se.tuna.placement.access.signin.Credentials.OneTimeLink;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Passwords of the accounts that have one (employers' supervisors, and the demo accounts): set
 * once through a one-time link, checked at sign-in. Passwords are hashed slowly (bcrypt through
 * Spring Security's delegating encoder, so a stronger algorithm can take over later); links and
 * their secrets are random, stored only as a hash, used once, and replaced by a newer one.
 */
public class PasswordCredentials {

    /** Long enough for a supervisor to find the e-mail after a holiday weekend. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    /** Short, as the person asked for it a moment ago. */
    public static final Duration RESET_VALIDITY = Duration.ofHours(2);
    private static final int MAX_ATTEMPTS = 10;

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final CredentialsRepository credentials;
    private final PasswordEncoder encoder;
    private final Clock clock;
    /** Checked against when no account exists, so an unknown address takes as long as a wrong password. */
    private final String unknownAccountHash;

    public PasswordCredentials(AccountRepository accounts, AccountService accountService, CredentialsRepository credentials,
            PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.credentials = credentials;
        this.encoder = encoder;
        this.clock = clock;
        this.unknownAccountHash = encoder.encode(Secrets.newSecret());
    }

    /**
     * Issues a new one-time link for a password account; an earlier one stops working. Only
     * supervisors and demo accounts have passwords: staff sign in through their agency.
     */
    public IssuedLink issueLink(String accountId, LinkPurpose purpose, String issuedBy) {
        Account account = accountService.get(accountId);
        if (!account.supervisor() && !account.demo()) {
            throw new ConflictException("accountId", "Staff sign in through their agency's identity provider, never with a password");
        }
        String secret = Secrets.newSecret();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(purpose == LinkPurpose.INVITATION ? INVITATION_VALIDITY : RESET_VALIDITY);
        OneTimeLink link = new OneTimeLink(purpose, Secrets.hash(secret), now, issuedBy, expiresAt);
        update(accountId, current -> current.withLink(link));
        return new IssuedLink(accountId, account.email(), purpose, accountId + "." + secret, expiresAt);
    }

    /** The account a link is for and why, if the link is valid now; nothing is changed. */
    public Optional<LinkHolder> check(String token) {
        return validLink(token).map(found -> new LinkHolder(found.account(), found.link().purpose()));
    }

    /**
     * Sets the account's password through a valid link, which is used up; an invited account
     * becomes active.
     */
    public Account redeem(String token, String password, String repeated) {
        ValidLink found = validLink(token).orElseThrow(InvalidLinkException::new);
        Account account = found.account();
        PasswordPolicy.check(password, account.email()).ifPresent(problem -> {
            throw new WeakPasswordException(problem);
        });
        if (!password.equals(repeated)) {
            throw new WeakPasswordException(PasswordPolicy.Problem.MISMATCH);
        }
        String hash = encoder.encode(password);
        String secretHash = found.link().secretHash();
        update(account.id(), current -> {
            if (current.link() == null || !current.link().secretHash().equals(secretHash)) {
                throw new InvalidLinkException();
            }
            return current.withPassword(hash, clock.instant());
        });
        return accountService.activate(account.id());
    }

    /** Sets a password without a link: for the demo accounts only, which exist only while the demo is on. */
    public void setDemoPassword(String accountId, String password) {
        if (!accountService.get(accountId).demo()) {
            throw new IllegalArgumentException("Only a demo account gets its password without a link");
        }
        String hash = encoder.encode(password);
        update(accountId, current -> current.withPassword(hash, clock.instant()));
    }

    /** The active password account with this address and password; the same time is spent whatever is wrong. */
    public Optional<Account> verify(String email, String password) {
        if (email == null || password == null || email.isBlank()) {
            encoder.matches("", unknownAccountHash);
            return Optional.empty();
        }
        String id = AccountIds.forEmail(email);
        Optional<Account> account = accounts.find(id).map(Versioned::value);
        String hash = credentials.find(id).map(v -> v.value().passwordHash()).orElse(null);
        boolean matches = encoder.matches(password, hash == null ? unknownAccountHash : hash);
        if (!matches || hash == null || account.isEmpty() || !account.get().active()) {
            return Optional.empty();
        }
        return account;
    }

    /** Whether the account's password was set after {@code since}: a sign-in from before it no longer holds. */
    public boolean passwordSetAfter(String accountId, Instant since) {
        return credentials.find(accountId).map(read -> read.value().passwordSetAt())
                .filter(setAt -> setAt != null && setAt.isAfter(since)).isPresent();
    }

    /** Removes an account's credentials (with the account, or when the demo is switched off). */
    public void forget(String accountId) {
        credentials.delete(accountId);
    }

    private Optional<ValidLink> validLink(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        String accountId = token.substring(0, dot);
        String secret = token.substring(dot + 1);
        Optional<OneTimeLink> link = credentials.find(accountId).map(v -> v.value().link())
                .filter(l -> Secrets.matches(secret, l.secretHash()) && l.expiresAt().isAfter(clock.instant()));
        if (link.isEmpty()) {
            return Optional.empty();
        }
        return accounts.find(accountId).map(Versioned::value)
                .filter(account -> account.status() != AccountStatus.DISABLED)
                .map(account -> new ValidLink(account, link.get()));
    }

    private void update(String accountId, UnaryOperator<Credentials> change) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Versioned<Credentials>> read = credentials.find(accountId);
            Credentials current = read.map(Versioned::value).orElse(new Credentials(accountId, null, null, null));
            try {
                credentials.save(change.apply(current), read);
                return;
            } catch (VersionConflictException changedMeanwhile) {
                // Read again and apply the change to what the other writer stored.
            }
        }
        throw new ConflictException("The account's credentials are being changed by others; try again");
    }

    /**
     * Whom a valid link is for.
     *
     * @param account the account
     * @param purpose why the link was issued
     */
    public record LinkHolder(Account account, LinkPurpose purpose) {
    }

    private record ValidLink(Account account, OneTimeLink link) {
    }
}
