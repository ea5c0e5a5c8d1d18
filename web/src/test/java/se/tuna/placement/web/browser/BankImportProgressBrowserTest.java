package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.tuna.placement.web.BankFiles;

/**
 * A coordinator imports a bank of some thousand rows on the import page: a progress bar fed by the service
 * shows the phase in words (reading, checking, storing n of total), then the per-row report.
 */
@BrowserTest
class BankImportProgressBrowserTest {

    /** Some thousand rows; {@code -Dimport.rows=100000} for the large bank (a few minutes). */
    private static final int ROWS = Integer.getInteger("import.rows", 6_000);
    private static final int LATE_REFUSAL = ROWS - 1_679;

    @Test
    void aLargeBankShowsItsProgressThenItsReport(Browser browser) throws IOException, InterruptedException {
        Path file = Files.createTempFile("platser", ".csv");
        Files.write(file, BankFiles.csv(ROWS, 40, LATE_REFUSAL));
        try {
            browser.signIn(DemoAccount.COORDINATOR);
            browser.open("/import");
            browser.waitUntilSettled();

            browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            browser.find(By.id("import-dryRun")).click();
            browser.find(By.id("import-submit")).click();

            Set<String> seen = watchProgress(browser);
            assertThat(seen).as("the progress shown")
                    .anyMatch(words -> words.matches("Sparar platser [\\d ]+ av " + grouped(ROWS - 2)));
            // Reading and checking some thousand rows may pass between two polls of the page: what is seen is
            // asserted to be the phases in their order, not that each was caught.
            assertThat(seen.stream().map(BankImportProgressBrowserTest::phaseOf).toList()).as("the phases shown, in order of %s", seen)
                    .doesNotContain(-1).isSorted();

            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("import-report-title"), "Resultat av inläsningen"));
            String report = spaced(browser.find(By.id("import-report-body")).getText());
            assertThat(report).contains("2 rader har fel och hoppades över").contains(grouped(ROWS)).contains(grouped(ROWS - 2))
                    .contains("Fel per rad");
            assertThat(browser.find(By.id("import-progress")).isDisplayed()).isFalse();
            browser.visited("bank-imported");
            assertThat(browser.accessibilityProblems()).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The phase the words under the bar tell, in the order they come; -1 for words no phase writes. */
    private static int phaseOf(String words) {
        List<String> phases = List.of("Väntar på att inläsningen ska börja…", "Läser filen…", "Kontrollerar raderna…",
                "Sparar platser ");
        for (int i = 0; i < phases.size(); i++) {
            if (words.startsWith(phases.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A number as the page writes it, grouped by threes. */
    private static String grouped(int number) {
        return spaced(NumberFormat.getIntegerInstance(Locale.forLanguageTag("sv-SE")).format(number));
    }

    /** Swedish numbers are grouped with no-break spaces, which WebDriver may or may not give as such. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /**
     * The words under the bar, each time they change, until the report shows; a screenshot of the bar while
     * slots are being stored (or, should storing pass unseen, while rows are checked).
     */
    private static Set<String> watchProgress(Browser browser) throws InterruptedException {
        Set<String> seen = new LinkedHashSet<>();
        WebElement text = browser.find(By.id("import-progress-text"));
        WebElement report = browser.find(By.id("import-report"));
        boolean shot = false;
        long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!report.isDisplayed() && System.nanoTime() < until) {
            String words = spaced(text.getText()).strip();
            if (!words.isEmpty() && seen.add(words) && !shot
                    && (words.matches("Sparar platser [1-9].*") || words.startsWith("Kontrollerar raderna… "))) {
                assertThat(browser.find(By.id("import-progress-bar")).isDisplayed()).isTrue();
                browser.screenshot(browser.nextScreenshotName("bank-import-progress"));
                shot = words.startsWith("Sparar");
            }
            Thread.sleep(30);
        }
        return seen;
    }
}
