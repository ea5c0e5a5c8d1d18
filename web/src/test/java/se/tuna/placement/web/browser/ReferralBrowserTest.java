package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.tuna.placement.participants.participant.ParticipantRules;

/**
 * A coordinator registers a referral that waits for the referral group, records its admission and
 * enrols the participant with consent: the queue shows each step, and an id that looks like a
 * personal identity number is refused at its field.
 */
@BrowserTest
class ReferralBrowserTest {

    @Test
    void aReferralIsAdmittedAndEnrolledWithConsent(Browser browser) {
        browser.signIn(DemoAccount.COORDINATOR);
        browser.open("/remisser");
        browser.waitUntilSettled();

        browser.find(By.id("r-participantId")).sendKeys("19850101-1234");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find(By.id("r-queuedOn")), LocalDate.now(ParticipantRules.PROGRAMME_ZONE).minusDays(10).toString());
        browser.find(By.id("referral-save")).click();
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("r-participantId"), "aria-invalid", "true"));
        browser.visited("personal-number-refused");

        String id = "D-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 25), 32).toUpperCase();
        WebElement field = browser.find(By.id("r-participantId"));
        field.clear();
        field.sendKeys(id);
        browser.find(By.id("referral-save")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-message"), "Remissen för " + id));
        WebElement row = row(browser, id);
        assertThat(row.getText()).contains("I remisskö");
        assertThat(browser.find(By.id("r-participantId")).getDomAttribute("aria-invalid")).as("the refusal is cleared").isNull();
        assertThat(browser.find(By.id("referral-summary")).isDisplayed()).isFalse();

        row.findElement(By.tagName("summary")).click();
        row.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-message"), "Remissen är antagen"));
        row = row(browser, id);
        assertThat(row.getText()).contains("Antagen, ej inskriven");
        browser.visited("admitted");

        row.findElement(By.tagName("summary")).click();
        new Select(row.findElement(By.cssSelector("select[name=consent]"))).selectByValue("GIVEN");
        new Select(row.findElement(By.cssSelector("select[name=compensation]"))).selectByValue("SICKNESS_BENEFIT");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-message"), "Deltagaren är inskriven"));

        assertThat(browser.find(By.id("queue")).getText()).doesNotContain(id);
        browser.visited("enrolled");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    private static WebElement row(Browser browser, String participantId) {
        return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[@id='queue']//tr[th[normalize-space()='" + participantId + "']]")));
    }
}
