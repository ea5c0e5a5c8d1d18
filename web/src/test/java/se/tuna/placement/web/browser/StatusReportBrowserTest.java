package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The status report as management reads it on the demo programme: the page counts every site
 * together, the PDF and the CSV files downloaded in the browser hold the same figures, and nothing of a person is
 * within reach. A coordinator picks a period; one that ends before it starts is refused at its field.
 */
@BrowserTest
class StatusReportBrowserTest {

    @Test
    void managementReadsTheReportAndDownloadsItsPdfButReachesNoPerson(Browser browser) throws IOException {
        browser.signIn(DemoAccount.MANAGEMENT);
        browser.open("/lagesrapport");
        WebElement title = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
        assertThat(title.getText()).startsWith("Lägesrapport – TUNA Eskilstuna");
        String active = figure(browser, "report-now", "Aktiva deltagare");
        String inTraining = figure(browser, "report-now", "Ute på arbetsträning");
        assertThat(Integer.parseInt(active)).as("the demo programme's active participants").isPositive();
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("report-key-figures")));
        assertThat(browser.find(By.id("report-key-figures")).getText()).contains("uppskattning");
        assertThat(browser.driver().findElements(By.id("report-sus"))).as("the SUS worklist is a line per person").isEmpty();
        browser.visited("status-report");

        Path pdf = browser.download(browser.find(By.id("report-pdf")), ".pdf");
        assertThat(pdf.getFileName().toString()).as("every site, counted together").startsWith("lagesrapport-eskilstuna-")
                .contains("-strangnas-");
        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Lägesrapport – TUNA Eskilstuna", "Aktiva deltagare " + active, "Ute på arbetsträning " + inTraining);

        Path zip = browser.download(browser.find(By.id("report-csv")), ".zip");
        String phases = csvIn(zip, "-aktiva-per-fas.csv");
        assertThat(phases).startsWith("\uFEFFFas;Antal\r\n").contains("Ute på arbetsträning;" + inTraining + "\r\n",
                "Aktiva totalt;" + active + "\r\n");

        browser.open("/deltagare");
        browser.waitForPath("/ingen-behorighet");
        browser.open("/api/participants");
        browser.waitUntilSettled();
        assertThat(browser.find(By.tagName("body")).getText()).as("the API's answer").contains("\"status\":403");
    }

    @Test
    void aCoordinatorChoosesAPeriodAndOneEndingBeforeItStartsIsRefusedAtItsField(Browser browser) {
        browser.signIn(DemoAccount.COORDINATOR);
        browser.open("/lagesrapport");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
        assertThat(browser.find(By.id("r-from")).getDomProperty("value")).as("the half-year by default").endsWith("-01");
        assertThat(browser.find(By.id("report-sus")).getDomAttribute("href")).contains("/api/reports/sus-exits.csv?sites=eskilstuna");

        setDate(browser, "r-from", "2026-06-01");
        setDate(browser, "r-until", "2026-01-31");
        browser.find(By.id("r-show")).click();
        WebElement error = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("r-until-error")));
        assertThat(error.getText()).contains("Kan inte vara före 1 juni 2026");
        assertThat(browser.find(By.id("r-until")).getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.visited("period-refused");

        setDate(browser, "r-until", "2026-09-30");
        browser.find(By.id("r-show")).click();
        browser.waitUntil(driver -> driver.findElement(By.id("report-title")).isDisplayed()
                && driver.findElement(By.id("status-report")).getText().contains("1 juni 2026") ? Boolean.TRUE : null);
        assertThat(browser.query()).contains("fran=2026-06-01", "till=2026-09-30");
        browser.visited("period-chosen");

        // The site's coordinator enters the programme's cost for the period shown: its key figures are counted from it.
        browser.find(By.cssSelector("#report-key-figures ~ details summary")).click();
        browser.waitUntil(driver -> "600000".equals(driver.findElement(By.id("kf-eskilstuna-potential")).getDomProperty("value"))
                || "600000.0".equals(driver.findElement(By.id("kf-eskilstuna-potential")).getDomProperty("value")) ? Boolean.TRUE : null);
        browser.find(By.id("kf-eskilstuna-programmeCost-amount")).sendKeys("1300000");
        setDate(browser, "kf-eskilstuna-programmeCost-from", "2026-06-01");
        setDate(browser, "kf-eskilstuna-programmeCost-until", "2026-09-30");
        browser.find(By.cssSelector("#kf-eskilstuna-form button[type=submit]")).click();
        browser.waitUntil(driver -> driver.findElement(By.id("kf-eskilstuna-message")).getText().contains("sparade") ? Boolean.TRUE : null);
        browser.waitUntil(driver -> driver.findElement(By.xpath(
                "//div[@id='key-figures']//tr[th[normalize-space()='Kostnad per deltagare']]/td[1]")).getText().endsWith("kr")
                ? Boolean.TRUE : null);
        browser.visited("key-figure-parameters");
    }

    /** The text of the file in the ZIP whose name ends so, read as UTF-8 (its byte-order mark kept, to be seen). */
    private static String csvIn(Path zip, String ending) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(ending)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No file ending " + ending + " in " + zip);
    }

    private static void setDate(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(By.id(id)), value);
    }

    /** The figure in the row named {@code row} of the panel headed by {@code panel}, as the page shows it. */
    private static String figure(Browser browser, String panel, String row) {
        return browser.find(By.xpath("//section[@aria-labelledby='" + panel + "']//tr[th[normalize-space()='" + row + "']]/td"))
                .getText();
    }
}
