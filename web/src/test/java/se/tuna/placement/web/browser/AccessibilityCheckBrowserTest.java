package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The axe check of the other browser tests catches what it should: a suite whose checker quietly
 * found nothing would pass on any page.
 */
@BrowserTest
class AccessibilityCheckBrowserTest {

    @Test
    void aButtonWithoutANameIsACriticalFinding(Browser browser) {
        browser.open("/logga-in");
        browser.waitUntilSettled();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const button = document.createElement('button'); button.id = 'nameless'; document.querySelector('main').append(button);");

        assertThat(Accessibility.seriousProblems(browser.driver()))
                .singleElement().asString()
                .startsWith("button-name (critical)")
                .contains("#nameless");
    }
}
