package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the access log shows an admin: a coordinator opens a participant's profile; the admin
 * finds that among the entries for the participant, under the coordinator's name, and a check of
 * the whole log says it is whole.
 */
@BrowserTest
class AccessLogBrowserTest {

    @Test
    void anAdminSeesWhoOpenedAParticipantAndThatTheLogIsWhole(Browser browser) {
        browser.signIn(DemoAccount.COORDINATOR);
        String participantPage = URI.create(browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#participant-list a[href^='/deltagare/']"))).getDomAttribute("href")).getPath();
        String participantId = participantPage.substring("/deltagare/".length());
        browser.open(participantPage);
        browser.waitUntilSettled();
        browser.signOut();

        browser.signIn(DemoAccount.ADMIN);
        browser.leaving(() -> browser.find(By.linkText("Åtkomstlogg")).click());
        browser.waitForPath("/admin/atkomstlogg");
        browser.waitUntilSettled();
        browser.visited("access-log");
        browser.find(By.id("f-participant")).sendKeys(participantId);
        browser.find(By.cssSelector("#filter-form button[type=submit]")).click();
        browser.waitUntil(driver -> driver.findElement(By.id("entry-list")).getText().contains(participantId) ? Boolean.TRUE : null);
        String entries = browser.find(By.id("entry-list")).getText();
        assertThat(entries).contains("Sara Samordnare", "Profil – läste", "GET /api/participants/{id}");
        browser.visited("entries-for-participant");

        browser.find(By.id("check-button")).click();
        browser.waitUntil(driver -> driver.findElement(By.id("check-result")).getText().startsWith("Loggen är") ? Boolean.TRUE : null);
        assertThat(browser.find(By.id("check-result")).getText()).startsWith("Loggen är hel.");
        browser.visited("log-checked");
    }
}
