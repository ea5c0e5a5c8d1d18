package se.tuna.placement.web.browser;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link BrowserTest} classes: checks that Debian's chromium and chromedriver are there,
 * starts the {@link DemoService} once for the whole run (closed, with its node and folder, when
 * the run ends), gives each test class one {@link Browser}, signs it out before each test and,
 * after it, fails the test on the serious and critical axe findings of the pages it visited.
 *
 * <p>Without chromium the browser tests are skipped, loudly, on a developer's machine; with
 * {@code TUNA_BROWSER_TESTS=required} (CI) a missing browser fails the build instead.
 */
final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    static final String REQUIRED_VARIABLE = "TUNA_BROWSER_TESTS";

    private static final Logger log = LoggerFactory.getLogger(BrowserExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final String MISSING = "The browser tests need Debian's chromium and chromedriver at " + Browser.CHROMIUM
            + " and " + Browser.CHROMEDRIVER + ", and they are not there. Install them with:"
            + " sudo apt-get install -y chromium chromium-driver fonts-dejavu";
    private static boolean skipAnnounced;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (chromiumMissing()) {
            // Each test is then skipped on its own, so the build's summary counts them as skipped.
            return;
        }
        // The root store closes it after the last test of the run, whichever class that was in.
        DemoService service = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(DemoService.class, type -> DemoService.get(), DemoService.class);
        context.getStore(NAMESPACE).computeIfAbsent(Browser.class, type -> Browser.start(service.baseUri()), Browser.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (chromiumMissing()) {
            Assumptions.abort("SKIPPED: " + MISSING);
        }
        browser(context).startTest(testName(context));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = browser(context);
        if (browser == null) {
            return; // skipped: no browser
        }
        if (context.getExecutionException().isPresent()) {
            browser.screenshot(browser.nextScreenshotName("where-it-failed"));
        }
        List<String> problems = browser.accessibilityProblems();
        if (!problems.isEmpty()) {
            throw new AssertionError("Accessibility: axe found serious or critical violations\n\n"
                    + String.join("\n\n", problems));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == DemoService.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class
                ? browser(context)
                : context.getRoot().getStore(NAMESPACE).get(DemoService.class, DemoService.class);
    }

    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }

    /** E.g. {@code SupervisorInvitationBrowserTest.anInvitedSupervisor…}, or {@code …-COORDINATOR} for a parameterised one. */
    private static String testName(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        // A parameterised test's invocation is named after its arguments, e.g. "COORDINATOR".
        return context.getRequiredTestMethod().isAnnotationPresent(ParameterizedTest.class)
                ? name + "-" + context.getDisplayName()
                : name;
    }

    /**
     * Whether Debian's chromium or chromedriver is missing, after saying so loudly; fails instead
     * where {@code TUNA_BROWSER_TESTS=required}.
     */
    private static boolean chromiumMissing() {
        if (Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER)) {
            return false;
        }
        if ("required".equals(String.valueOf(System.getenv(REQUIRED_VARIABLE)).toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException(MISSING + " (" + REQUIRED_VARIABLE + "=required: they may not be skipped)");
        }
        announceSkip();
        return true;
    }

    private static synchronized void announceSkip() {
        if (skipAnnounced) {
            return;
        }
        skipAnnounced = true;
        String banner = "*".repeat(100);
        log.warn("\n{}\n* BROWSER TESTS SKIPPED\n* {}\n* Set {}=required to make this an error instead of a skip.\n{}",
                banner, MISSING, REQUIRED_VARIABLE, banner);
    }
}
