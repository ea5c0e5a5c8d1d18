package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What each demo account of the README gets in a real browser: its start page, its menu, and a sign-out that holds. */
@BrowserTest
class DemoAccountSignInBrowserTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoAccount.class)
    void aDemoAccountLandsOnItsStartPageSeesOnlyItsRolesMenuAndSignsOut(DemoAccount account, Browser browser) {
        browser.signIn(account);
        browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), account.heading()));
        browser.visited("start-page");

        assertThat(browser.menu()).as("the main menu of %s", account.email()).containsExactlyElementsOf(account.menu());
        assertThat(browser.find(By.cssSelector("nav.site-nav a[aria-current=page]")).getText())
                .as("the menu entry marked as the page shown").isEqualTo(account.menu().get(0).label());

        browser.signOut();
        assertThat(browser.query()).isEqualTo("utloggad");
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).isEqualTo("Du är utloggad.");
        browser.visited("signed-out");

        browser.open(account.startPage());
        browser.waitForPath("/logga-in");
        assertThat(browser.find(By.id("username")).isDisplayed()).as("the sign-in form is shown").isTrue();
        assertThat(browser.menu()).as("the menu of a signed-out visitor").isEmpty();
    }
}
