package se.tuna.placement.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.web.WebIntegrationTest;

/**
 * The demo accounts exist only while the demo is on: a service started without the demo (here, on
 * a configured cluster) removes any it finds, with their passwords, so no documented password
 * ever opens a real installation.
 */
class DemoAccountsIntegrationTest extends WebIntegrationTest {

    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordCredentials credentials;

    @Test
    void withTheDemoOffItsAccountsAreRemovedAndTheirPasswordNoLongerSignsIn() {
        Account demo = accounts.ensureDemo("kvarglomd@tuna.example", "Kvarglömd Demo", Set.of(Role.ADMIN), Set.of(), null);
        credentials.setDemoPassword(demo.id(), DemoAccounts.PASSWORD);
        assertThat(credentials.verify(demo.email(), DemoAccounts.PASSWORD)).isPresent();

        demoAccounts.run();

        assertThat(accounts.find(demo.id())).isEmpty();
        assertThat(credentials.verify(demo.email(), DemoAccounts.PASSWORD)).isEmpty();
        assertThat(accounts.demoAccountIds()).isEmpty();
    }
}
