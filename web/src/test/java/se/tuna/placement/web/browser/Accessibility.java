package se.tuna.placement.web.browser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * axe-core on the page a browser shows: the violations whose impact is serious or critical, each
 * written out so that a failing build says what to fix and where without opening a report.
 */
final class Accessibility {

    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final Logger log = LoggerFactory.getLogger(Accessibility.class);

    private Accessibility() {
    }

    /** The serious and critical violations on the page, one paragraph each; empty when there are none. */
    static List<String> seriousProblems(WebDriver driver) {
        AxeRunOptions options = new AxeRunOptions();
        // Details of the violations only: the passes of every rule are a large answer to carry back.
        options.setResultTypes(List.of("violations"));
        // Legacy mode: axe.run in the page itself. The default runs axe in each frame, then opens a
        // blank window to put the results together, which doubles the time; our pages have no frames.
        Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            return List.of("axe could not check the page: " + results.getErrorMessage());
        }
        List<String> lesser = results.getViolations().stream()
                .filter(rule -> !FAILING_IMPACTS.contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + ")")
                .toList();
        if (!lesser.isEmpty()) {
            log.info("axe on {} also found, not failing the test: {}", driver.getCurrentUrl(), lesser);
        }
        return results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream()
                .map(Accessibility::describe)
                .collect(Collectors.joining("\n"));
        return "%s (%s): %s – %s%n%s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), nodes);
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().strip().replace("\n", "\n        ");
        return "    at " + node.getTarget() + "\n      " + abbreviate(node.getHtml()) + (summary.isEmpty() ? "" : "\n      " + summary);
    }

    private static String abbreviate(String html) {
        String flat = html == null ? "" : html.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + " …";
    }
}
