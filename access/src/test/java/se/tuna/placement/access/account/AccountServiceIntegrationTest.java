package se.tuna.placement.access.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tuna.placement.access.AccessFixtures.ADMIN;
import static se.tuna.placement.access.AccessFixtures.ISSUER;
import static se.tuna.placement.access.AccessFixtures.email;
import static se.tuna.placement.access.AccessFixtures.staffIdentity;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.convert.ConversionService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.access.AccessFixtures;
import se.tuna.placement.access.AccessTestWiring;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

@RealElasticsearch
@SpringJUnitConfig(AccountServiceIntegrationTest.Wiring.class)
@TestPropertySource(properties = "tuna.security.bootstrap-admins=" + AccessFixtures.ISSUER + "#first-admin, "
        + AccessFixtures.ISSUER + "#registered-admin")
class AccountServiceIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(AccessTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(AccountServiceIntegrationTest.class));
        }

        /** Reads a comma-separated list of bootstrap admins as the application (Spring Boot) does. */
        @Bean
        static ConversionService conversionService() {
            return ApplicationConversionService.getSharedInstance();
        }
    }

    @Autowired
    AccountService accounts;
    @Autowired
    EmployerService employerService;

    Employer employer;

    @BeforeEach
    void registerEmployer() {
        employer = AccessFixtures.employer(employerService);
    }

    // --- Staff signing in ---

    @Test
    void aFirstSignInMakesAnActiveAccountWithoutRoles() {
        StaffIdentity identity = staffIdentity();

        Account account = accounts.signInStaff(identity, " Eva Ek ", " Eva.Ek@Kommun.Example ");

        assertThat(account.id()).isEqualTo(AccountIds.forIdentity(identity));
        assertThat(account.displayName()).isEqualTo("Eva Ek");
        assertThat(account.email()).isEqualTo("eva.ek@kommun.example");
        assertThat(account.identity()).isEqualTo(identity);
        assertThat(account.roles()).isEmpty();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.audit().createdBy()).isNull();
        assertThat(accounts.get(account.id())).isEqualTo(account);
    }

    @Test
    void aSignInWithoutANameIsShownAsTheSubject() {
        StaffIdentity identity = staffIdentity();

        assertThat(accounts.signInStaff(identity, " ", null).displayName()).isEqualTo(identity.subject());
    }

    @Test
    void signingInAgainTakesTheProvidersNameAndAddressAndKeepsRolesAndSites() {
        StaffIdentity identity = staffIdentity();
        Account registered = accounts.registerStaff(identity, "Eva Ek", "eva.ek@kommun.example", Set.of(Role.COORDINATOR),
                Set.of("eskilstuna"), ADMIN);

        Account signedIn = accounts.signInStaff(identity, "Eva Ek Lind", "eva.lind@kommun.example");

        assertThat(signedIn.displayName()).isEqualTo("Eva Ek Lind");
        assertThat(signedIn.email()).isEqualTo("eva.lind@kommun.example");
        assertThat(signedIn.roles()).isEqualTo(registered.roles());
        assertThat(signedIn.sites()).isEqualTo(registered.sites());
        assertThat(signedIn.audit().changedBy()).isEqualTo(registered.id());
        assertThat(accounts.get(registered.id())).isEqualTo(signedIn);
    }

    @Test
    void aSignInWithoutAnAddressKeepsTheStoredOne() {
        StaffIdentity identity = staffIdentity();
        accounts.signInStaff(identity, "Eva Ek", "eva.ek@kommun.example");

        assertThat(accounts.signInStaff(identity, "Eva Ek", null).email()).isEqualTo("eva.ek@kommun.example");
    }

    @Test
    void signingInUnchangedStoresNothing() {
        StaffIdentity identity = staffIdentity();
        Account first = accounts.signInStaff(identity, "Eva Ek", "eva.ek@kommun.example");

        accounts.signInStaff(identity, "Eva Ek", "eva.ek@kommun.example");

        assertThat(accounts.get(first.id())).isEqualTo(first);
    }

    @Test
    void aBootstrapAdminIsAnAdminFromTheFirstSignIn() {
        Account account = accounts.signInStaff(new StaffIdentity(ISSUER, "first-admin"), "Första Admin", null);

        assertThat(account.roles()).containsExactly(Role.ADMIN);
        assertThat(accounts.get(account.id()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aBootstrapAdminRegisteredWithOtherRolesGainsAdminAndKeepsThem() {
        StaffIdentity identity = new StaffIdentity(ISSUER, "registered-admin");
        accounts.registerStaff(identity, "Registrerad Admin", null, Set.of(Role.COACH), Set.of("strangnas"), ADMIN);

        Account signedIn = accounts.signInStaff(identity, "Registrerad Admin", null);

        assertThat(signedIn.roles()).containsExactlyInAnyOrder(Role.COACH, Role.ADMIN);
        assertThat(accounts.get(signedIn.id()).roles()).containsExactlyInAnyOrder(Role.COACH, Role.ADMIN);
    }

    @Test
    void theSameSubjectAtAnotherProviderIsNotABootstrapAdmin() {
        Account account = accounts.signInStaff(new StaffIdentity("https://other.example/realms/x", "first-admin"), "Annan", null);

        assertThat(account.roles()).isEmpty();
    }

    // --- Registering staff ahead ---

    @Test
    void registeredStaffHaveTheirRolesAndSitesReady() {
        StaffIdentity identity = staffIdentity();

        Account account = accounts.registerStaff(identity, " Per Holm ", "Per.Holm@Kommun.example",
                Set.of(Role.COORDINATOR, Role.COACH), Set.of("eskilstuna", "strangnas"), ADMIN);

        assertThat(account.id()).isEqualTo(AccountIds.forIdentity(identity));
        assertThat(account.displayName()).isEqualTo("Per Holm");
        assertThat(account.email()).isEqualTo("per.holm@kommun.example");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.COACH);
        assertThat(account.sites()).containsExactlyInAnyOrder("eskilstuna", "strangnas");
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.audit().createdBy()).isEqualTo(ADMIN);
        assertThat(accounts.get(account.id())).isEqualTo(account);
    }

    @Test
    void anIdentityIsRegisteredOnce() {
        StaffIdentity identity = staffIdentity();
        accounts.registerStaff(identity, "Per Holm", null, Set.of(Role.MANAGEMENT), Set.of(), ADMIN);

        assertThatThrownBy(() -> accounts.registerStaff(identity, "Per Holm", null, Set.of(Role.ADMIN), Set.of(), ADMIN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("identity"));
        assertThat(accounts.get(AccountIds.forIdentity(identity)).roles()).containsExactly(Role.MANAGEMENT);
    }

    @Test
    void registeringNeedsAnIdentityANameAndAValidAddress() {
        assertThatThrownBy(() -> accounts.registerStaff(new StaffIdentity(" ", null), " ", "inte-en-adress",
                Set.of(Role.MANAGEMENT), Set.of(), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e))
                        .containsExactly("identity.issuer", "identity.subject", "displayName", "email"));
    }

    @Test
    void staffCannotBeRegisteredAsSupervisors() {
        StaffIdentity identity = staffIdentity();

        assertThatThrownBy(() -> accounts.registerStaff(identity, "Per Holm", null, Set.of(Role.SUPERVISOR), Set.of(), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("roles"));
        assertThat(accounts.find(AccountIds.forIdentity(identity))).isEmpty();
    }

    @Test
    void aCoordinatorIsRegisteredWithASite() {
        StaffIdentity identity = staffIdentity();

        assertThatThrownBy(() -> accounts.registerStaff(identity, "Per Holm", null, Set.of(Role.COORDINATOR), Set.of(), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("sites"));
        assertThat(accounts.find(AccountIds.forIdentity(identity))).isEmpty();
    }

    // --- Inviting supervisors ---

    @Test
    void anInvitedSupervisorWaitsForTheirPassword() {
        String address = email();

        Account account = accounts.inviteSupervisor(employer.id(), " " + address.toUpperCase() + " ", " Stina Berg ", ADMIN);

        assertThat(account.id()).isEqualTo(AccountIds.forEmail(address));
        assertThat(account.email()).isEqualTo(address);
        assertThat(account.displayName()).isEqualTo("Stina Berg");
        assertThat(account.roles()).containsExactly(Role.SUPERVISOR);
        assertThat(account.employerId()).isEqualTo(employer.id());
        assertThat(account.identity()).isNull();
        assertThat(account.status()).isEqualTo(AccountStatus.INVITED);
        assertThat(accounts.get(account.id())).isEqualTo(account);
    }

    @Test
    void invitingTheSameAddressToTheSameEmployerAgainGivesTheSameAccount() {
        String address = email();
        Account first = accounts.inviteSupervisor(employer.id(), address, "Stina Berg", ADMIN);

        Account again = accounts.inviteSupervisor(employer.id(), address.toUpperCase(), "Stina Berg", "another-coordinator");

        assertThat(again).isEqualTo(first);
        assertThat(accounts.get(first.id())).isEqualTo(first);
    }

    @Test
    void aSupervisorWhoSetTheirPasswordIsNotInvitedAgain() {
        String address = email();
        Account invited = accounts.inviteSupervisor(employer.id(), address, "Stina Berg", ADMIN);
        accounts.activate(invited.id());

        assertThatThrownBy(() -> accounts.inviteSupervisor(employer.id(), address, "Stina Berg", ADMIN))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAddressInvitedToOneEmployerCannotBeInvitedToAnother() {
        String address = email();
        Account first = accounts.inviteSupervisor(employer.id(), address, "Stina Berg", ADMIN);
        Employer other = AccessFixtures.employer(employerService);

        assertThatThrownBy(() -> accounts.inviteSupervisor(other.id(), address, "Stina Berg", ADMIN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(accounts.get(first.id())).isEqualTo(first);
    }

    @Test
    void aDemoAccountsAddressCannotBeInvited() {
        String address = email();
        Account demo = accounts.ensureDemo(address, "Demo", Set.of(Role.COORDINATOR), Set.of("eskilstuna"), null);

        assertThatThrownBy(() -> accounts.inviteSupervisor(employer.id(), address, "Stina Berg", ADMIN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(accounts.get(demo.id())).isEqualTo(demo);
    }

    @Test
    void aSupervisorIsInvitedToARegisteredEmployer() {
        String address = email();

        assertThatThrownBy(() -> accounts.inviteSupervisor("no-such-employer", address, "Stina Berg", ADMIN))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.find(AccountIds.forEmail(address))).isEmpty();
    }

    @Test
    void anInvitationNeedsAnAddressAndAName() {
        assertThatThrownBy(() -> accounts.inviteSupervisor(employer.id(), " ", null, ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e))
                        .containsExactly("email", "displayName"));
    }

    @Test
    void anInvitationNeedsAnEmployer() {
        assertThatThrownBy(() -> accounts.inviteSupervisor(null, "ny@arbetsgivare.example", "Ny Handledare", ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("employerId"));
    }

    // --- Changing access ---

    @Test
    void anAdminGivesStaffRolesAndSites() {
        Account account = accounts.signInStaff(staffIdentity(), "Eva Ek", null);

        Account changed = accounts.changeAccess(account.id(), Set.of(Role.COACH, Role.MANAGEMENT), Set.of("strangnas"), ADMIN);

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.COACH, Role.MANAGEMENT);
        assertThat(changed.sites()).containsExactly("strangnas");
        assertThat(changed.audit().changedBy()).isEqualTo(ADMIN);
        assertThat(accounts.get(account.id())).isEqualTo(changed);
    }

    @Test
    void aSupervisorKeepsTheSupervisorRoleOnly() {
        Account supervisor = accounts.inviteSupervisor(employer.id(), email(), "Stina Berg", ADMIN);

        assertThatThrownBy(() -> accounts.changeAccess(supervisor.id(), Set.of(Role.SUPERVISOR, Role.COORDINATOR),
                Set.of("eskilstuna"), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("roles"));
        assertThat(accounts.get(supervisor.id())).isEqualTo(supervisor);
    }

    @Test
    void staffCannotBeMadeSupervisors() {
        Account account = accounts.signInStaff(staffIdentity(), "Eva Ek", null);

        assertThatThrownBy(() -> accounts.changeAccess(account.id(), Set.of(Role.SUPERVISOR), Set.of(), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("roles"));
        assertThat(accounts.get(account.id())).isEqualTo(account);
    }

    @Test
    void aCoachNeedsASite() {
        Account account = accounts.signInStaff(staffIdentity(), "Eva Ek", null);

        assertThatThrownBy(() -> accounts.changeAccess(account.id(), Set.of(Role.COACH), Set.of(), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("sites"));
        assertThat(accounts.get(account.id())).isEqualTo(account);
    }

    @Test
    void aCoordinatorNeedsKnownSites() {
        Account account = accounts.signInStaff(staffIdentity(), "Eva Ek", null);

        assertThatThrownBy(() -> accounts.changeAccess(account.id(), Set.of(Role.COORDINATOR), Set.of("eskilstuna", "gotland"),
                ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("sites");
                            assertThat(v.reason()).contains("gotland");
                        }));
        assertThat(accounts.get(account.id())).isEqualTo(account);
    }

    @Test
    void anUnknownSiteIsRefusedForAnyRole() {
        Account account = accounts.signInStaff(staffIdentity(), "Eva Ek", null);

        assertThatThrownBy(() -> accounts.changeAccess(account.id(), Set.of(Role.MANAGEMENT), Set.of("gotland"), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("sites"));
        assertThat(accounts.get(account.id())).isEqualTo(account);
    }

    @Test
    void changingTheAccessOfAnUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> accounts.changeAccess("no-such-account", Set.of(Role.MANAGEMENT), Set.of(), ADMIN))
                .isInstanceOf(NotFoundException.class);
    }

    // --- Disabling, enabling, activating ---

    @Test
    void aDisabledAccountIsNoLongerActive() {
        Account account = AccessFixtures.staff(accounts, Role.COACH);

        Account disabled = accounts.disable(account.id(), ADMIN);

        assertThat(disabled.status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(disabled.active()).isFalse();
        assertThat(accounts.get(account.id())).isEqualTo(disabled);
    }

    @Test
    void nobodyCanDisableTheirOwnAccount() {
        Account admin = AccessFixtures.staff(accounts, Role.ADMIN);

        assertThatThrownBy(() -> accounts.disable(admin.id(), admin.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("id"));
        assertThat(accounts.get(admin.id())).isEqualTo(admin);
    }

    @Test
    void enabledStaffAreActiveAgain() {
        Account account = AccessFixtures.staff(accounts, Role.COACH);
        accounts.disable(account.id(), ADMIN);

        Account enabled = accounts.enable(account.id(), ADMIN);

        assertThat(enabled.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(accounts.get(account.id()).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anEnabledSupervisorWhoNeverSetAPasswordIsStillInvited() {
        Account supervisor = accounts.inviteSupervisor(employer.id(), email(), "Stina Berg", ADMIN);
        accounts.disable(supervisor.id(), ADMIN);

        Account enabled = accounts.enable(supervisor.id(), ADMIN);

        assertThat(enabled.status()).isEqualTo(AccountStatus.INVITED);
    }

    @Test
    void enablingAnAccountThatIsNotDisabledChangesNothing() {
        Account supervisor = accounts.inviteSupervisor(employer.id(), email(), "Stina Berg", ADMIN);

        assertThat(accounts.enable(supervisor.id(), ADMIN)).isEqualTo(supervisor);
        assertThat(accounts.get(supervisor.id())).isEqualTo(supervisor);
    }

    @Test
    void anInvitedAccountIsActivated() {
        Account supervisor = accounts.inviteSupervisor(employer.id(), email(), "Stina Berg", ADMIN);

        Account activated = accounts.activate(supervisor.id());

        assertThat(activated.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(activated.audit().changedBy()).isEqualTo(supervisor.id());
        assertThat(accounts.get(supervisor.id())).isEqualTo(activated);
    }

    @Test
    void activatingADisabledAccountLeavesItDisabled() {
        Account supervisor = accounts.inviteSupervisor(employer.id(), email(), "Stina Berg", ADMIN);
        Account disabled = accounts.disable(supervisor.id(), ADMIN);

        assertThat(accounts.activate(supervisor.id())).isEqualTo(disabled);
        assertThat(accounts.get(supervisor.id()).status()).isEqualTo(AccountStatus.DISABLED);
    }

    // --- Demo accounts ---

    @Test
    void aDemoAccountIsActiveWithItsRoles() {
        String address = email();

        Account demo = accounts.ensureDemo(address, "Demo Samordnare", Set.of(Role.COORDINATOR), Set.of("eskilstuna"), null);

        assertThat(demo.id()).isEqualTo(AccountIds.forEmail(address));
        assertThat(demo.demo()).isTrue();
        assertThat(demo.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(demo.roles()).containsExactly(Role.COORDINATOR);
        assertThat(accounts.get(demo.id())).isEqualTo(demo);
    }

    @Test
    void ensuringADemoAccountAgainRefreshesIt() {
        String address = email();
        Account demo = accounts.ensureDemo(address, "Demo", Set.of(Role.COORDINATOR), Set.of("eskilstuna"), null);
        accounts.disable(demo.id(), ADMIN);

        Account refreshed = accounts.ensureDemo(address, "Demo Coach", Set.of(Role.COACH), Set.of("strangnas"), null);

        assertThat(refreshed.roles()).containsExactly(Role.COACH);
        assertThat(refreshed.sites()).containsExactly("strangnas");
        assertThat(refreshed.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(accounts.get(demo.id())).isEqualTo(refreshed);
    }

    @Test
    void aRealAccountsAddressCannotBecomeADemoAccount() {
        String address = email();
        Account supervisor = accounts.inviteSupervisor(employer.id(), address, "Stina Berg", ADMIN);

        assertThatThrownBy(() -> accounts.ensureDemo(address, "Demo", Set.of(Role.SUPERVISOR), Set.of(), employer.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(accounts.get(supervisor.id())).isEqualTo(supervisor);
    }

    @Test
    void theDemoAccountIdsAreThoseOfTheDemoAccountsOnly() {
        Account demo = accounts.ensureDemo(email(), "Demo", Set.of(Role.MANAGEMENT), Set.of(), null);
        Account supervisor = accounts.inviteSupervisor(employer.id(), email(), "Stina Berg", ADMIN);
        Account staff = AccessFixtures.staff(accounts, Role.ADMIN);

        List<String> ids = accounts.demoAccountIds();

        assertThat(ids).contains(demo.id()).doesNotContain(supervisor.id(), staff.id());
    }

    private static List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(FieldViolation::field).toList();
    }
}
