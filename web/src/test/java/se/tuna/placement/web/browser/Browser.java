package se.tuna.placement.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.web.browser.DemoAccount.MenuEntry;

/**
 * Headless Chromium (Debian's package and its chromedriver; Selenium never downloads anything)
 * on the demo service, with what the tests do with it: open a page, sign in and out, read the
 * menu, and for each page visited a full-page screenshot under {@code target/screenshots/} and an
 * axe check whose serious and critical findings fail the test (see {@link BrowserExtension}).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Logger log = LoggerFactory.getLogger(Browser.class);
    private static final Duration WAIT = Duration.ofSeconds(20);
    // Selenium's default of 500 ms would add up to half a second to every step.
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("target").resolve("screenshots");
    // Screenshots taller than this are cut: a long list says nothing more further down.
    private static final int LONGEST_SCREENSHOT = 4000;

    /**
     * Counts the page's fetches, so "the page has settled" can mean: loaded, and no API call of
     * its scripts under way or just finished (their results are being drawn).
     */
    private static final String FETCH_TRACKER = """
            (() => {
              const state = { inFlight: 0, changed: performance.now() };
              Object.defineProperty(window, '__tunaFetches', { value: state });
              const original = window.fetch;
              window.fetch = function (...args) {
                state.inFlight++;
                state.changed = performance.now();
                return original.apply(this, args).finally(() => {
                  state.inFlight--;
                  state.changed = performance.now();
                });
              };
            })();
            """;
    private static final String SETTLED = """
            const fetches = window.__tunaFetches;
            return document.readyState === 'complete'
              && (!fetches || (fetches.inFlight === 0 && performance.now() - fetches.changed > 100));
            """;

    // Selenium looks for DevTools classes matching the browser's version to offer CDP features we
    // do not use (we send CDP commands through chromedriver); it warns when it has none. Held here,
    // as java.util.logging keeps its loggers only weakly.
    private static final java.util.logging.Logger CDP_VERSION_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(java.util.logging.Level.SEVERE);
    }

    private static boolean screenshotsCleared;

    private final URI base;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final List<String> accessibilityProblems = new ArrayList<>();
    private String test = "browser";
    private int step;

    private Browser(URI base, ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.base = base;
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        // A page re-renders what it shows (a list counted again, a report reloaded): an element found a moment
        // before may be replaced while a condition reads it; the wait reads it again rather than failing.
        this.wait = new WebDriverWait(driver, WAIT, POLL);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** A new browser with a profile of its own, on the service at {@code base}. */
    static Browser start(URI base) {
        Path profile;
        try {
            profile = Files.createTempDirectory("tuna-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a profile folder for Chromium", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + profile, "--lang=sv-SE");
        // No password manager: it would offer to save the demo passwords and check them for leaks.
        // Downloads go, unasked, to a folder of the profile, where a test finds them (downloaded(…)).
        options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false,
                "profile.password_manager_enabled", false, "profile.password_manager_leak_detection", false,
                "intl.accept_languages", "sv-SE,sv", "download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        // The browser lives where the programme does: its "today" is the service's (they differ an hour a day otherwise).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .withEnvironment(Map.of("TZ", ParticipantRules.PROGRAMME_ZONE.getId()))
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(SCREENSHOTS.getParent().toFile(), "chromedriver.log"))
                .withAppendLog(true)
                .build();
        ChromeDriver driver;
        try {
            Files.createDirectories(SCREENSHOTS);
            driver = new ChromeDriver(service, options);
        } catch (IOException | RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FETCH_TRACKER));
        return new Browser(base, service, driver, profile);
    }

    /** Starts a test: signed out, on no page, screenshots named after {@code test}, no findings yet. */
    void startTest(String test) {
        clearOldScreenshots();
        this.test = test;
        this.step = 0;
        this.accessibilityProblems.clear();
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of the service by its path, e.g. {@code /deltagare}. */
    void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    /** Waits (up to 20 s) until {@code condition} holds, and returns what it found. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** The path of the page shown, e.g. {@code /logga-in}. */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The query of the page shown, or an empty string. */
    String query() {
        String query = URI.create(driver.getCurrentUrl()).getQuery();
        return query == null ? "" : query;
    }

    /** Waits until the page shown has path {@code path}. */
    void waitForPath(String path) {
        waitUntil(browser -> path.equals(path()) ? Boolean.TRUE : null);
    }

    /** The page's first-level heading, once its scripts have set it. */
    String heading() {
        return driver.findElement(By.tagName("h1")).getText().strip();
    }

    /** The whole page as the server sent it and its scripts changed it. */
    String source() {
        return driver.getPageSource();
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /** The main menu as shown: each entry's text and the path it leads to. */
    List<MenuEntry> menu() {
        return driver.findElements(By.cssSelector("nav.site-nav a")).stream()
                .map(link -> new MenuEntry(link.getText().strip(), URI.create(link.getDomAttribute("href")).getPath()))
                .toList();
    }

    /**
     * Marks the page shown as visited at {@code step}: waits until it has settled, saves a
     * screenshot and checks it with axe, keeping its serious and critical findings for the end of
     * the test.
     */
    void visited(String step) {
        long began = System.nanoTime();
        waitUntilSettled();
        long settled = System.nanoTime();
        this.step++;
        String name = "%s-%02d-%s".formatted(test, this.step, fileName(step));
        screenshot(name);
        long shot = System.nanoTime();
        List<String> problems = Accessibility.seriousProblems(driver);
        log.info("Visited {}: settled {} ms, screenshot {} ms, axe {} ms", name, (settled - began) / 1_000_000,
                (shot - settled) / 1_000_000, (System.nanoTime() - shot) / 1_000_000);
        if (!problems.isEmpty()) {
            accessibilityProblems.add("On " + driver.getCurrentUrl() + " (" + name + ".png), axe found:\n"
                    + String.join("\n", problems));
        }
    }

    /** What the service answered a call of {@link #api}: the status and the body as text. */
    record ApiAnswer(int status, String body) {
    }

    /**
     * Calls the service's API from the page shown, as its scripts do: in the signed-in session,
     * with the page's CSRF token on a change, {@code json} (or nothing, when null) as the body.
     * For a test that prepares through the API what the page then shows.
     */
    ApiAnswer api(String method, String path, String json) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const [method, path, json, done] = arguments;
                const headers = { Accept: 'application/json, application/problem+json' };
                const token = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content');
                const header = document.querySelector('meta[name="csrf-header"]')?.getAttribute('content');
                if (token && header && method !== 'GET') {
                  headers[header] = token;
                }
                if (json !== null) {
                  headers['Content-Type'] = 'application/json';
                }
                fetch(path, { method, headers, body: json ?? undefined })
                  .then((response) => response.text().then((text) => done({ status: response.status, text })))
                  .catch((error) => done({ status: 0, text: String(error) }));
                """, method, path, json);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) answer;
        return new ApiAnswer(((Number) result.get("status")).intValue(), (String) result.get("text"));
    }

    /** The serious and critical axe findings of the pages visited in this test. */
    List<String> accessibilityProblems() {
        return List.copyOf(accessibilityProblems);
    }

    /**
     * Clicks what starts a download and waits until the browser has saved the file, whose name
     * ends as asked ({@code .pdf}); returns where it is.
     */
    Path download(WebElement link, String ending) {
        Path folder = profile.resolve("downloads");
        link.click();
        return waitUntil(browser -> {
            try (var files = Files.list(folder)) {
                return files.filter(file -> file.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
            } catch (IOException notYetMade) {
                return null;
            }
        });
    }

    /** Waits until the page has loaded and its scripts have no API call under way. */
    void waitUntilSettled() {
        waitUntil(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(SETTLED)) ? Boolean.TRUE : null);
    }

    /**
     * Signs in on the sign-in page with an e-mail address and password (the page is visited and
     * checked), and waits until the browser has left it or it answers with a message.
     */
    void signIn(String email, String password) {
        open("/logga-in");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        visited("sign-in-page");
        submitSignIn(email, password);
    }

    /** Fills in and sends the sign-in form shown, then waits for the page that answers it. */
    void submitSignIn(String email, String password) {
        WebElement username = find(By.id("username"));
        username.clear();
        username.sendKeys(email);
        WebElement passwordField = find(By.id("password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        WebElement form = username.findElement(By.xpath("ancestor::form"));
        leaving(() -> form.findElement(By.cssSelector("button[type=submit]")).click());
        waitUntilSettled();
    }

    /**
     * Does what leaves the page (a form sent, a link followed) and waits until another document is
     * shown. Marks the page's window rather than waiting for an element to go stale: while Chromium
     * is between documents, it may answer a question about an old element with an error that is not
     * a stale element's.
     */
    void leaving(Runnable action) {
        ((JavascriptExecutor) driver).executeScript("window.tunaLeftBehind = true;");
        action.run();
        waitUntil(browser -> {
            try {
                return ((JavascriptExecutor) browser).executeScript("return window.tunaLeftBehind === undefined;")
                        .equals(Boolean.TRUE) ? Boolean.TRUE : null;
            } catch (WebDriverException betweenDocuments) {
                return null;
            }
        });
    }

    /** Signs in with a demo account and waits for its start page. */
    void signIn(DemoAccount account) {
        signIn(account.email(), DemoAccount.PASSWORD);
        assertThat(path()).as("where %s lands after signing in", account.email()).isEqualTo(account.startPage());
    }

    /** Presses "Logga ut" in the header and waits for the sign-in page that says so. */
    void signOut() {
        WebElement button = waitUntil(ExpectedConditions.elementToBeClickable(
                By.xpath("//header//form[contains(@class,'sign-out')]//button[normalize-space()='Logga ut']")));
        leaving(button::click);
        waitForPath("/logga-in");
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        Path file = SCREENSHOTS.resolve(fileName(name) + ".png");
        try {
            Files.write(file, fullPage());
        } catch (IOException | RuntimeException e) {
            log.warn("Could not save the screenshot {}", file, e);
        }
    }

    /** The test and step counter, for a screenshot of where a failed test stopped. */
    String nextScreenshotName(String what) {
        return "%s-%02d-%s".formatted(test, step + 1, fileName(what));
    }

    private byte[] fullPage() {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) content.get("width")).doubleValue();
            double height = Math.min(((Number) content.get("height")).doubleValue(), LONGEST_SCREENSHOT);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            // The window's part of the page is better than nothing.
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    private static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Screenshots of an earlier run would be taken for this one's. */
    private static synchronized void clearOldScreenshots() {
        if (screenshotsCleared) {
            return;
        }
        screenshotsCleared = true;
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".png")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not clear old screenshots in {}", SCREENSHOTS, e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.debug("Could not delete {}", dir, e);
        }
    }
}
