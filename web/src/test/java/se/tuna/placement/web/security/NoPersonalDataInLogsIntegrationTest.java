package se.tuna.placement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.access.token.ApiTokens;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.ServedApi;
import se.tuna.placement.web.WebIntegrationTest;
import se.tuna.placement.web.security.AccessMatrix.Rule;
import se.tuna.placement.web.security.AccessScenario.Who;
import se.tuna.placement.web.security.ApiCalls.Call;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's log holds no personal data, free text or secret. A scripted session sends every
 * operation of the served OpenAPI document (as the person it is for, as someone it refuses, and
 * signed out), walks the sign-in flows that carry names, addresses and passwords, and sends the
 * failing requests where values tend to leak: bad input, unknown ids, failed sign-ins. Every
 * personal or free-text value it sends carries a marker of its own ({@link SentValues}), and with
 * the secrets the service gave out (one-time links, API tokens, the session) each is looked for in
 * the whole log written while the service ran, from its start: what Spring Boot writes to standard
 * output, captured. Everything logs at DEBUG, more than the service writes in production (INFO),
 * so raising the level to look into something is covered too, except the loggers
 * {@code application.yml} holds back for printing requests' contents.
 *
 * <p>The service runs as production should: with a mail server (a real SMTP server, GreenMail), so
 * one-time links go by e-mail and never into the log. It has an application context of its own (on
 * the web tests' store), made and started inside the capture, and closed after, when the levels go
 * back to the service's (they outlive a context).
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"logging.level.root=DEBUG",
        // What the test's own clients log of the requests they send, and what GreenMail, the test's mail server, logs
        // of the mail it receives, is not the service's log.
        "logging.level.org.springframework.web.reactive.function.client=INFO", "logging.level.jdk.internal.httpclient=INFO",
        "logging.level.com.icegreen.greenmail=WARN"})
@DirtiesContext
class NoPersonalDataInLogsIntegrationTest extends WebIntegrationTest {

    private static final GreenMail SMTP = smtp();
    /** How much of the log around a value found a failure shows. */
    private static final int CONTEXT = 160;
    /** A one-time link in a mail: {@code lank=<account id>.<secret>}. */
    private static final Pattern LINK = Pattern.compile("lank=([A-Za-z0-9_\\-]+)\\.([A-Za-z0-9_\\-]+)");
    /** Where a calendar link's secret stands: {@code /kalender/<secret>.ics}. */
    private static final String CALENDAR_LINK = "/kalender/";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("tuna.public-url", () -> "https://tuna.kommun.test.example");
        registry.add("tuna.mail.from", () -> "tuna@kommun.test.example");
    }

    @LocalServerPort
    int port;
    @Autowired
    PlacementService placements;

    private URI platform;
    private AccessScenario s;

    @Test
    void theLogHoldsNoneOfTheValuesASessionOverEveryEndpointSent(CapturedOutput log) {
        platform = URI.create("http://localhost:" + port);
        s = AccessScenario.fresh(anonymous, http, people, placements);

        everyOperationAsItsOwnerAsSomeoneRefusedAndSignedOut();
        JsonNode supervisor = anInvitedSupervisorSetsAPasswordAndWorksInASession();
        aSupervisorWhoForgotTheirPasswordSetsANewOne(supervisor.get("email").asString());
        signInsThatFail();
        requestsWithBadInput();
        requestsForWhatDoesNotExist();
        requestsTheServiceFailsAt();
        rememberTheSecretsGivenOut();

        String written = log.getAll();
        String supervisorId = supervisor.get("id").asString();
        assertThat(written).as("the log the test reads: the service's start and its work on the requests' threads")
                .contains("Using Elasticsearch at", "Mailed a one-time link (invitation) to supervisor account " + supervisorId);
        assertThat(foundIn(written, Map.of(supervisorId.toUpperCase(Locale.ROOT), "the supervisor's account id")))
                .as("the search finds what the log holds, whatever its case").isNotEmpty();
        assertThat(foundIn(written, s.sent.sought())).as("values sent that the log holds, each with where it stands").isEmpty();
    }

    /**
     * Every operation the OpenAPI document serves, each with the role matrix's request, sent as the
     * first person its rule lets through, as the first it refuses and signed out.
     */
    private void everyOperationAsItsOwnerAsSomeoneRefusedAndSignedOut() {
        Map<String, Rule> rules = AccessMatrix.rules();
        assertThat(rules.keySet()).as("operations with a request, against those the OpenAPI document serves")
                .containsExactlyInAnyOrderElementsOf(ServedApi.read(anonymous).operations());
        for (Rule rule : rules.values()) {
            Who owner = Arrays.stream(Who.values()).filter(rule::allows).findFirst().orElseThrow();
            EntityExchangeResult<byte[]> answer = send(rule.request().to(s, owner, true), owner);
            assertThat(answer.getStatus().is2xxSuccessful()).as(rule.operation() + " as " + owner + ": " + ApiCalls.text(answer))
                    .isTrue();
            rememberSecretIn(answer);
            Arrays.stream(Who.values()).filter(who -> who != Who.ANONYMOUS && !rule.allows(who)).findFirst()
                    .ifPresent(refused -> send(rule.request().to(s, refused, false), refused));
            send(rule.request().to(s, Who.ANONYMOUS, false), Who.ANONYMOUS);
        }
    }

    /**
     * A coordinator invites a supervisor by name and address; the supervisor opens the mailed link,
     * chooses a password (two that differ first), signs in with a wrong and then the right one,
     * registers a slot in the session with the page's CSRF token, tries one without it, and signs out.
     *
     * @return the supervisor's account
     */
    private JsonNode anInvitedSupervisorSetsAPasswordAndWorksInASession() {
        JsonNode invitation = s.invitation("Inbjuden Handledare");
        String email = invitation.get("email").asString();
        JsonNode supervisor = s.post("/api/employers/" + s.employer + "/supervisors", invitation).get("supervisor");
        String link = linkMailedTo(email, 1);

        FormBrowser browser = new FormBrowser();
        HttpResponse<String> form = browser.open(platform.resolve("/konto/losenord?lank=" + link));
        HttpResponse<String> differing = browser.submit(platform.resolve("/konto/losenord"), form, FormBrowser.form("lank", link,
                "password", s.sent.text("ett lösenord"), "repeated", s.sent.text("ett annat lösenord")));
        String password = s.sent.text("mitt eget lösenord");
        HttpResponse<String> saved = browser.submit(platform.resolve("/konto/losenord"), differing,
                FormBrowser.form("lank", link, "password", password, "repeated", password));
        assertThat(saved.uri().toString()).as(saved.body()).endsWith("/logga-in?losenord");

        assertThat(signIn(new FormBrowser(), email, s.sent.text("fel lösenord")).uri().toString()).endsWith("/logga-in?fel");
        HttpResponse<String> workplace = signIn(browser, email, password);
        assertThat(workplace.uri().getPath()).isEqualTo("/arbetsgivare");
        String slots = "/api/employers/" + s.employer + "/slots";
        assertThat(browser.sendJson("POST", platform.resolve(slots), s.slot("Från sessionen", 1).toString(),
                FormBrowser.csrfHeader(workplace.body())).statusCode()).isEqualTo(201);
        assertThat(browser.sendJson("POST", platform.resolve(slots), s.slot("Utan token", 1).toString(), Map.of()).statusCode())
                .isEqualTo(403);
        rememberCookies(browser);
        browser.submit(platform.resolve("/logga-ut"), workplace, Map.of());
        return supervisor;
    }

    /** The supervisor asks for a new password on the sign-in pages, and someone asks for an address with no account. */
    private void aSupervisorWhoForgotTheirPasswordSetsANewOne(String email) {
        FormBrowser browser = new FormBrowser();
        HttpResponse<String> page = browser.open(platform.resolve("/konto/glomt"));
        browser.submit(platform.resolve("/konto/glomt"), page, FormBrowser.form("email", email));
        browser.submit(platform.resolve("/konto/glomt"), page, FormBrowser.form("email", s.sent.email("ingen.test.example")));
        String link = linkMailedTo(email, 2);

        HttpResponse<String> form = browser.open(platform.resolve("/konto/losenord?lank=" + link));
        String password = s.sent.text("ett nytt lösenord");
        HttpResponse<String> saved = browser.submit(platform.resolve("/konto/losenord"), form,
                FormBrowser.form("lank", link, "password", password, "repeated", password));
        assertThat(saved.uri().toString()).as(saved.body()).endsWith("/logga-in?losenord");
    }

    private void signInsThatFail() {
        signIn(new FormBrowser(), s.sent.email("okand.test.example"), s.sent.text("gissat lösenord"));
        FormBrowser browser = new FormBrowser();
        HttpResponse<String> form = browser.open(platform.resolve("/konto/losenord?lank=" + encoded(s.sent.text("påhittad länk"))));
        String password = s.sent.text("lösenord till ingen");
        browser.submit(platform.resolve("/konto/losenord"), form,
                FormBrowser.form("lank", s.sent.text("påhittad länk"), "password", password, "repeated", password));
        browser.open(platform.resolve("/logga-in?fel=" + encoded(s.sent.text("fel"))));
        for (String token : List.of(ApiTokens.PREFIX + "0".repeat(32) + "_" + s.sent.text("hemlighet"), s.sent.text("ingen token"))) {
            anonymous.get().uri("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isUnauthorized();
        }
    }

    /** Personal values in the fields a request is refused for: of the wrong type, unknown, too long, or against the rules. */
    private void requestsWithBadInput() {
        String personalIdentityNumber = s.sent.asIs("personal identity number", personalIdentityNumber());
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/participants", s.newParticipant().put("birthYear", s.sent.text("1990")));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/participants", s.newParticipant().put("travelMode", s.sent.text("BUSS")));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/participants", s.newParticipant().put(s.sent.text("anteckning"), "okänt fält"));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/participants", "{\"interests\": \"" + s.sent.text("Gillar") + "\", ");
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/participants", s.newParticipant()
                .put("interests", s.sent.text("Fick diagnosen bipolär") + " " + personalIdentityNumber));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/participants", s.newParticipant().put("id", personalIdentityNumber));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/participants",
                s.newParticipant().put("strengths", s.sent.text("Lång text") + " text".repeat(500)));
        fails(Who.COORDINATOR, HttpMethod.PUT, "/api/participants/" + s.participant, s.participantBody.deepCopy()
                .set("avoidedEmployers", ApiCalls.json("[{\"employerId\": \"%s\", \"reason\": \"%s\"}]",
                        s.sent.text("arbetsgivare"), s.sent.text("Bråkade med chefen"))));
        fails(Who.COORDINATOR, HttpMethod.PUT, "/api/placements/" + s.placement + "/agreement",
                ((ObjectNode) s.agreementBody.deepCopy()).put("firstName", s.sent.text("Mirja 2")));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/employers/" + s.employer + "/supervisors", ApiCalls.json(
                "{\"email\": \"%s\", \"displayName\": \"%s\"}", s.sent.text("ingen adress"), s.sent.text("Handledare")));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/employers", s.employerBody);
        ObjectNode badAddress = s.employer("Felaktiga AB");
        ((ObjectNode) badAddress.get("contact")).put("email", s.sent.text("inte en adress"));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/employers", badAddress);
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/slots/" + s.slot + "/holds", ((ObjectNode) s.claim(1)).put("days", 0));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/plans", ApiCalls.json("{\"sites\": [\"%s\"]}", s.sent.text("plats")));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/plans/" + s.plan + "/decisions",
                ApiCalls.json("{\"participantId\": \"%s\"}", s.sent.text("deltagare")));
        fails(Who.COORDINATOR, HttpMethod.GET, "/api/slots?text=" + s.sent.text("lager") + "&minHours=" + s.sent.text("fyra"), null);
        fails(Who.COORDINATOR, HttpMethod.GET, "/api/slots?locality=" + s.sent.text("Hemma hos Anna"), null);
        fails(Who.COORDINATOR, HttpMethod.GET, "/api/slots?text=" + s.sent.text("lager") + "&page=60&size=200", null);
        refusedRowsOfAnImport();
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/imports", ApiCalls.upload("platser.xlsx", s.sent.text("inte ett kalkylark")));
        fails(Who.ADMIN, HttpMethod.PUT, "/api/admin/constraint-weights",
                ApiCalls.json("{\"weights\": {\"%s\": \"0hard/0medium/2soft\"}}", s.sent.text("Ny regel")));
        fails(Who.ADMIN, HttpMethod.POST, "/api/admin/api-tokens", s.tokenRequest(s.person(Who.COACH).id(), "lång".repeat(30)));
        fails(Who.ADMIN, HttpMethod.POST, "/api/admin/accounts", ((ObjectNode) s.staffAccount("COACH", "eskilstuna"))
                .put("email", s.sent.text("ingen adress")));
        fails(Who.ANONYMOUS, HttpMethod.POST, "/api/participants", s.newParticipant());
    }

    /**
     * Ids that are nobody's, typed as a person might type a name into an address (one far too
     * long), and the access log searched for names where its ids go.
     */
    private void requestsForWhatDoesNotExist() {
        for (String path : List.of("/api/participants/", "/api/employers/", "/api/slots/", "/api/placements/", "/api/plans/",
                "/deltagare/")) {
            fails(Who.COORDINATOR, HttpMethod.GET, path + s.sent.text("Anna Andersson"), null);
        }
        fails(Who.ADMIN, HttpMethod.GET, "/api/admin/accounts/" + s.sent.text("konto"), null);
        fails(Who.ADMIN, HttpMethod.GET, "/api/admin/api-tokens/" + s.sent.text("token"), null);
        fails(Who.COORDINATOR, HttpMethod.PUT, "/api/participants/" + s.sent.text("D-OKAND"), s.newParticipant());
        fails(Who.COORDINATOR, HttpMethod.GET, "/api/employers/" + s.sent.text("x".repeat(600)), null);
        EntityExchangeResult<byte[]> nobodysAccesses = send(new Call(HttpMethod.GET, "/api/admin/audit?accountId="
                + s.sent.text("Karin Kontakt") + "&participantId=" + s.sent.text("Anna Andersson"), null), Who.ADMIN);
        assertThat(nobodysAccesses.getStatus().is2xxSuccessful()).as(ApiCalls.text(nobodysAccesses)).isTrue();
        fails(Who.ADMIN, HttpMethod.GET, "/api/admin/audit?from=" + s.sent.text("igår"), null);
    }

    /**
     * Requests that fail deep in the service, where a failure's message quotes the input: an
     * address the mail library cannot read, a supervisor's name longer than Elasticsearch indexes
     * (each a 5xx when this was written). Whatever the answer, nothing of them may be logged.
     */
    private void requestsTheServiceFailsAt() {
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/employers/" + s.employer + "/supervisors", ApiCalls.json(
                "{\"email\": \"%s\", \"displayName\": \"%s\"}", s.sent.email("employer.test.example").replace("@", ">@"),
                s.sent.text("Felskriven Adress")));
        fails(Who.COORDINATOR, HttpMethod.POST, "/api/employers/" + s.employer + "/slots",
                s.slot("Lång handledare", 1).put("supervisor", s.sent.text("Per") + " Holm".repeat(8_000)));
    }

    /** The API tokens the test's people sign in with, and the secrets the session gave out. */
    private void rememberTheSecretsGivenOut() {
        s.people.values().forEach(person -> rememberApiToken(person.token()));
        rememberApiToken(coordinator().token());
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            Matcher link = LINK.matcher(text(mail));
            while (link.find()) {
                s.sent.asIs("one-time link secret", link.group(2));
            }
        }
    }

    private void fails(Who who, HttpMethod method, String path, Object body) {
        EntityExchangeResult<byte[]> answer = send(new Call(method, path, body), who);
        assertThat(answer.getStatus().value()).as(method + " " + path + " as " + who + ": " + ApiCalls.text(answer))
                .isGreaterThanOrEqualTo(400);
    }

    /**
     * An import's rows are refused one by one, the report naming each: it is answered, not logged.
     * Some the import's rules refuse; one Elasticsearch does, quoting what it refused (a contact's
     * name too long to index), so the import is stored, not tried.
     */
    private void refusedRowsOfAnImport() {
        String header = "organisationsnummer,arbetsgivare,sektor,sni,ort,verksamheter,kontaktperson\n";
        String againstTheRules = CatalogFixtures.freshOrganisationNumber() + "," + s.sent.text("Felrad AB") + ",privat,"
                + s.sent.text("sni") + ",Eskilstuna,eskilstuna," + s.sent.text("Kalle Kontakt") + "\n"
                + s.sent.text("orgnr") + "," + s.sent.text("Utan Nummer AB") + ",privat,52100,Eskilstuna,eskilstuna,\n";
        String unindexable = s.sent.asIs("organisation number", CatalogFixtures.freshOrganisationNumber()) + ","
                + s.sent.text("Långa Namnens AB") + ",privat,52100,Eskilstuna,eskilstuna,"
                + s.sent.text("Kalle") + " Kontakt".repeat(5_000) + "\n";
        assertThat(rowsRefused("/api/imports?dryRun=true", header + againstTheRules)).isEqualTo(2);
        assertThat(rowsRefused("/api/imports", header + unindexable)).isEqualTo(1);
    }

    private int rowsRefused(String path, String csv) {
        Call upload = new Call(HttpMethod.POST, path, ApiCalls.upload(s.sent.text("Karins lista") + ".csv", csv));
        EntityExchangeResult<byte[]> answer = send(upload, Who.COORDINATOR);
        assertThat(answer.getStatus().is2xxSuccessful()).as(ApiCalls.text(answer)).isTrue();
        return ApiBodies.JSON.readTree(answer.getResponseBodyContent()).get("rowsRefused").asInt();
    }

    private EntityExchangeResult<byte[]> send(Call call, Who who) {
        return call.send(s.client(who));
    }

    private static String encoded(String queryValue) {
        return URLEncoder.encode(queryValue, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> signIn(FormBrowser browser, String email, String password) {
        HttpResponse<String> page = browser.open(platform.resolve("/logga-in"));
        return browser.submit(platform.resolve("/logga-in"), page, FormBrowser.form("username", email, "password", password));
    }

    /** The {@code nth} one-time link mailed to the address (its {@code lank}), once it has come. */
    private static String linkMailedTo(String email, int nth) {
        List<MimeMessage> mails = Awaitility.await("mail number " + nth + " to " + email).atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(email), received -> received.size() >= nth);
        Matcher link = LINK.matcher(text(mails.get(nth - 1)));
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1) + "." + link.group(2);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> recipients(mail).contains(email)).toList();
    }

    private static String recipients(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail's text, decoded from its transfer encoding. */
    private static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rememberSecretIn(EntityExchangeResult<byte[]> answer) {
        byte[] body = answer.getResponseBodyContent();
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("{") && ApiBodies.JSON.readTree(text).has("secret")) {
            rememberApiToken(ApiBodies.JSON.readTree(text).get("secret").asString());
        }
        if (text.startsWith("{") && ApiBodies.JSON.readTree(text).path("url").asString("").contains(CALENDAR_LINK)) {
            // A calendar link: its secret is sought in the log, and a calendar program fetches it, signed out.
            String path = URI.create(ApiBodies.JSON.readTree(text).get("url").asString()).getRawPath();
            s.sent.asIs("calendar link secret", path.substring(path.indexOf(CALENDAR_LINK) + CALENDAR_LINK.length(),
                    path.length() - ".ics".length()));
            anonymous.get().uri(path).exchange().expectStatus().isOk();
        }
    }

    /** An API token's secret, the part after {@code tuna_<id>_}. */
    private void rememberApiToken(String token) {
        String idAndSecret = token.substring(ApiTokens.PREFIX.length());
        s.sent.asIs("API token secret", idAndSecret.substring(idAndSecret.indexOf('_') + 1));
    }

    private void rememberCookies(FormBrowser browser) {
        for (HttpCookie cookie : browser.cookiesFor(platform)) {
            s.sent.asIs("cookie " + cookie.getName(), cookie.getValue());
        }
    }

    /** Each sought value the log holds, with where it first stands in it; case is ignored. */
    private static Map<String, String> foundIn(String log, Map<String, String> sought) {
        String lowerCase = log.toLowerCase(Locale.ROOT);
        Map<String, String> found = new TreeMap<>();
        sought.forEach((marker, value) -> {
            int at = lowerCase.indexOf(marker.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                found.put(value, log.substring(Math.max(0, at - CONTEXT), Math.min(log.length(), at + marker.length() + CONTEXT)));
            }
        });
        return found;
    }

    /** A made-up personal identity number (personnummer) of someone born 1950–2004. */
    private static String personalIdentityNumber() {
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        return born.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    /** Back to the service's levels, or every test after this one in the JVM would log at DEBUG. */
    @AfterAll
    static void backToTheServicesLogLevels() {
        LoggingSystem logging = LoggingSystem.get(NoPersonalDataInLogsIntegrationTest.class.getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        List.of("org.springframework.web.reactive.function.client", "jdk.internal.httpclient", "com.icegreen.greenmail")
                .forEach(logger -> logging.setLogLevel(logger, null));
    }

    private static GreenMail smtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return smtp;
    }
}
