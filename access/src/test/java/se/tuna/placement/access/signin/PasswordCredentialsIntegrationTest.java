package se.tuna.placement.access.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tuna.placement.access.AccessFixtures.ADMIN;
import static se.tuna.placement.access.AccessFixtures.email;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.access.AccessFixtures;
import se.tuna.placement.access.AccessTestWiring;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountRepository;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.AccountStatus;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.signin.Credentials.LinkPurpose;
import se.tuna.placement.catalog.MutableClock;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

@RealElasticsearch
@SpringJUnitConfig(PasswordCredentialsIntegrationTest.Wiring.class)
class PasswordCredentialsIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(AccessTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(PasswordCredentialsIntegrationTest.class));
        }
    }

    private static final String PASSWORD = "fyra ord i rad räcker";
    private static final String OTHER_PASSWORD = "en annan lång fras nu";

    @Autowired
    PasswordCredentials credentials;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    EmployerService employerService;
    @Autowired
    CredentialsRepository credentialsRepository;
    @Autowired
    PasswordEncoder encoder;

    Employer employer;

    @BeforeEach
    void registerEmployer() {
        employer = AccessFixtures.employer(employerService);
    }

    // --- Issuing links ---

    @Test
    void staffGetNoLink() {
        Account staff = AccessFixtures.staff(accounts, Role.COORDINATOR);

        assertThatThrownBy(() -> credentials.issueLink(staff.id(), LinkPurpose.RESET, ADMIN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("accountId"));
    }

    @Test
    void anInvitationGoesToTheSupervisorsAddressAndLastsAWeek() {
        MutableClock clock = MutableClock.now();
        Account supervisor = invitedSupervisor();

        IssuedLink link = credentialsAt(clock).issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        assertThat(link.accountId()).isEqualTo(supervisor.id());
        assertThat(link.email()).isEqualTo(supervisor.email());
        assertThat(link.purpose()).isEqualTo(LinkPurpose.INVITATION);
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(PasswordCredentials.INVITATION_VALIDITY));
    }

    @Test
    void aResetLinkLastsTwoHours() {
        MutableClock clock = MutableClock.now();
        Account supervisor = invitedSupervisor();

        IssuedLink link = credentialsAt(clock).issueLink(supervisor.id(), LinkPurpose.RESET, null);

        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(2)));
    }

    @Test
    void checkingALinkTellsWhoseItIsAndUsesNothing() {
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        assertThat(credentials.check(link.token()))
                .contains(new PasswordCredentials.LinkHolder(supervisor, LinkPurpose.INVITATION));
        assertThat(credentials.check(link.token())).isPresent();
    }

    // --- Redeeming links ---

    @Test
    void anInvitationSetsThePasswordAndActivatesTheAccount() {
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        Account redeemed = credentials.redeem(link.token(), PASSWORD, PASSWORD);

        assertThat(redeemed.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(accounts.get(supervisor.id()).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(credentials.verify(supervisor.email(), PASSWORD)).map(Account::id).contains(supervisor.id());
    }

    @Test
    void aLinkWorksOnceAndNeverAgain() {
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);
        credentials.redeem(link.token(), PASSWORD, PASSWORD);

        assertThatThrownBy(() -> credentials.redeem(link.token(), OTHER_PASSWORD, OTHER_PASSWORD))
                .isInstanceOf(InvalidLinkException.class);
        assertThat(credentials.check(link.token())).isEmpty();
        assertThat(credentials.verify(supervisor.email(), PASSWORD)).isPresent();
    }

    @Test
    void anInvitationWorksUntilItExpires() {
        MutableClock clock = MutableClock.now();
        PasswordCredentials credentialsAt = credentialsAt(clock);
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentialsAt.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        clock.advance(PasswordCredentials.INVITATION_VALIDITY.minusSeconds(1));

        assertThat(credentialsAt.redeem(link.token(), PASSWORD, PASSWORD).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anExpiredInvitationDoesNotWork() {
        MutableClock clock = MutableClock.now();
        PasswordCredentials credentialsAt = credentialsAt(clock);
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentialsAt.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        clock.advance(PasswordCredentials.INVITATION_VALIDITY);

        assertThat(credentialsAt.check(link.token())).isEmpty();
        assertThatThrownBy(() -> credentialsAt.redeem(link.token(), PASSWORD, PASSWORD)).isInstanceOf(InvalidLinkException.class);
        assertThat(accounts.get(supervisor.id()).status()).isEqualTo(AccountStatus.INVITED);
    }

    @Test
    void aResetLinkExpiresAfterTwoHours() {
        MutableClock clock = MutableClock.now();
        PasswordCredentials credentialsAt = credentialsAt(clock);
        Account supervisor = activeSupervisor();
        IssuedLink link = credentialsAt.issueLink(supervisor.id(), LinkPurpose.RESET, null);

        clock.advance(PasswordCredentials.RESET_VALIDITY);

        assertThatThrownBy(() -> credentialsAt.redeem(link.token(), OTHER_PASSWORD, OTHER_PASSWORD))
                .isInstanceOf(InvalidLinkException.class);
        assertThat(credentials.verify(supervisor.email(), PASSWORD)).isPresent();
    }

    @Test
    void aNewerLinkReplacesTheEarlierOne() {
        Account supervisor = invitedSupervisor();
        IssuedLink earlier = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);
        IssuedLink newer = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        assertThatThrownBy(() -> credentials.redeem(earlier.token(), PASSWORD, PASSWORD))
                .isInstanceOf(InvalidLinkException.class);
        assertThat(credentials.redeem(newer.token(), PASSWORD, PASSWORD).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aTamperedSecretDoesNotWork() {
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);
        String token = link.token();
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        assertThatThrownBy(() -> credentials.redeem(tampered, PASSWORD, PASSWORD)).isInstanceOf(InvalidLinkException.class);
        assertThat(accounts.get(supervisor.id()).status()).isEqualTo(AccountStatus.INVITED);
    }

    @Test
    void aSecretDoesNotWorkForAnotherAccount() {
        Account supervisor = invitedSupervisor();
        Account other = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);
        credentials.issueLink(other.id(), LinkPurpose.INVITATION, ADMIN);
        String secret = link.token().substring(link.token().indexOf('.') + 1);

        assertThatThrownBy(() -> credentials.redeem(other.id() + "." + secret, PASSWORD, PASSWORD))
                .isInstanceOf(InvalidLinkException.class);
        assertThat(accounts.get(other.id()).status()).isEqualTo(AccountStatus.INVITED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"no-dot-at-all", ".secret-without-account", "account-without-secret.", "unknown-account.secret"})
    void aMalformedOrUnknownTokenDoesNotWork(String token) {
        assertThat(credentials.check(token)).isEmpty();
        assertThatThrownBy(() -> credentials.redeem(token, PASSWORD, PASSWORD)).isInstanceOf(InvalidLinkException.class);
    }

    @Test
    void aDisabledAccountsLinkDoesNotWork() {
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);
        accounts.disable(supervisor.id(), ADMIN);

        assertThatThrownBy(() -> credentials.redeem(link.token(), PASSWORD, PASSWORD)).isInstanceOf(InvalidLinkException.class);
        assertThat(accounts.get(supervisor.id()).status()).isEqualTo(AccountStatus.DISABLED);
    }

    @Test
    void aResetReplacesThePassword() {
        Account supervisor = activeSupervisor();
        IssuedLink reset = credentials.issueLink(supervisor.id(), LinkPurpose.RESET, null);

        credentials.redeem(reset.token(), OTHER_PASSWORD, OTHER_PASSWORD);

        assertThat(credentials.verify(supervisor.email(), OTHER_PASSWORD)).isPresent();
        assertThat(credentials.verify(supervisor.email(), PASSWORD)).isEmpty();
    }

    // --- Weak passwords ---

    @Test
    void aRepetitionThatDiffersIsRefusedAndTheLinkStillWorks() {
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        assertThatThrownBy(() -> credentials.redeem(link.token(), PASSWORD, PASSWORD + " "))
                .isInstanceOfSatisfying(WeakPasswordException.class,
                        e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.MISMATCH));
        assertThat(credentials.check(link.token())).isPresent();
        assertThat(accounts.get(supervisor.id()).status()).isEqualTo(AccountStatus.INVITED);
    }

    @Test
    void aShortPasswordIsRefusedAsTooShortOnThePasswordField() {
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        assertThatThrownBy(() -> credentials.redeem(link.token(), "kort ord", "kort ord"))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> {
                    assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.TOO_SHORT);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("password");
                });
        assertThat(credentials.check(link.token())).isPresent();
        assertThat(credentials.verify(supervisor.email(), "kort ord")).isEmpty();
    }

    @Test
    void aMissingPasswordIsRefusedAsTooShort() {
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        assertThatThrownBy(() -> credentials.redeem(link.token(), null, null))
                .isInstanceOfSatisfying(WeakPasswordException.class,
                        e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.TOO_SHORT));
        assertThat(credentials.check(link.token())).isPresent();
    }

    @Test
    void aCommonPasswordIsRefusedAsTooCommon() {
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        assertThatThrownBy(() -> credentials.redeem(link.token(), "Password1234", "Password1234"))
                .isInstanceOfSatisfying(WeakPasswordException.class,
                        e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.TOO_COMMON));
        assertThat(credentials.check(link.token())).isPresent();
    }

    @Test
    void aPasswordHoldingTheAddressIsRefused() {
        Account supervisor = invitedSupervisor();
        IssuedLink link = credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);
        String password = "hemligt " + supervisor.email().substring(0, supervisor.email().indexOf('@')).toUpperCase();

        assertThatThrownBy(() -> credentials.redeem(link.token(), password, password))
                .isInstanceOfSatisfying(WeakPasswordException.class,
                        e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.CONTAINS_ADDRESS));
        assertThat(credentials.check(link.token())).isPresent();
    }

    // --- Signing in ---

    @Test
    void anActiveAccountSignsInWithItsAddressInAnyCase() {
        Account supervisor = activeSupervisor();

        assertThat(credentials.verify(" " + supervisor.email().toUpperCase() + " ", PASSWORD)).map(Account::id)
                .contains(supervisor.id());
    }

    @Test
    void aWrongPasswordSignsNobodyIn() {
        Account supervisor = activeSupervisor();

        assertThat(credentials.verify(supervisor.email(), OTHER_PASSWORD)).isEmpty();
    }

    @Test
    void anUnknownAddressSignsNobodyIn() {
        assertThat(credentials.verify(email(), PASSWORD)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void noAddressSignsNobodyIn(String address) {
        assertThat(credentials.verify(address, PASSWORD)).isEmpty();
    }

    @Test
    void anInvitedAccountWithoutAPasswordSignsNobodyIn() {
        Account supervisor = invitedSupervisor();
        credentials.issueLink(supervisor.id(), LinkPurpose.INVITATION, ADMIN);

        assertThat(credentials.verify(supervisor.email(), PASSWORD)).isEmpty();
    }

    @Test
    void aDisabledAccountDoesNotSignInWithTheRightPassword() {
        Account supervisor = activeSupervisor();
        accounts.disable(supervisor.id(), ADMIN);

        assertThat(credentials.verify(supervisor.email(), PASSWORD)).isEmpty();
    }

    @Test
    void aSupervisorEnabledAgainSignsInWithTheirPassword() {
        Account supervisor = activeSupervisor();
        accounts.disable(supervisor.id(), ADMIN);

        accounts.enable(supervisor.id(), ADMIN);

        assertThat(credentials.verify(supervisor.email(), PASSWORD)).map(Account::status).contains(AccountStatus.ACTIVE);
    }

    @Test
    void aDemoAccountSignsInWithThePasswordItWasGiven() {
        Account demo = accounts.ensureDemo(email(), "Demo", Set.of(Role.COORDINATOR), Set.of("eskilstuna"), null);

        credentials.setDemoPassword(demo.id(), "demo");

        assertThat(credentials.verify(demo.email(), "demo")).map(Account::id).contains(demo.id());
    }

    @Test
    void onlyADemoAccountGetsAPasswordWithoutALink() {
        Account supervisor = invitedSupervisor();

        assertThatThrownBy(() -> credentials.setDemoPassword(supervisor.id(), PASSWORD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(credentials.verify(supervisor.email(), PASSWORD)).isEmpty();
    }

    @Test
    void forgottenCredentialsSignNobodyIn() {
        Account supervisor = activeSupervisor();

        credentials.forget(supervisor.id());

        assertThat(credentials.verify(supervisor.email(), PASSWORD)).isEmpty();
    }

    // --- Fixtures ---

    private Account invitedSupervisor() {
        return accounts.inviteSupervisor(employer.id(), email(), "Stina Berg", ADMIN);
    }

    /** A supervisor who has set {@link #PASSWORD} through their invitation. */
    private Account activeSupervisor() {
        Account invited = invitedSupervisor();
        return credentials.redeem(credentials.issueLink(invited.id(), LinkPurpose.INVITATION, ADMIN).token(), PASSWORD, PASSWORD);
    }

    /** The same credentials, on the same indices, with a clock the test moves. */
    private PasswordCredentials credentialsAt(MutableClock clock) {
        return new PasswordCredentials(accountRepository, accounts, credentialsRepository, encoder, clock);
    }
}
