package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.tuna.placement.participants.participant.ParticipantRules;

/**
 * A coordinator books a study visit at a suggestion that was not ranked first: the page asks why
 * this slot and not the first, refuses to book without a reason, and books with one.
 */
@BrowserTest
class SuggestionBookingBrowserTest {

    @Test
    void bookingAnotherThanTheFirstSuggestionAsksWhyAndBooksWithTheReason(Browser browser) {
        browser.signIn(DemoAccount.COORDINATOR);
        browser.open("/forslag");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("#participant-list a"))).click();
        WebElement second = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-rank='2'] details.book")));
        assertThat(browser.find(By.cssSelector("[data-rank='1'] details.book")).findElements(By.tagName("textarea")))
                .as("the first-ranked asks no reason").isEmpty();

        second.findElement(By.tagName("summary")).click();
        WebElement at = browser.find(By.id("s-2-book-at"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", at,
                LocalDate.now(ParticipantRules.PROGRAMME_ZONE).plusDays(3) + "T10:00");
        browser.find(By.cssSelector("[data-rank='2'] .booking button[type=submit]")).click();
        assertThat(browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("s-2-book-message"))).getText())
                .isEqualTo("Skriv kort varför du väljer den här platsen och inte förslag 1.");
        assertThat(browser.find(By.id("s-2-book-reason")).getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.visited("reason-asked");

        browser.find(By.id("s-2-book-reason")).sendKeys("Närmare bussen");
        browser.find(By.cssSelector("[data-rank='2'] .booking button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions-message"),
                "Studiebesöket är bokat"));
        assertThat(browser.driver().findElements(By.cssSelector("details.book"))).as("nothing more to book").isEmpty();
        browser.visited("booked");
    }
}
