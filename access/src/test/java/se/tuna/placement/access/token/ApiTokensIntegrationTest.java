package se.tuna.placement.access.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tuna.placement.access.AccessFixtures.ADMIN;

import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.access.AccessFixtures;
import se.tuna.placement.access.AccessTestWiring;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.catalog.MutableClock;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

@RealElasticsearch
@SpringJUnitConfig(ApiTokensIntegrationTest.Wiring.class)
class ApiTokensIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(AccessTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(ApiTokensIntegrationTest.class));
        }
    }

    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountService accounts;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexNames names;

    // --- Issuing and authenticating ---

    @Test
    void anIssuedTokenActsAsItsAccount() {
        Account account = coordinator();

        IssuedToken issued = collected(tokens, tokens.issue(account.id(), "Import från ärendesystemet", 30, ADMIN));

        assertThat(tokens.authenticate(issued.secret())).contains(account.id());
    }

    @Test
    void anIssuedTokenSaysWhatItIsForWhoIssuedItAndWhenItExpires() {
        MutableClock clock = MutableClock.now();
        Account account = coordinator();

        ApiTokens at = tokensAt(clock);
        IssuedToken issued = collected(at, at.issue(account.id(), "  Import från ärendesystemet ", 30, ADMIN));

        ApiToken token = issued.token();
        assertThat(token.accountId()).isEqualTo(account.id());
        assertThat(token.name()).isEqualTo("Import från ärendesystemet");
        assertThat(token.createdBy()).isEqualTo(ADMIN);
        assertThat(token.createdAt()).isEqualTo(clock.instant());
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
        assertThat(token.revokedAt()).isNull();
        assertThat(issued.secret()).startsWith(ApiTokens.PREFIX + token.id() + "_");
    }

    @Test
    void theTokensSecretIsNeverListed() {
        Account account = coordinator();
        IssuedToken issued = collected(tokens, tokens.issue(account.id(), "Rapporter", 30, ADMIN));

        assertThat(tokens.list(account.id())).containsExactly(issued.token());
        assertThat(tokens.list(account.id()).toString()).doesNotContain(secretPart(issued));
    }

    @Test
    void aWrongSecretActsAsNobody() {
        IssuedToken issued = collected(tokens, tokens.issue(coordinator().id(), "Rapporter", 30, ADMIN));
        String secret = issued.secret();
        String wrong = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");

        assertThat(tokens.authenticate(wrong)).isEmpty();
    }

    @Test
    void oneTokensSecretDoesNotOpenAnother() {
        IssuedToken first = collected(tokens, tokens.issue(coordinator().id(), "Rapporter", 30, ADMIN));
        IssuedToken second = collected(tokens, tokens.issue(coordinator().id(), "Rapporter", 30, ADMIN));

        assertThat(tokens.authenticate(ApiTokens.PREFIX + second.token().id() + "_" + secretPart(first))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"tuna_", "tuna_0123456789abcdef0123456789abcdef", "tuna_0123456789abcdef0123456789abcdef_",
            "tuna__secret", "tuna_0123456789ABCDEF0123456789ABCDEF_secret", "tuna_0123456789abcdef_secret",
            "Bearer tuna_0123456789abcdef0123456789abcdef_secret", "xyz_0123456789abcdef0123456789abcdef_secret",
            "tuna_0123456789abcdef0123456789abcdef_secret"})
    void aMalformedOrUnknownTokenActsAsNobody(String bearer) {
        assertThat(tokens.authenticate(bearer)).isEmpty();
    }

    @Test
    void aRevokedTokenActsAsNobody() {
        IssuedToken issued = collected(tokens, tokens.issue(coordinator().id(), "Rapporter", 30, ADMIN));

        ApiToken revoked = tokens.revoke(issued.token().id(), "another-admin");

        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(revoked.revokedBy()).isEqualTo("another-admin");
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void revokingTwiceIsHarmless() {
        IssuedToken issued = collected(tokens, tokens.issue(coordinator().id(), "Rapporter", 30, ADMIN));
        ApiToken first = tokens.revoke(issued.token().id(), "another-admin");

        ApiToken second = tokens.revoke(issued.token().id(), ADMIN);

        assertThat(second).isEqualTo(first);
        assertThat(tokens.list(issued.token().accountId())).containsExactly(first);
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void revokingAnUnknownTokenIsNotFound() {
        assertThatThrownBy(() -> tokens.revoke("0123456789abcdef0123456789abcdef", ADMIN)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTokenWorksUntilItExpires() {
        MutableClock clock = MutableClock.now();
        ApiTokens tokensAt = tokensAt(clock);
        IssuedToken issued = collected(tokensAt, tokensAt.issue(coordinator().id(), "Rapporter", 1, ADMIN));

        clock.advance(Duration.ofDays(1).minusSeconds(1));

        assertThat(tokensAt.authenticate(issued.secret())).contains(issued.token().accountId());
    }

    @Test
    void anExpiredTokenActsAsNobody() {
        MutableClock clock = MutableClock.now();
        ApiTokens tokensAt = tokensAt(clock);
        IssuedToken issued = collected(tokensAt, tokensAt.issue(coordinator().id(), "Rapporter", 1, ADMIN));

        clock.advance(Duration.ofDays(1));

        assertThat(tokensAt.authenticate(issued.secret())).isEmpty();
    }

    // --- What may be issued ---

    @Test
    void aTokenIsValidForADayAtLeast() {
        Account account = coordinator();

        assertThatThrownBy(() -> tokens.issue(account.id(), "Rapporter", 0, ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("validDays"));
        assertThat(tokens.list(account.id())).isEmpty();
    }

    @Test
    void aTokenIsValidForAYearAtMost() {
        Account account = coordinator();

        assertThatThrownBy(() -> tokens.issue(account.id(), "Rapporter", ApiTokens.LONGEST_VALIDITY_DAYS + 1, ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("validDays"));
        assertThat(tokens.list(account.id())).isEmpty();
    }

    @Test
    void theLongestValidityIsAllowed() {
        Account account = coordinator();

        IssuedToken issued = collected(tokens, tokens.issue(account.id(), "Rapporter", ApiTokens.LONGEST_VALIDITY_DAYS, ADMIN));

        assertThat(tokens.authenticate(issued.secret())).contains(account.id());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void aTokenMustSayWhatItIsFor(String name) {
        Account account = coordinator();

        assertThatThrownBy(() -> tokens.issue(account.id(), name, 30, ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("name"));
        assertThat(tokens.list(account.id())).isEmpty();
    }

    @Test
    void aTokensNameIsAtMostAHundredCharacters() {
        Account account = coordinator();

        assertThatThrownBy(() -> tokens.issue(account.id(), "x".repeat(101), 30, ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("name"));
        assertThat(tokens.list(account.id())).isEmpty();
    }

    @Test
    void onlyAnActiveAccountGetsAToken() {
        Account account = coordinator();
        accounts.disable(account.id(), ADMIN);

        assertThatThrownBy(() -> tokens.issue(account.id(), "Rapporter", 30, ADMIN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("accountId"));
        assertThat(tokens.list(account.id())).isEmpty();
    }

    @Test
    void anUnknownAccountGetsNoToken() {
        assertThatThrownBy(() -> tokens.issue("no-such-account", "Rapporter", 30, ADMIN)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAccountsTokensAreListedNewestFirst() {
        MutableClock clock = MutableClock.now();
        ApiTokens tokensAt = tokensAt(clock);
        Account account = coordinator();
        IssuedToken older = collected(tokensAt, tokensAt.issue(account.id(), "Första", 30, ADMIN));
        clock.advance(Duration.ofMinutes(1));
        IssuedToken newer = collected(tokensAt, tokensAt.issue(account.id(), "Andra", 30, ADMIN));
        tokensAt.issue(coordinator().id(), "Någon annans", 30, ADMIN);

        List<ApiToken> listed = tokens.list(account.id());

        assertThat(listed).containsExactly(newer.token(), older.token());
    }

    // --- Fixtures ---

    private Account coordinator() {
        return AccessFixtures.staff(accounts, Role.COORDINATOR);
    }

    @Test
    void anIssuedTokenWorksForNobodyUntilItsPersonCollectsIt() {
        Account account = coordinator();

        ApiToken issued = tokens.issue(account.id(), "Rapporter", 30, ADMIN);

        assertThat(issued.collectedAt()).isNull();
        assertThat(tokens.authenticate(ApiTokens.PREFIX + issued.id() + "_")).isEmpty();
        IssuedToken collected = tokens.collect(issued.id(), account.id());
        assertThat(tokens.authenticate(collected.secret())).contains(account.id());
    }

    @Test
    void aTokensSecretIsCollectedOnceAndOnlyByItsOwnPerson() {
        Account account = coordinator();
        ApiToken issued = tokens.issue(account.id(), "Rapporter", 30, ADMIN);

        assertThatThrownBy(() -> tokens.collect(issued.id(), ADMIN)).isInstanceOf(NotFoundException.class);
        tokens.collect(issued.id(), account.id());
        assertThatThrownBy(() -> tokens.collect(issued.id(), account.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRevokedTokenCannotBeCollected() {
        Account account = coordinator();
        ApiToken issued = tokens.issue(account.id(), "Rapporter", 30, ADMIN);
        tokens.revoke(issued.id(), ADMIN);

        assertThatThrownBy(() -> tokens.collect(issued.id(), account.id())).isInstanceOf(ConflictException.class);
    }

    /** The token collected by its own account, as its person does after an admin issued it. */
    private static IssuedToken collected(ApiTokens from, ApiToken issued) {
        return from.collect(issued.id(), issued.accountId());
    }

    private static String secretPart(IssuedToken issued) {
        return issued.secret().substring((ApiTokens.PREFIX + issued.token().id() + "_").length());
    }

    /** The same tokens, on the same index, with a clock the test moves. */
    private ApiTokens tokensAt(MutableClock clock) {
        return new ApiTokens(new ApiTokenRepository(client, names, new ApiTokenDocumentMapperImpl()), accounts, clock);
    }

    private static List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(FieldViolation::field).toList();
    }
}
