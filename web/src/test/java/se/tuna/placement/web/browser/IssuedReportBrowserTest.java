package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A coordinator issues (freezes) the status report shown, with a note for the steering group, finds
 * it in the list of issued reports and opens it: shown under a banner saying when and by whom it was
 * issued, its downloads the issued ones, and the address naming it.
 */
@BrowserTest
class IssuedReportBrowserTest {

    @Test
    void aCoordinatorIssuesTheReportWithANoteAndOpensItFromTheList(Browser browser) throws IOException {
        browser.signIn(DemoAccount.COORDINATOR);
        browser.open("/lagesrapport");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
        String active = figure(browser, "Aktiva deltagare");
        String note = "Till styrgruppen " + UUID.randomUUID().toString().substring(0, 8);

        browser.find(By.id("i-note")).sendKeys(note);
        browser.find(By.id("i-issue")).click();
        WebElement row = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//table[@id='issued-table']//tr[td[normalize-space()='" + note + "']]")));
        assertThat(browser.find(By.id("issue-status")).getText()).startsWith("Rapporten är utfärdad");
        browser.visited("issued");

        row.findElement(By.className("issued-show")).click();
        WebElement banner = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("issued-banner")));
        assertThat(banner.getText()).startsWith("Utfärdad ").contains("– visas som den var då.", note);
        assertThat(browser.query()).startsWith("utfardad=");
        assertThat(figure(browser, "Aktiva deltagare")).as("the figures issued").isEqualTo(active);
        assertThat(browser.find(By.id("issue-section")).isDisplayed()).as("an issued report is not issued again").isFalse();
        assertThat(browser.find(By.id("report-pdf")).getDomAttribute("href")).startsWith("/api/reports/issued/").endsWith(".pdf");
        assertThat(browser.find(By.id("report-csv")).getDomAttribute("href")).startsWith("/api/reports/issued/").endsWith(".zip");
        browser.visited("issued-shown");

        Path pdf = browser.download(browser.find(By.id("report-pdf")), ".pdf");
        assertThat(pdf.getFileName().toString()).contains("-utfardad-");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Utfärdad ", note, "Aktiva deltagare " + active);
        }
    }

    /** The figure in the row named {@code row} of the report's panel of today's participants. */
    private static String figure(Browser browser, String row) {
        return browser.find(By.xpath("//section[@aria-labelledby='report-now']//tr[th[normalize-space()='" + row + "']]/td"))
                .getText();
    }
}
