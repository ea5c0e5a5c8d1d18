package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator invites a new supervisor, who opens the one-time link, chooses a password and
 * signs in to their own workplace. The demo has no mail server, so the page gives the link to the
 * coordinator to pass on.
 */
@BrowserTest
class SupervisorInvitationBrowserTest {

    private static final String PASSWORD = "tre ord i rad för lagret";

    @Test
    void anInvitedSupervisorChoosesAPasswordAndLandsOnTheirWorkplace(Browser browser) {
        String email = "ny.handledare." + System.nanoTime() + "@arbetsgivare.example";
        browser.signIn(DemoAccount.COORDINATOR);

        browser.open("/arbetsgivare");
        Select employers = new Select(browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#employer-select option[value]:not([value=''])"))).findElement(By.xpath("..")));
        browser.visited("choose-employer");
        WebElement employer = employers.getOptions().stream()
                .filter(option -> !option.getDomAttribute("value").isEmpty())
                .findFirst().orElseThrow();
        String employerName = employer.getText().replaceFirst(" \\([^)]*\\)$", "");
        employers.selectByValue(employer.getDomAttribute("value"));
        browser.find(By.cssSelector("#choose-form button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.textToBe(By.id("employer-name"), employerName));
        browser.visited("employer");

        browser.find(By.id("i-displayName")).sendKeys("Nora Nyhandledare");
        browser.find(By.id("i-email")).sendKeys(email);
        browser.find(By.id("invite-save")).click();
        WebElement linkField = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("supervisor-link-value")));
        String link = linkField.getDomProperty("value");
        assertThat(link).as("the one-time link shown to the coordinator").contains("/konto/losenord?lank=");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("supervisor-list"), email));
        browser.visited("invitation-link");
        browser.signOut();

        browser.driver().get(link);
        browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Välkommen – välj ditt lösenord"));
        assertThat(browser.find(By.cssSelector("main form strong")).getText()).isEqualTo(email);
        browser.visited("choose-password");

        choosePassword(browser, "kort", "kort");
        assertThat(browser.find(By.id("password-problem")).getText()).isEqualTo("Lösenordet behöver vara minst 12 tecken.");
        browser.visited("password-too-short");

        choosePassword(browser, PASSWORD, PASSWORD);
        browser.waitForPath("/logga-in");
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText())
                .isEqualTo("Ditt lösenord är sparat. Logga in med det.");
        browser.visited("password-saved");

        browser.submitSignIn(email, PASSWORD);
        browser.waitForPath("/arbetsgivare");
        browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Vår arbetsplats"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("employer-name"), employerName));
        assertThat(browser.menu()).containsExactlyElementsOf(DemoAccount.SUPERVISOR.menu());
        browser.visited("own-workplace");
    }

    private static void choosePassword(Browser browser, String password, String repeated) {
        WebElement form = browser.find(By.cssSelector("form[action$='/konto/losenord']"));
        form.findElement(By.id("password")).sendKeys(password);
        form.findElement(By.id("repeated")).sendKeys(repeated);
        browser.leaving(() -> form.findElement(By.cssSelector("button[type=submit]")).click());
        browser.waitUntilSettled();
    }
}
