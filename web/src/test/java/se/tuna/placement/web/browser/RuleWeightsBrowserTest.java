package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.tuna.placement.matcher.planning.PlacementWeights;

/**
 * The rules' weights on the admin page: the hard rules and the medium one are shown as fixed, never as a
 * field (the API refuses a change to them); a soft rule's weight is changed, saved and set back.
 */
@BrowserTest
class RuleWeightsBrowserTest {

    @Test
    void anAdminChangesASoftWeightWhileTheHardRulesStayFixed(Browser browser) {
        browser.signIn(DemoAccount.ADMIN);
        WebElement shortTrips = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#weights-rows tr[data-rule='Short trips'] input")));
        for (String fixed : PlacementWeights.FIXED) {
            WebElement row = browser.find(By.cssSelector("#weights-rows tr[data-rule='" + fixed + "']"));
            assertThat(row.findElements(By.tagName("input"))).as(fixed).isEmpty();
            assertThat(row.getText()).as(fixed).contains("Fast");
        }
        assertThat(browser.driver().findElements(By.cssSelector("#weights-rows input")))
                .hasSize(PlacementWeights.NAMES.size() - PlacementWeights.FIXED.size());
        browser.visited("weights");

        shortTrips.clear();
        shortTrips.sendKeys("2");
        browser.find(By.id("weights-save")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("weights-message"), "Vikterna är sparade"));
        assertThat(browser.find(By.cssSelector("#weights-rows tr[data-rule='Short trips'] input")).getDomProperty("value"))
                .isEqualTo("2");
        browser.visited("weights-saved");

        browser.find(By.id("weights-reset")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("weights-message"), "Standardvikterna"));
        assertThat(browser.find(By.cssSelector("#weights-rows tr[data-rule='Short trips'] input")).getDomProperty("value"))
                .isEqualTo("1");
    }
}
