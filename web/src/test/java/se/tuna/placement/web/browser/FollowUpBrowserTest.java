package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.tuna.placement.participants.participant.ParticipantRules;

/**
 * Coaches' follow-up visits in the demo: the coordinator plans Eskilstuna again and sees the
 * coaches' week; the Eskilstuna coach lands on their visits, reports a sick day on a day of the
 * week they have visits, sees what moved and finds that day empty, records a visit done with a
 * note, and moves another (a time off the quarter-hour is refused at its field).
 */
@BrowserTest
class FollowUpBrowserTest {

    /** A re-plan runs the solver for up to thirty seconds, longer than the browser's usual wait. */
    private static final Duration REPLAN = Duration.ofSeconds(90);

    @Test
    void theCoordinatorPlansTheSiteAndTheCoachReportsASickDayAndRecordsAVisitDone(Browser browser) {
        browser.signIn(DemoAccount.COORDINATOR);
        browser.open("/besoksplanering");
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("site-week"), "aria-busy", "false"));
        new Select(browser.find(By.id("p-site"))).selectByValue("eskilstuna");
        browser.waitUntilSettled();

        browser.find(By.id("plan-run")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan-run[aria-busy='true']")));
        assertThat(browser.find(By.id("plan-status")).getText()).contains("Planerar om");
        longWait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-result"), "Omplanerat:"));
        browser.waitUntilSettled();
        assertThat(browser.find(By.id("plan-run")).isEnabled()).isTrue();
        assertThat(browser.find(By.id("plan-status")).getText()).startsWith("Klart");
        List<WebElement> coaches = browser.driver().findElements(By.cssSelector("#site-week thead th[data-coach]"));
        assertThat(coaches).as("a column per Eskilstuna coach").isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#site-week .visit")))
                .as("the coaches' visits this week after the plan (%s; unplanned: %s)", browser.find(By.id("plan-result")).getText(),
                        browser.find(By.id("unplanned")).getText())
                .isNotEmpty();
        browser.visited("site-week-planned");

        browser.find(By.id("week-next")).click();
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("site-week"), "aria-busy", "false"));
        assertThat(browser.query()).contains("vecka=");
        browser.visited("site-next-week");
        browser.signOut();

        browser.signIn(DemoAccount.COACH_ESKILSTUNA);
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("week"), "aria-busy", "false"));
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("queues"), "aria-busy", "false"));
        browser.waitUntilSettled();
        assertThat(browser.heading()).isEqualTo("Mina besök");
        assertThat(browser.driver().findElements(By.cssSelector("#week section.day"))).hasSize(5);
        assertThat(browser.find(By.id("queues")).getText()).isNotBlank();
        browser.visited("coach-week");

        String sickDay = dayWithOpenVisits(browser);
        assertThat(sickDay).as("a day from today on in the week shown where the coach has visits (week: %s)",
                browser.find(By.id("week")).getText()).isNotNull();

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.find(By.id("view-day")).click();
        new Select(browser.find(By.id("day-select"))).selectByValue(sickDay);
        assertThat(browser.driver().findElements(By.cssSelector("#week section.day"))).hasSize(1);
        browser.visited("coach-day-on-a-phone");
        browser.find(By.id("view-week")).click();
        browser.visited("coach-week-on-a-phone");
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));

        setDate(browser, "a-from", sickDay);
        setDate(browser, "a-until", sickDay);
        new Select(browser.find(By.id("a-kind"))).selectByVisibleText("Sjuk");
        browser.find(By.id("absence-save")).click();
        longWait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("absence-result"), "Omplanerat:"));
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("week"), "aria-busy", "false"));
        browser.waitUntilSettled();
        assertThat(browser.find(By.id("absence-result")).getText()).containsPattern("Omplanerat: (\\d+ besök flyttade|1 besök flyttat)");
        assertThat(browser.find(By.cssSelector("#absence-result .moves")).getDomProperty("textContent")).as("the moves, from → to")
                .contains("→");
        assertThat(browser.find(By.id("absences")).getText()).contains("Sjuk");
        assertThat(browser.driver().findElements(By.cssSelector("#week section.day[data-day='" + sickDay + "'] .visit")))
                .as("visits left on the sick day " + sickDay).isEmpty();
        assertThat(browser.find(By.cssSelector("#week section.day[data-day='" + sickDay + "']")).getText()).contains("Frånvarande: Sjuk");
        browser.visited("sick-day-replanned");

        WebElement visit = browser.find(By.cssSelector("#week .visit:not(.visit-done)"));
        String visitId = visit.getDomAttribute("data-visit");
        visit.findElement(By.cssSelector("details.done-step > summary")).click();
        visit.findElement(By.cssSelector("textarea[name=note]")).sendKeys("Bra samtal med handledaren.");
        visit.findElement(By.cssSelector("details.done-step button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("week-message"), "markerat som genomfört"));
        browser.waitUntilSettled();
        WebElement done = browser.find(By.cssSelector("#week .visit[data-visit='" + visitId + "']"));
        assertThat(done.getDomAttribute("class")).contains("visit-done");
        assertThat(done.getText()).contains("Genomfört", "Bra samtal med handledaren.");
        browser.visited("visit-done");

        WebElement toMove = browser.find(By.cssSelector("#week .visit:not(.visit-done)"));
        String movedId = toMove.getDomAttribute("data-visit");
        toMove.findElement(By.cssSelector("details.move-step > summary")).click();
        WebElement time = toMove.findElement(By.cssSelector("input[name=time]"));
        setValue(browser, time, "16:07");
        toMove.findElement(By.cssSelector("details.move-step button[type=submit]")).click();
        WebElement error = browser.waitUntil(ExpectedConditions.presenceOfNestedElementLocatedBy(toMove,
                By.cssSelector("details.move-step fieldset.invalid .field-error")));
        assertThat(error.getText()).contains("hel kvart");
        browser.visited("move-refused-at-the-field");

        setValue(browser, time, "16:30");
        toMove.findElement(By.cssSelector("details.move-step button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("week-message"), "är flyttat"));
        browser.waitUntilSettled();
        WebElement moved = browser.find(By.cssSelector("#week .visit[data-visit='" + movedId + "']"));
        assertThat(moved.getText()).contains("16:30", "Flyttad från", "Bekräftad tid");
        browser.visited("visit-moved");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    /** The first day, today or later, of the week shown on which the coach has a visit not yet done. */
    private static String dayWithOpenVisits(Browser browser) {
        String today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE).toString();
        for (WebElement day : browser.driver().findElements(By.cssSelector("#week section.day"))) {
            String date = day.getDomAttribute("data-day");
            if (date.compareTo(today) >= 0 && !day.findElements(By.cssSelector(".visit:not(.visit-done)")).isEmpty()) {
                return date;
            }
        }
        return null;
    }

    private static void setDate(Browser browser, String id, String value) {
        setValue(browser, browser.find(By.id(id)), value);
    }

    private static void setValue(Browser browser, WebElement field, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    private static WebDriverWait longWait(Browser browser) {
        return new WebDriverWait(browser.driver(), REPLAN, Duration.ofMillis(100));
    }
}
