package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An employer's supervisor cannot reach participants by typing addresses: not a participant's
 * page, not the suggestions page, not the API. The refused page says so in Swedish and carries
 * nothing of the participant.
 */
@BrowserTest
class EmployerCannotSeeParticipantsBrowserTest {

    private static final String NO_PERMISSION = "Du har inte behörighet till sidan";

    @Test
    void aSupervisorIsRefusedAParticipantsPageOpenedByAddress(Browser browser) {
        browser.signIn(DemoAccount.COORDINATOR);
        String participantPage = URI.create(browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#participant-list a[href^='/deltagare/']"))).getDomAttribute("href")).getPath();
        String participantId = participantPage.substring("/deltagare/".length());
        browser.signOut();

        browser.signIn(DemoAccount.SUPERVISOR);
        browser.open(participantPage);
        browser.waitForPath("/ingen-behorighet");
        assertThat(browser.heading()).isEqualTo(NO_PERMISSION);
        assertThat(browser.source()).as("the refused page's source").doesNotContain(participantId);
        browser.visited("participant-page-refused");

        browser.open("/forslag?participant=" + participantId);
        browser.waitForPath("/ingen-behorighet");
        assertThat(browser.heading()).isEqualTo(NO_PERMISSION);
        assertThat(browser.source()).as("the refused page's source").doesNotContain(participantId);
        browser.visited("suggestions-refused");

        browser.open("/api/participants");
        browser.waitUntilSettled();
        String answer = browser.find(By.tagName("body")).getText();
        assertThat(answer).as("the API's answer").contains("\"status\":403").doesNotContain(participantId);
        browser.screenshot(browser.nextScreenshotName("api-refused"));
    }
}
