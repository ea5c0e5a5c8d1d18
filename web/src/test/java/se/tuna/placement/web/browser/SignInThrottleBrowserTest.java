package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.signin.Credentials.LinkPurpose;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.catalog.employer.EmployerService;

/**
 * Guessing a supervisor's password is slowed down: an account has five free tries, then each
 * failure makes the next try wait, twice as long each time (access's {@code SignInThrottle}),
 * and a try that must wait is turned away before its password is even checked.
 */
@BrowserTest
class SignInThrottleBrowserTest {

    private static final String EMAIL = "gissad.handledare@arbetsgivare.example";
    private static final String PASSWORD = "ett riktigt bra lösenord";
    private static final String WRONG_PASSWORD = "ett helt fel lösenord";
    private static final Pattern WAIT = Pattern.compile("(?:^|&)vanta=(\\d+)");

    /** An account of its own, so that the waits it is left with hold up no other test. */
    private static void supervisorWithAPassword(DemoService service) {
        String employerId = service.bean(EmployerService.class).list("eskilstuna", null, 0, 1).items().get(0).id();
        Account invited = service.bean(AccountService.class).inviteSupervisor(employerId, EMAIL, "Gissad Handledare", null);
        PasswordCredentials credentials = service.bean(PasswordCredentials.class);
        credentials.redeem(credentials.issueLink(invited.id(), LinkPurpose.INVITATION, null).token(), PASSWORD, PASSWORD);
    }

    @Test
    void afterRepeatedWrongPasswordsEvenTheRightOneIsTurnedAwayWithAWait(Browser browser, DemoService service) {
        supervisorWithAPassword(service);
        browser.open("/logga-in");
        browser.visited("sign-in-page");

        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.submitSignIn(EMAIL, WRONG_PASSWORD);
            assertThat(browser.query()).as("the answer to wrong password %d of the five free ones", attempt).isEqualTo("fel");
            assertThat(alert(browser)).isEqualTo("Fel e-postadress eller lösenord.");
        }
        browser.visited("wrong-password");

        // From the sixth failure on, each one makes the next try wait 1, 2, 4 … s. Guess on until
        // a try is turned away with at least 3 s still to wait (after the eighth failure), so the
        // next one, sent at once, surely is too.
        browser.waitUntil(driver -> {
            browser.submitSignIn(EMAIL, WRONG_PASSWORD);
            return secondsToWait(browser) >= 3 ? Boolean.TRUE : null;
        });

        browser.submitSignIn(EMAIL, PASSWORD);
        assertThat(browser.path()).isEqualTo("/logga-in");
        assertThat(secondsToWait(browser)).as("seconds the right password must still wait").isPositive();
        assertThat(alert(browser)).matches("För många misslyckade försök\\. Vänta (1 sekund|\\d+ sekunder) och försök igen\\.");
        assertThat(browser.driver().findElements(By.cssSelector("form.sign-out"))).as("a sign-out button: signed in").isEmpty();
        browser.visited("turned-away");
    }

    private static String alert(Browser browser) {
        return browser.find(By.cssSelector("main [role=alert]")).getText().strip();
    }

    /** The wait the sign-in page was sent to show ({@code ?vanta=3}), or 0 when it shows none. */
    private static int secondsToWait(Browser browser) {
        Matcher wait = WAIT.matcher(browser.query());
        return wait.find() ? Integer.parseInt(wait.group(1)) : 0;
    }
}
