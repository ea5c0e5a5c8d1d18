package se.tuna.placement.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.matcher.explain.CriterionStatus;
import se.tuna.placement.participants.participant.Phase;

/**
 * Checks the static browser UI (src/main/resources/static) without a browser: every page is Swedish,
 * self-contained (no CDN, no external fonts), labels every form control, and loads only modules
 * that exist; and the UI's built-in vocabulary matches the domain's enums, so a label never drifts.
 */
class StaticUiTest {

    static final List<String> PAGES = List.of("index.html", "samordnare.html", "forslag.html", "plan.html",
            "arbetsgivare.html", "import.html", "coach.html");
    static final List<String> MODULES = List.of("api.js", "ui.js", "vocabulary.js", "occupation-combobox.js",
            "checklist.js", "samordnare.js", "forslag.js", "plan.js", "arbetsgivare.js", "import.js");

    private static final Pattern TAG = Pattern.compile("<(input|select|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");
    private static final Pattern LABEL_FOR = Pattern.compile("<label\\b[^>]*\\bfor=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern RESOURCE = Pattern.compile("\\b(?:src|href)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s[^;]*?from\\s+'([^']+)'");
    private static final Pattern TERM = Pattern.compile("\\{ code: '([A-Z_]+)', label: '([^']+)' }");

    static Stream<String> pages() {
        return PAGES.stream();
    }

    @ParameterizedTest(name = "{0} is a Swedish, responsive page with a way past the menu")
    @MethodSource("pages")
    void everyPageIsSwedishResponsiveAndSkippable(String page) {
        String html = read(page);

        assertThat(html).startsWith("<!doctype html>");
        assertThat(html).contains("<html lang=\"sv\">", "<meta charset=\"utf-8\">", "name=\"viewport\"",
                "<link rel=\"stylesheet\" href=\"app.css\">", "<main id=\"main\">", "href=\"#main\"");
        assertThat(html).containsPattern("<h1>[^<]+</h1>");
    }

    @ParameterizedTest(name = "{0} labels every form control")
    @MethodSource("pages")
    void everyFormControlHasALabel(String page) {
        String html = read(page);
        Set<String> labelled = matches(LABEL_FOR, html).stream().collect(Collectors.toSet());

        List<String> unlabelled = new ArrayList<>();
        int controls = 0;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            if ("hidden".equals(attributes.get("type"))) {
                continue;
            }
            controls++;
            String id = attributes.get("id");
            if (id == null || !labelled.contains(id)) {
                unlabelled.add(tag.group());
            }
        }
        assertThat(unlabelled).as("controls without <label for>").isEmpty();
        if (html.contains("<form")) {
            assertThat(controls).as("form controls found in " + page).isPositive();
        }
    }

    @ParameterizedTest(name = "{0} has unique ids")
    @MethodSource("pages")
    void idsAreUnique(String page) {
        List<String> ids = matches(ID, read(page));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} loads nothing from outside the service, and only files that exist")
    @MethodSource("pages")
    void pagesLoadOnlyLocalFilesThatExist(String page) {
        for (String resource : matches(RESOURCE, read(page))) {
            if (resource.startsWith("#") || resource.startsWith("data:") || resource.startsWith("mailto:")
                    || resource.startsWith("tel:") || resource.equals("./")) {
                continue;
            }
            assertThat(resource).as(page + " refers to " + resource).doesNotContain("//").doesNotStartWith("/");
            assertThat(exists(resource.replaceAll("[?#].*$", ""))).as(page + " refers to missing " + resource).isTrue();
        }
    }

    @Test
    void modulesImportOnlySiblingModulesThatExist() {
        for (String module : MODULES) {
            String source = read("js/" + module);
            for (String imported : matches(IMPORT, source)) {
                assertThat(imported).as(module + " imports " + imported).startsWith("./").endsWith(".js");
                assertThat(exists("js/" + imported.substring(2))).as(module + " imports missing " + imported).isTrue();
            }
            assertThat(source).as(module + " reaches outside the service").doesNotContain("http://", "https://", "innerHTML");
        }
    }

    @Test
    void theStylesheetUsesNoExternalFontsOrImagesAndShowsFocus() {
        String css = read("app.css");

        assertThat(css).doesNotContain("@import", "url(", "@font-face", "http://", "https://");
        assertThat(css).contains(":focus-visible", "@media (max-width:");
    }

    @Test
    void anUnreachablePlatformIsToldInPlainSwedish() {
        assertThat(read("js/api.js"))
                .contains("'Platsbanken går inte att nå just nu – försök igen om en stund.'")
                .contains("502", "503", "504");
    }

    @Test
    void theBuiltInVocabularyHasTheDomainsCodesAndSwedishLabels() {
        String source = read("js/vocabulary.js");

        assertThat(terms(source, "demands")).containsExactlyEntriesOf(
                labels(WorkDemand.values(), WorkDemand::name, WorkDemand::label));
        assertThat(terms(source, "support")).containsExactlyEntriesOf(
                labels(SupportOffered.values(), SupportOffered::name, SupportOffered::label));
        assertThat(terms(source, "accessibility")).containsExactlyEntriesOf(
                labels(Accessibility.values(), Accessibility::name, Accessibility::label));
        assertThat(terms(source, "weekdays").keySet()).containsExactly(
                "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    }

    @Test
    void theBuiltInPhasesAreTheDomainsWithTheirSwedishLabels() {
        String source = read("js/vocabulary.js");
        int start = source.indexOf("export const PHASES");
        assertThat(start).as("PHASES in vocabulary.js").isNotNegative();
        Map<String, String> phases = new LinkedHashMap<>();
        Matcher term = TERM.matcher(source.substring(start, source.indexOf("]);", start)));
        while (term.find()) {
            phases.put(term.group(1), term.group(2));
        }

        assertThat(phases).containsExactlyEntriesOf(labels(Phase.values(), Phase::name, Phase::label));
    }

    @Test
    void theChecklistMarksEveryStatusWithSymbolAndTextAndNeverAPercentage() {
        String source = read("js/checklist.js");

        for (CriterionStatus status : CriterionStatus.values()) {
            assertThat(source).as("marker of " + status)
                    .containsPattern(status.name() + ": \\{ symbol: '[^']+', label: '" + status.label() + "' }");
        }
        for (String file : List.of("forslag.html", "plan.html", "js/checklist.js", "js/forslag.js", "js/plan.js")) {
            assertThat(read(file)).as(file + " shows no match percentage").doesNotContainPattern("%\\s*match|\\d\\s*%");
        }
    }

    @Test
    void theCoordinatorPagesAreLinkedAndSayAPersonDecides() {
        for (String page : List.of("index.html", "samordnare.html", "forslag.html", "plan.html")) {
            assertThat(read(page)).as(page).contains("href=\"forslag.html\"", "href=\"plan.html\"");
        }
        assertThat(read("plan.html")).contains("Samordnarens namn", "GDPR artikel 22", "Besluta placering");
        assertThat(read("js/plan.js")).contains("'Platsen bokas och deltagaren markeras som placerad.", "new EventSource(");
    }

    @Test
    void theCoachPageSaysItIsComingAndShowsNoData() {
        String html = read("coach.html");

        assertThat(html).contains("kommer i nästa version");
        assertThat(html).doesNotContainPattern("<(form|table|input|script)\\b");
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The `{ code, label }` terms of one list in vocabulary.js's FALLBACK_VOCABULARIES, in order. */
    private static Map<String, String> terms(String source, String list) {
        int start = source.indexOf("  " + list + ": [");
        assertThat(start).as("list " + list).isNotNegative();
        int end = source.indexOf("],", start);
        Map<String, String> terms = new LinkedHashMap<>();
        Matcher term = TERM.matcher(source.substring(start, end));
        while (term.find()) {
            terms.put(term.group(1), term.group(2));
        }
        return terms;
    }

    private static <E> Map<String, String> labels(E[] values, java.util.function.Function<E, String> code,
            java.util.function.Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> labels.put(code.apply(value), label.apply(value)));
        return labels;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(), attribute.group(2));
        }
        return attributes;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static boolean exists(String path) {
        return StaticUiTest.class.getResource("/static/" + path) != null;
    }

    static String read(String path) {
        try (InputStream in = StaticUiTest.class.getResourceAsStream("/static/" + path)) {
            assertThat(in).as("static/" + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
