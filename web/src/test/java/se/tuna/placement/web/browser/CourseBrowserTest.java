package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.tuna.placement.participants.participant.ParticipantRules;

/**
 * A coordinator takes a demo participant in mapping along their year on their page: ready for a
 * placement, a study visit booked from the suggestions, the answer, the trial, two extensions and
 * the exit with an outcome, which ends the placement with the stint; each step is offered only when
 * the stint or path allows it, and the timelines grow.
 */
@BrowserTest
class CourseBrowserTest {

    @Test
    void aParticipantGoesFromMappingThroughAStudyVisitATrialAndTwoExtensionsToAnExitWithItsOutcome(Browser browser) {
        browser.signIn(DemoAccount.COORDINATOR);
        browser.open("/deltagare?phase=MAPPING");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("#participant-list a"))).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("stint"), "Kartläggning"));
        String participant = browser.path().replace("/deltagare/", "");
        assertThat(browser.driver().findElements(By.id("answer-form"))).as("no placement steps before one is booked").isEmpty();
        step(browser, "ready", "Deltagaren står nu på väntelistan.", () -> { });
        assertThat(browser.find(By.id("phase-props")).getText()).contains("Väntar på plats");
        browser.visited("ready");

        browser.open("/forslag?participant=" + participant);
        WebElement first = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-rank='1'] details.book")));
        first.findElement(By.tagName("summary")).click();
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find(By.id("s-1-book-at")), LocalDate.now(ParticipantRules.PROGRAMME_ZONE) + "T08:00");
        browser.find(By.cssSelector("[data-rank='1'] .booking button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions-message"), "Studiebesöket är bokat"));

        browser.open("/deltagare/" + participant);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("placement"), "Studiebesök bokat"));
        assertThat(browser.find(By.id("phase-props")).getText()).contains("Studiebesök bokat");
        assertThat(browser.driver().findElements(By.id("extend-form"))).as("no extension before a trial").isEmpty();
        browser.visited("study-visit-booked");

        step(browser, "answer", "Svaret är registrerat.", () -> new Select(browser.find(By.id("answer-trial"))).selectByValue("true"));
        step(browser, "trial", "Provotiden har startat.", () -> terms(browser, "trial", 6, "MONDAY", "TUESDAY"));
        assertThat(browser.find(By.id("placement")).getText()).contains("Provotid", "6 tim/vecka");
        browser.visited("trial");
        step(browser, "extend", "Förlängningen är registrerad.", () -> terms(browser, "extend", 6, "MONDAY", "TUESDAY"));
        step(browser, "extend", "Förlängningen är registrerad.", () -> terms(browser, "extend", 9, "MONDAY", "TUESDAY", "THURSDAY"));
        assertThat(browser.find(By.id("placement")).getText()).contains("Arbetsträning", "9 tim/vecka");
        browser.visited("extended-twice");

        assertThat(browser.find(By.id("stint")).getText()).contains("Redo för placering");
        step(browser, "exit", "Inskrivningen är avslutad.",
                () -> new Select(browser.find(By.id("exit-outcome"))).selectByValue("BACK_TO_CARE"));

        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("phase-props"), "Avslutad"));
        assertThat(browser.find(By.id("stint")).getText()).contains("Åter till vården");
        assertThat(browser.find(By.id("earlier-placements")).getText()).contains("Avslutad med inskrivningen");
        assertThat(browser.driver().findElements(By.cssSelector("#placement-actions details"))).isEmpty();
        browser.visited("exited");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    /** Opens the step's form, fills it in, sends it and waits for the page to say it was taken. */
    private static void step(Browser browser, String id, String done, Runnable fill) {
        WebElement form = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id(id + "-form")));
        form.findElement(By.xpath("..")).findElement(By.tagName("summary")).click();
        fill.run();
        browser.find(By.id(id + "-submit")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("course-message"), done));
        browser.waitUntilSettled();
    }

    private static void terms(Browser browser, String id, int hours, String... days) {
        WebElement weeklyHours = browser.find(By.id(id + "-weeklyHours"));
        weeklyHours.clear();
        weeklyHours.sendKeys(String.valueOf(hours));
        for (String day : days) {
            browser.find(By.cssSelector("#" + id + "-form input[name=days][value=" + day + "]")).click();
        }
    }
}
