package se.tuna.placement.access.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.signin.Secrets;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Personal API tokens: an admin issues one for a person's account; the person collects its secret,
 * once, signed in as themselves; a program sends it as {@code Authorization: Bearer tuna_<id>_<secret>}
 * and acts as that person, with exactly their roles and sites, until the token expires or is revoked.
 */
public class ApiTokens {

    public static final String PREFIX = "tuna_";
    public static final int LONGEST_VALIDITY_DAYS = 366;
    private static final int LONGEST_NAME = 100;

    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final Clock clock;

    public ApiTokens(ApiTokenRepository tokens, AccountService accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Issues a token for the account, valid for {@code validDays}; it works once its person has collected it. */
    public ApiToken issue(String accountId, String name, int validDays, String issuedBy) {
        if (name == null || name.isBlank() || name.length() > LONGEST_NAME) {
            throw InvalidInputException.of("name", "must say what the token is for, in at most " + LONGEST_NAME + " characters");
        }
        if (validDays < 1 || validDays > LONGEST_VALIDITY_DAYS) {
            throw InvalidInputException.of("validDays", "must be between 1 and " + LONGEST_VALIDITY_DAYS);
        }
        Account account = accounts.get(accountId);
        if (!account.active()) {
            throw new ConflictException("accountId", "The account is not active");
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        Instant now = clock.instant();
        ApiToken token = new ApiToken(id, accountId, name.strip(), now, issuedBy, now.plus(Duration.ofDays(validDays)), null,
                null, null);
        tokens.create(token, null);
        return token;
    }

    /**
     * Gives the person a token issued for their account its secret, shown this once; a token
     * already collected, revoked or expired is a conflict, and another's token is not theirs.
     */
    public IssuedToken collect(String id, String accountId) {
        Versioned<ApiTokenDocument> read = tokens.find(id)
                .filter(found -> found.value().accountId().equals(accountId))
                .orElseThrow(() -> new NotFoundException("API token", id));
        ApiToken token = tokens.toToken(read.value());
        if (token.collectedAt() != null) {
            throw new ConflictException("id", "The token's secret has been collected; it is never shown again");
        }
        if (token.revokedAt() != null || !token.expiresAt().isAfter(clock.instant())) {
            throw new ConflictException("id", "The token is revoked or has expired");
        }
        String secret = Secrets.newSecret();
        ApiToken collected = token.collected(clock.instant());
        try {
            tokens.replace(collected, Secrets.hash(secret), read);
        } catch (VersionConflictException collectedAtTheSameMoment) {
            throw new ConflictException("id", "The token's secret has been collected; it is never shown again");
        }
        return new IssuedToken(collected, PREFIX + id + "_" + secret);
    }

    /** The account a bearer token acts as, if the token is valid now. */
    public Optional<String> authenticate(String bearer) {
        if (bearer == null || !bearer.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = bearer.substring(PREFIX.length());
        int separator = rest.indexOf('_');
        if (separator <= 0 || separator == rest.length() - 1 || !rest.substring(0, separator).matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        String secret = rest.substring(separator + 1);
        return tokens.find(rest.substring(0, separator)).map(Versioned::value)
                .filter(document -> Secrets.matches(secret, document.secretHash()))
                .filter(document -> tokens.toToken(document).usableAt(clock.instant()))
                .map(ApiTokenDocument::accountId);
    }

    /** Revokes a token at once; revoking it again changes nothing. */
    public ApiToken revoke(String id, String revokedBy) {
        for (int attempt = 1; attempt <= 10; attempt++) {
            Versioned<ApiTokenDocument> read = tokens.find(id).orElseThrow(() -> new NotFoundException("API token", id));
            ApiToken token = tokens.toToken(read.value());
            if (token.revokedAt() != null) {
                return token;
            }
            ApiToken revoked = token.revoked(clock.instant(), revokedBy);
            try {
                tokens.replace(revoked, read);
                return revoked;
            } catch (VersionConflictException changedMeanwhile) {
                // Revoked by another admin at the same moment, most likely: read again.
            }
        }
        throw new ConflictException("The token is being changed by others; try again");
    }

    public ApiToken get(String id) {
        return tokens.find(id).map(read -> tokens.toToken(read.value())).orElseThrow(() -> new NotFoundException("API token", id));
    }

    /** The tokens of one account, or of all when {@code accountId} is {@code null}; newest first. */
    public List<ApiToken> list(String accountId) {
        return tokens.list(accountId);
    }
}
