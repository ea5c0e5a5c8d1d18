package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.tuna.placement.participants.participant.ParticipantRules;

/**
 * A coordinator checks a caseload file on the import page, then imports it: the dry run says what
 * would be read in and stores nothing, the import reads it in. The bank's import beside it still
 * reports into its own section.
 */
@BrowserTest
class CaseloadImportBrowserTest {

    @Test
    void aCaseloadIsCheckedThenImported(Browser browser) throws IOException {
        String id = "D-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 25), 32).toUpperCase();
        LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);
        Path file = Files.createTempFile("inskrivna", ".csv");
        Files.writeString(file, "participantId;site;gender;compensation;admittedOn;enrolledOn;consent\n" + id
                + ";strangnas;kvinna;Sjukpenning;" + today.minusDays(12) + ";" + today.minusDays(7) + ";ja\n", StandardCharsets.UTF_8);
        try {
            browser.signIn(DemoAccount.COORDINATOR);
            browser.open("/import");
            browser.waitUntilSettled();

            browser.find(By.id("caseload-file")).sendKeys(file.toAbsolutePath().toString());
            browser.find(By.id("caseload-submit")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("caseload-report-title"),
                    "Resultat av provkörningen"));
            assertThat(browser.find(By.id("caseload-report-body")).getText()).contains("ingenting har sparats")
                    .contains("Deltagare som skulle läsas in");
            browser.visited("caseload-dry-run");

            browser.find(By.xpath("//div[@id='caseload-report-body']//button[normalize-space()='Spara på riktigt']")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("caseload-report-title"),
                    "Resultat av inläsningen"));
            assertThat(browser.find(By.id("caseload-report-body")).getText()).contains("Alla rader är sparade")
                    .contains("Inlästa deltagare");
            browser.visited("caseload-imported");
            assertThat(browser.accessibilityProblems()).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theBanksImportBesideItStillChecksItsOwnFile(Browser browser) throws IOException {
        Path file = Files.createTempFile("platser", ".csv");
        Files.writeString(file, "organisationsnummer;arbetsgivare;sektor;sni;ort;verksamheter\n"
                + "559910-0004;Exempel Lager AB;privat;52100;Eskilstuna;eskilstuna\n", StandardCharsets.UTF_8);
        try {
            browser.signIn(DemoAccount.COORDINATOR);
            browser.open("/import");
            browser.waitUntilSettled();

            browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            browser.find(By.id("import-submit")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("import-report-title"),
                    "Resultat av provkörningen"));
            assertThat(browser.find(By.id("import-report-body")).getText()).contains("Nya arbetsgivare");
            assertThat(browser.find(By.id("caseload-report")).isDisplayed()).isFalse();
            browser.visited("bank-dry-run");
            assertThat(browser.accessibilityProblems()).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
