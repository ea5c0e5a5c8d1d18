package se.tuna.placement.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.tuna.placement.access.account.AccountStatus;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.followup.calendar.AbsenceKind;
import se.tuna.placement.followup.planning.QueueKind;
import se.tuna.placement.followup.visit.UnplannedReason;
import se.tuna.placement.followup.visit.VisitKind;
import se.tuna.placement.matcher.explain.CriterionStatus;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.participant.TravelMode;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.StintStage;

/**
 * Checks the browser UI without a browser: the page templates (src/main/resources/templates),
 * rendered in the shared layout as the service renders them, and the static scripts and styles.
 * Every page is one Swedish document with one header and one main region, labels every form
 * control, links only to the service's own pages and files that exist, and builds its links with
 * link expressions; every change a script makes carries the session's CSRF token; and the UI's
 * built-in vocabulary matches the domain's enums, so a label never drifts.
 */
class StaticUiTest {

    /** The pages of the signed-in UI; each loads the module of its own name. */
    static final List<String> PAGES = List.of("deltagare", "deltagare-profil", "forslag", "plan", "platser", "arbetsgivare",
            "import", "oversikt", "lagesrapport", "admin", "mitt-konto", "besok", "besoksplanering");

    private static final Pattern TAG = Pattern.compile("<(input|select|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:-]+)(?:=\"([^\"]*)\")?");
    private static final Pattern LABEL_FOR = Pattern.compile("<label\\b[^>]*\\bfor=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern RESOURCE = Pattern.compile("\\s(?:src|href|action)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_LINK = Pattern.compile("\\s(?:src|href|action)=\"(?!#)[^\"]*\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_EXPRESSION = Pattern.compile("\\sth:(?:src|href|action)=\"([^\"]*)\"");
    private static final Pattern MODULE = Pattern.compile("<script type=\"module\" src=\"/js/([^\"]+)\"></script>");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern OLD_PAGE = Pattern.compile("[\\w-]+\\.html(?![\\w-])");
    private static final Pattern HEADING = Pattern.compile("<h([1-6])\\b");
    /** Where a page says how things went: a div or p #…-message, #…-error, #…-status or #…-count. */
    private static final Pattern MESSAGE_REGION = Pattern.compile("<(?:div|p)\\b[^>]*\\sid=\"[\\w-]+-(?:message|error|status|count)\"[^>]*>");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s[^;]*?from\\s+'([^']+)'");
    private static final Pattern TERM = Pattern.compile("\\{ code: '([A-Z_]+)', label: '([^']+)' }");

    /** Signing out, which Spring Security answers rather than a controller. */
    private static final String SIGN_OUT = "/logga-ut";

    private static final SpringTemplateEngine TEMPLATES = templateEngine();

    static Stream<String> pages() {
        return PAGES.stream();
    }

    /** The templates that are parts of pages, not pages: the layout, and the fragments pages share. */
    private static final List<String> PARTS = List.of("layout", "fragments");

    /** Every template but the parts: the pages and those of signing in. */
    static Stream<String> templates() {
        try (Stream<Path> files = Files.walk(resourceDirectory("templates"))) {
            Path root = resourceDirectory("templates");
            return files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/').replaceAll("\\.html$", ""))
                    .filter(name -> !PARTS.contains(name)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- The pages in the shared layout --------------------------------------------------------------

    @ParameterizedTest(name = "{0} is put in the shared layout and has no header or footer of its own")
    @MethodSource("templates")
    void everyTemplateIsPutInTheSharedLayout(String template) {
        String source = template(template);

        assertThat(source).startsWith("<!doctype html>").contains("<html lang=\"sv\"")
                .containsPattern("th:replace=\"~\\{layout :: page\\(~\\{::title}, ~\\{::main}, ~\\{(::script)?}\\)}\"")
                .contains("<main id=\"main\"");
        assertThat(source).as(template + " copies parts of the layout")
                .doesNotContain("site-header", "site-footer", "skip-link", "rel=\"stylesheet\"", "csrf-token");
    }

    @ParameterizedTest(name = "{0} renders as one Swedish page with the menu, one main region and a heading")
    @MethodSource("pages")
    void everyPageRendersAsOneSwedishDocumentInTheLayout(String page) {
        String html = render(page);

        assertThat(html).startsWith("<!doctype html>").contains("<html lang=\"sv\">", "<meta charset=\"utf-8\">",
                "name=\"viewport\"", "href=\"/app.css\"", "href=\"#main\"", "Sara Samordnare", "Logga ut");
        assertThat(count(html, "class=\"site-header\"")).as("headers").isEqualTo(1);
        assertThat(count(html, "<main id=\"main\"")).as("main regions").isEqualTo(1);
        assertThat(count(html, "<h1")).as("top headings").isEqualTo(1);
        assertThat(html).containsPattern("<title>[^<]+ – TUNA Platsbanken</title>");
        assertThat(html).contains("<meta name=\"csrf-token\" content=\"token-of-the-session\">",
                "<meta name=\"csrf-header\" content=\"X-CSRF-TOKEN\">");
    }

    @ParameterizedTest(name = "{0} labels every form control")
    @MethodSource("pages")
    void everyFormControlHasALabel(String page) {
        String html = render(page);
        Set<String> labelled = Set.copyOf(matches(LABEL_FOR, html));

        List<String> unlabelled = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            if ("hidden".equals(attributes.get("type"))) {
                continue;
            }
            String id = attributes.get("id");
            if (id == null || !labelled.contains(id)) {
                unlabelled.add(tag.group());
            }
        }
        assertThat(unlabelled).as("controls without <label for>").isEmpty();
    }

    @ParameterizedTest(name = "{0} has its headings in order")
    @MethodSource("pages")
    void headingsDoNotSkipALevel(String page) {
        List<Integer> levels = matches(HEADING, render(page)).stream().map(Integer::valueOf).toList();

        assertThat(levels).as("headings of " + page).isNotEmpty().first().isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as(page + ": heading " + (i + 1) + " after h" + levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    @ParameterizedTest(name = "{0} says its messages in live regions")
    @MethodSource("pages")
    void messageRegionsAreLiveRegions(String page) {
        Matcher region = MESSAGE_REGION.matcher(render(page));
        int regions = 0;
        while (region.find()) {
            regions++;
            assertThat(region.group()).as(page + ": message region").containsPattern("role=\"(status|alert)\"");
        }
        assertThat(regions).as("message regions of " + page).isPositive();
    }

    @ParameterizedTest(name = "{0} has unique ids")
    @MethodSource("pages")
    void idsAreUnique(String page) {
        assertThat(matches(ID, render(page))).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} loads its own module and links only to the service's pages and files")
    @MethodSource("pages")
    void pagesLoadTheirModuleAndLinkOnlyToPagesAndFilesThatExist(String page) {
        String html = render(page);

        assertThat(matches(MODULE, html)).as("modules of " + page).containsExactly(page + ".js");
        assertThat(matches(SCRIPT, html.replaceAll("<script type=\"module\" src=\"/js/[^\"]+\">", "")))
                .as("scripts other than modules").isEmpty();
        List<Pattern> routes = pageRoutes();
        for (String resource : matches(RESOURCE, html)) {
            String path = resource.replaceAll("[?#].*$", "");
            if (resource.startsWith("#") || resource.startsWith("data:")) {
                continue;
            }
            assertThat(resource).as(page + " refers to " + resource).startsWith("/").doesNotContain("//");
            boolean file = path.startsWith("/js/") || path.equals("/app.css");
            if (path.equals(SIGN_OUT)) {
                continue;
            }
            if (file) {
                assertThat(exists("static" + path)).as(page + " refers to missing " + resource).isTrue();
            } else {
                assertThat(routes).as(page + " links to " + resource + ", which is no page")
                        .anyMatch(route -> route.matcher(path).matches());
            }
        }
    }

    @ParameterizedTest(name = "{0} builds every link with a link expression")
    @MethodSource("templates")
    void templatesBuildLinksWithLinkExpressions(String template) {
        String source = template(template);

        assertThat(matches(PLAIN_LINK, source)).as(template + ": links without th:href/th:src @{…}").isEmpty();
        assertThat(matches(LINK_EXPRESSION, source)).as(template + ": th:href/th:src not @{…}")
                .allMatch(value -> value.startsWith("@{"));
    }

    @Test
    void nothingLinksToTheOldStaticPages() throws IOException {
        // The sources, not the classpath: a stale copy in target/ says nothing about the project.
        Path sources = Path.of("src/main/resources/static");
        assertThat(sources).isDirectory();
        try (Stream<Path> files = Files.list(sources)) {
            assertThat(files.map(Path::toString)).as("static pages").noneMatch(name -> name.endsWith(".html"));
        }
        List<String> texts = new ArrayList<>();
        templates().forEach(template -> texts.add(template(template)));
        resourceFiles("static/js", ".js").forEach(module -> texts.add(read("static/js/" + module)));
        for (String text : texts) {
            assertThat(matches(Pattern.compile("(" + OLD_PAGE.pattern() + ")"), text)).isEmpty();
        }
    }

    @Test
    void everyMenuEntryAndPageRouteHasItsTemplate() throws ReflectiveOperationException {
        List<Pattern> routes = pageRoutes();
        for (Menu.Item item : Menu.itemsFor(EnumSet.allOf(Role.class), "/")) {
            assertThat(routes).as("menu entry " + item.href()).anyMatch(route -> route.matcher(item.href()).matches());
        }
        // The pages without parameters name their template; the participant's page is checked by name.
        PageController controller = new PageController(null);
        List<String> views = new ArrayList<>(List.of("deltagare-profil"));
        for (Method method : PageController.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(GetMapping.class) && method.getParameterCount() == 0) {
                method.setAccessible(true);
                views.add((String) method.invoke(controller));
            }
        }
        assertThat(views).as("pages checked here").containsAll(PAGES);
        for (String view : views) {
            assertThat(exists("templates/" + view + ".html")).as("template of " + view).isTrue();
        }
    }

    // --- Scripts and styles ---------------------------------------------------------------------------

    @Test
    void modulesImportOnlySiblingModulesThatExist() {
        List<String> modules = resourceFiles("static/js", ".js");
        assertThat(modules).contains("api.js", "ui.js", "vocabulary.js");
        for (String module : modules) {
            String source = read("static/js/" + module);
            for (String imported : matches(IMPORT, source)) {
                assertThat(imported).as(module + " imports " + imported).startsWith("./").endsWith(".js");
                assertThat(exists("static/js/" + imported.substring(2))).as(module + " imports missing " + imported).isTrue();
            }
            assertThat(source).as(module + " reaches outside the service").doesNotContain("http://", "https://", "innerHTML");
        }
    }

    @Test
    void everyChangeCarriesTheSessionsCsrfTokenAndAnEndedSessionGoesToSignIn() {
        String api = read("static/js/api.js");
        String layout = template("layout");

        // The layout gives the token and the header's name; api.js reads the same two meta tags.
        assertThat(layout).contains("<meta name=\"csrf-token\"", "<meta name=\"csrf-header\"");
        assertThat(api).contains("meta[name=\"csrf-token\"]", "meta[name=\"csrf-header\"]", "...csrfHeader(method)",
                "response.status === 401", "'/logga-in?utgangen'");
        // Only api() sends requests that can change something, so none goes without the token.
        for (String module : resourceFiles("static/js", ".js")) {
            if (!module.equals("api.js")) {
                assertThat(read("static/js/" + module)).as(module).doesNotContain("fetch(", "XMLHttpRequest", "sendBeacon");
            }
        }
    }

    @Test
    void theStylesheetUsesNoExternalFontsOrImagesAndShowsFocus() {
        String css = read("static/app.css");

        assertThat(css).doesNotContain("@import", "url(", "@font-face", "http://", "https://");
        assertThat(css).contains(":focus-visible", "@media (max-width:");
    }

    @Test
    void anUnreachablePlatformIsToldInPlainSwedish() {
        assertThat(read("static/js/api.js"))
                .contains("'Platsbanken går inte att nå just nu – försök igen om en stund.'")
                .contains("502", "503", "504");
    }

    // --- The vocabulary matches the domain ------------------------------------------------------------

    @Test
    void theBuiltInVocabularyHasTheDomainsCodesAndSwedishLabels() {
        String source = read("static/js/vocabulary.js");

        assertThat(terms(source, "  demands: [")).containsExactlyEntriesOf(
                labels(WorkDemand.values(), WorkDemand::name, WorkDemand::label));
        assertThat(terms(source, "  support: [")).containsExactlyEntriesOf(
                labels(SupportOffered.values(), SupportOffered::name, SupportOffered::label));
        assertThat(terms(source, "  accessibility: [")).containsExactlyEntriesOf(
                labels(Accessibility.values(), Accessibility::name, Accessibility::label));
        assertThat(terms(source, "  weekdays: [").keySet()).containsExactly(
                "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    }

    @Test
    void theBuiltInPhasesAreTheDomainsWithTheirSwedishLabels() {
        assertThat(terms(read("static/js/vocabulary.js"), "export const PHASES"))
                .containsExactlyEntriesOf(labels(Phase.values(), Phase::name, Phase::label));
    }

    @Test
    void theBuiltInStintTermsAreTheDomainsWithTheirSwedishLabels() {
        String source = read("static/js/vocabulary.js");

        assertThat(terms(source, "export const COMPENSATIONS"))
                .containsExactlyEntriesOf(labels(Compensation.values(), Compensation::name, Compensation::label));
        assertThat(terms(source, "export const EXIT_OUTCOMES"))
                .containsExactlyEntriesOf(labels(ExitOutcome.values(), ExitOutcome::name, ExitOutcome::label));
        assertThat(terms(source, "export const STINT_STAGES"))
                .containsExactlyEntriesOf(labels(StintStage.values(), StintStage::name, StintStage::label));
    }

    @Test
    void theBuiltInRolesAndAccountStatusesAreTheDomains() {
        String source = read("static/js/vocabulary.js");

        assertThat(terms(source, "export const ROLES")).containsExactlyEntriesOf(labels(Role.values(), Role::name, Role::label));
        assertThat(terms(source, "export const ACCOUNT_STATUSES").keySet())
                .containsExactlyElementsOf(Arrays.stream(AccountStatus.values()).map(Enum::name).toList());
    }

    @Test
    void theBuiltInFollowUpTermsAreTheDomainsWithTheirSwedishLabels() {
        String source = read("static/js/vocabulary.js");

        assertThat(terms(source, "export const VISIT_KINDS"))
                .containsExactlyEntriesOf(labels(VisitKind.values(), VisitKind::name, VisitKind::label));
        assertThat(terms(source, "export const UNPLANNED_REASONS"))
                .containsExactlyEntriesOf(labels(UnplannedReason.values(), UnplannedReason::name, UnplannedReason::label));
        assertThat(terms(source, "export const QUEUE_KINDS"))
                .containsExactlyEntriesOf(labels(QueueKind.values(), QueueKind::name, QueueKind::label));
        assertThat(terms(source, "export const ABSENCE_KINDS"))
                .containsExactlyEntriesOf(labels(AbsenceKind.values(), AbsenceKind::name, AbsenceKind::label));
        assertThat(terms(source, "export const TRAVEL_MODES"))
                .containsExactlyEntriesOf(labels(TravelMode.values(), TravelMode::name, TravelMode::label));
    }

    @Test
    void theChecklistMarksEveryStatusWithSymbolAndTextAndNeverAPercentage() {
        String source = read("static/js/checklist.js");

        for (CriterionStatus status : CriterionStatus.values()) {
            assertThat(source).as("marker of " + status)
                    .containsPattern(status.name() + ": \\{ symbol: '[^']+', label: '" + status.label() + "' }");
        }
        for (String file : List.of("templates/forslag.html", "templates/plan.html", "static/js/checklist.js",
                "static/js/forslag.js", "static/js/plan.js")) {
            assertThat(read(file)).as(file + " shows no match percentage").doesNotContainPattern("%\\s*match|\\d\\s*%");
        }
    }

    @Test
    void thePlanSaysAPersonDecidesAndLeavesTheirNameToTheServer() {
        assertThat(render("plan")).contains("GDPR artikel 22", "Besluta placering")
                .doesNotContain("requestedBy", "Samordnarens namn");
        assertThat(read("static/js/plan.js"))
                .contains("Studiebesök bokas ", "platsen hålls till en vecka efter besöket", "new EventSource(")
                .contains("json: { sites }", "json: { participantId: line.participantId, studyVisitAt: visit.value }")
                .doesNotContain("decidedBy", "localStorage");
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** A page rendered in the layout as a coordinator sees it, with a session's CSRF token. */
    static String render(String page) {
        Context context = new Context(Locale.forLanguageTag("sv-SE"));
        context.setVariable("viewer", new Viewer("Sara Samordnare", "Samordnare",
                Menu.itemsFor(Set.of(Role.COORDINATOR), "/" + page)));
        context.setVariable("_csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-of-the-session"));
        context.setVariable("participantId", "D-4F7K2");
        return TEMPLATES.process(page, context);
    }

    /** The service's page addresses, from the page controller's mappings; {id} matches one segment. */
    private static List<Pattern> pageRoutes() {
        List<Pattern> routes = new ArrayList<>();
        for (Class<?> controller : List.of(PageController.class, SignInController.class)) {
            for (Method method : controller.getDeclaredMethods()) {
                GetMapping mapping = method.getAnnotation(GetMapping.class);
                if (mapping != null) {
                    Stream.concat(Arrays.stream(mapping.value()), Arrays.stream(mapping.path()))
                            .map(path -> Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")))
                            .forEach(routes::add);
                }
            }
        }
        return routes;
    }

    /** Thymeleaf as the service configures it, with links built at the root as in the service. */
    private static SpringTemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
        return engine;
    }

    /** The `{ code, label }` terms of the list that starts at `start` in vocabulary.js, in order. */
    private static Map<String, String> terms(String source, String start) {
        int from = source.indexOf(start);
        assertThat(from).as("list " + start).isNotNegative();
        int end = source.indexOf("]", from);
        Map<String, String> terms = new LinkedHashMap<>();
        Matcher term = TERM.matcher(source.substring(from, end));
        while (term.find()) {
            terms.put(term.group(1), term.group(2));
        }
        return terms;
    }

    private static <E> Map<String, String> labels(E[] values, Function<E, String> code, Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> labels.put(code.apply(value), label.apply(value)));
        return labels;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), attribute.group(2));
        }
        return attributes;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static boolean exists(String path) {
        return StaticUiTest.class.getResource("/" + path) != null;
    }

    private static Path resourceDirectory(String path) {
        URL url = StaticUiTest.class.getResource("/" + path);
        assertThat(url).as(path).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the files directly in a resource directory that end with `suffix`. */
    static List<String> resourceFiles(String directory, String suffix) {
        try (Stream<Path> files = Files.list(resourceDirectory(directory))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(suffix)).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String template(String name) {
        return read("templates/" + name + ".html");
    }

    static String read(String path) {
        try (InputStream in = StaticUiTest.class.getResourceAsStream("/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
