package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A coach's usual week on the coordinators' planning page: the demo coordinator picks a Strängnäs
 * coach (not the Eskilstuna coach the follow-up test plans with), makes Friday a day off and adds
 * the weekly meeting at the Eskilstuna office; a meeting that ends before it starts is refused at
 * its field; saved, the page says so and offers to plan again, and the calendar holds the change
 * both as the API answers it and as the page shows it after a reload.
 */
@BrowserTest
class CalendarEditBrowserTest {

    private static final String COACH = "Sven Coach";

    @Test
    void theCoordinatorGivesACoachAFridayOffAndAWeeklyMeeting(Browser browser) {
        browser.signIn(DemoAccount.COORDINATOR);
        browser.open("/besoksplanering?verksamhet=strangnas");
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("site-week"), "aria-busy", "false"));
        browser.waitUntilSettled();
        pickCoach(browser);
        assertThat(browser.find(By.id("cal-form-title")).getText()).isEqualTo("Sven Coachs arbetsvecka");
        assertThat(new Select(browser.find(By.id("cal-base"))).getFirstSelectedOption().getText()).startsWith("Kontoret");
        assertThat(new Select(browser.find(By.id("cal-travelMode"))).getOptions()).extracting(WebElement::getText)
                .contains("Bil", "Kollektivtrafik", "Cyklar", "Går");
        browser.visited("coach-week-loaded");

        WebElement friday = browser.find(By.id("cal-hours-FRIDAY"));
        if (friday.isSelected()) {
            friday.click();
        }
        assertThat(browser.find(By.id("cal-hours-FRIDAY-start")).isEnabled()).as("Friday's times off with the day").isFalse();
        // The demo's data outlives a run: start from a week without commitments, removing any a run before left.
        while (!browser.driver().findElements(By.cssSelector("#cal-commitment-rows .remove-row")).isEmpty()) {
            browser.find(By.cssSelector("#cal-commitment-rows .remove-row")).click();
        }
        assertThat(browser.find(By.id("cal-no-commitments")).isDisplayed()).isTrue();
        browser.find(By.id("cal-add-commitment")).click();
        WebElement row = browser.find(By.cssSelector("#cal-commitment-rows > li:last-child"));
        String prefix = row.getDomAttribute("id");
        assertThat(prefix).isEqualTo("cal-commitments-0");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).as("focus on the new row's title")
                .isEqualTo(prefix + "-title");
        browser.find(By.id(prefix + "-title")).sendKeys("Gemensamt möte");
        new Select(browser.find(By.id(prefix + "-day"))).selectByVisibleText("Torsdag");
        setValue(browser, browser.find(By.id(prefix + "-start")), "09:00");
        setValue(browser, browser.find(By.id(prefix + "-end")), "08:30");
        new Select(browser.find(By.id(prefix + "-place"))).selectByVisibleText("Kontoret i Eskilstuna");

        browser.find(By.id("cal-save")).click();
        WebElement error = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id(prefix + "-end-error")));
        assertThat(error.getText()).as("the API's reason at the meeting's end").isNotBlank();
        assertThat(browser.find(By.id(prefix + "-end")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("cal-summary")).getText()).contains("Åtagande", "till");
        assertThat(browser.find(By.id("cal-saved")).isDisplayed()).isFalse();
        browser.visited("meeting-ending-before-it-starts-refused");

        setValue(browser, browser.find(By.id(prefix + "-end")), "11:30");
        browser.find(By.id("cal-save")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("cal-saved"), "Sparat"));
        browser.waitUntilSettled();
        assertThat(browser.driver().findElements(By.cssSelector("#cal-form .field-error"))).isEmpty();
        assertThat(browser.find(By.id("cal-replan")).isDisplayed()).as("a button to plan with the new week").isTrue();
        browser.visited("coach-week-saved");

        String coachId = new Select(browser.find(By.id("cal-coach"))).getFirstSelectedOption().getDomAttribute("value");
        String stored = fetchText(browser, "/api/calendars/" + coachId);
        assertThat(stored).doesNotContain("\"FRIDAY\"").contains("\"Gemensamt möte\"", "\"THURSDAY\"", "\"09:00", "\"11:30",
                "Kontoret i Eskilstuna", "\"site\":\"strangnas\"");

        browser.open("/besoksplanering?verksamhet=strangnas");
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("site-week"), "aria-busy", "false"));
        browser.waitUntilSettled();
        pickCoach(browser);
        assertThat(browser.find(By.id("cal-hours-FRIDAY")).isSelected()).isFalse();
        assertThat(browser.find(By.id("cal-hours-THURSDAY")).isSelected()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("#cal-commitment-rows > li"))).hasSize(1);
        assertThat(browser.find(By.id("cal-commitments-0-title")).getDomProperty("value")).isEqualTo("Gemensamt möte");
        assertThat(new Select(browser.find(By.id("cal-commitments-0-day"))).getFirstSelectedOption().getText()).isEqualTo("Torsdag");
        assertThat(new Select(browser.find(By.id("cal-commitments-0-place"))).getFirstSelectedOption().getText())
                .isEqualTo("Kontoret i Eskilstuna");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.find(By.id("cal-title")).click();
        browser.visited("coach-week-on-a-phone");
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    private static void pickCoach(Browser browser) {
        new Select(browser.find(By.id("cal-coach"))).selectByVisibleText(COACH);
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("cal-form")));
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("cal-form"), "aria-busy", "false"));
        browser.waitUntilSettled();
    }

    /** The body of a GET made by the page itself, in the signed-in session. */
    private static String fetchText(Browser browser, String path) {
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { headers: { Accept: 'application/json' } })
                  .then((response) => response.text().then((text) => done({ status: response.status, text })))
                  .catch((error) => done({ status: 0, text: String(error) }));
                """, path);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) answer;
        assertThat(((Number) result.get("status")).intValue()).as("GET %s: %s", path, result.get("text")).isEqualTo(200);
        return (String) result.get("text");
    }

    private static void setValue(Browser browser, WebElement field, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", field, value);
    }
}
