package se.tuna.placement.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The issue's "a frozen report stays as issued after a correction": Katrineholm-Flen-Vingåker's
 * report as of 29 March 2013, issued with two participants active, then one of them exited with a
 * backdated day (15 February 2013, recorded late). Asked for again, the live report counts one
 * active and one exit; the issued one, its JSON and its PDF, still says two and none.
 *
 * <p>Nothing else the shared test indices hold is dated before 2014 at this site (the key figures'
 * test counts it in 2014 and finds nobody), so as of 2013-03-29 only this history counts. Both
 * leave in 2013, so from 2014 on it counts nobody.
 */
class IssuedReportApiIntegrationTest extends WebIntegrationTest {

    private static final String SITE = "katrineholm-flen-vingaker";
    private static final LocalDate AS_OF = LocalDate.of(2013, 3, 29);
    private static final String HEADER = "participantId;site;gender;compensation;admittedOn;enrolledOn;consent;readySince;slotId;"
            + "studyVisitOn;trialStart;currentPeriodEnd;weeklyHours;exitedOn;outcome\n";

    @Test
    void anIssuedReportStaysAsIssuedAfterACorrection() throws IOException {
        List<String> people = importTwoActive();
        JsonNode live = live();
        assertThat(live.get("active").asLong()).isEqualTo(2);
        assertThat(live.get("exitsSinceStart").get("total").asLong()).isZero();

        var created = http.post().uri("/api/reports/issued").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sites\": [\"" + SITE + "\"], \"asOf\": \"" + AS_OF + "\", \"note\": \"Till styrgruppen 2013-04-02\"}")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult();
        JsonNode issued = created.getResponseBody();
        String id = issued.get("id").asString();
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/reports/issued/" + id);
        assertThat(issued.get("note").asString()).isEqualTo("Till styrgruppen 2013-04-02");
        assertThat(issued.get("issuedByName").asString()).isNotBlank();
        assertThat(issued.get("issuedAt").asString()).isNotBlank();
        assertThat(issued.get("from").asString()).isEqualTo("2013-01-01");
        assertThat(issued.get("until").asString()).isEqualTo("2013-06-30");
        assertThat(issued.get("active").asLong()).isEqualTo(2);
        assertThat(withoutIssue(issued)).as("the same figures as the live report").isEqualTo(live);

        exit(people.get(0), LocalDate.of(2013, 2, 15), "WORK");
        JsonNode corrected = live();
        assertThat(corrected.get("active").asLong()).as("the live report counts the correction").isEqualTo(1);
        assertThat(corrected.get("exitsSinceStart").get("total").asLong()).isEqualTo(1);

        JsonNode frozen = http.get().uri("/api/reports/issued/" + id).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(frozen).as("the issued report as it was issued").isEqualTo(issued);
        String pdf = pdfText(http, id);
        assertThat(pdf).contains("Aktiva deltagare 2", "Avslutade totalt 0 0", "Utfärdad ", "Till styrgruppen 2013-04-02")
                .doesNotContain("Aktiva deltagare 1");
        byte[] zip = http.get().uri("/api/reports/issued/" + id + ".zip").exchange().expectStatus().isOk()
                .expectHeader().contentType("application/zip").expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(zip).isNotEmpty();

        WebTestClient management = as(this.people.staff("issued-management", Set.of(Role.MANAGEMENT), Set.of()));
        JsonNode list = management.get().uri("/api/reports/issued?sites=" + SITE).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> ids = new ArrayList<>();
        list.forEach(line -> ids.add(line.get("id").asString()));
        assertThat(ids).contains(id);
        JsonNode line = list.get(ids.indexOf(id));
        assertThat(line.get("asOf").asString()).isEqualTo(AS_OF.toString());
        assertThat(line.get("note").asString()).isEqualTo("Till styrgruppen 2013-04-02");
        assertThat(line.has("active")).as("a list of reports, not their figures").isFalse();

        exit(people.get(1), LocalDate.of(2013, 6, 28), "OTHER");
        assertThat(http.get().uri("/api/reports/issued/" + id).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody()).isEqualTo(issued);
    }

    @Test
    void anotherSitesCoordinatorIsRefusedAnUnknownIdIsNotFoundAndBadInputStoresNothing() {
        String id = http.post().uri("/api/reports/issued").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sites\": [\"" + SITE + "\"], \"from\": \"2013-07-01\", \"until\": \"2013-12-31\", \"asOf\": \"2013-12-31\"}")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        WebTestClient eskilstuna = as(people.staff("issued-coordinator-eskilstuna", Set.of(Role.COORDINATOR), Set.of("eskilstuna")));
        eskilstuna.get().uri("/api/reports/issued/" + id).exchange().expectStatus().isForbidden();
        eskilstuna.get().uri("/api/reports/issued/" + id + ".pdf").exchange().expectStatus().isForbidden();
        eskilstuna.get().uri("/api/reports/issued?sites=" + SITE).exchange().expectStatus().isForbidden();
        eskilstuna.post().uri("/api/reports/issued").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sites\": [\"" + SITE + "\"]}").exchange().expectStatus().isForbidden();
        JsonNode theirs = eskilstuna.get().uri("/api/reports/issued").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        theirs.forEach(line -> assertThat(line.get("id").asString()).isNotEqualTo(id));
        http.get().uri("/api/reports/issued/finns-inte").exchange().expectStatus().isNotFound();
        http.get().uri("/api/reports/issued/finns-inte.pdf").exchange().expectStatus().isNotFound();

        int before = issuedOfSite();
        invalid("{\"sites\": [\"" + SITE + "\"], \"note\": \"" + "x".repeat(501) + "\"}", "note");
        invalid("{\"sites\": [\"" + SITE + "\"], \"from\": \"2013-06-30\", \"until\": \"2013-01-01\"}", "until");
        invalid("{\"sites\": [\"" + SITE + "\"], \"asOf\": \"2099-01-01\"}", "asOf");
        invalid("{\"sites\": [\"uppsala\"]}", "sites");
        assertThat(issuedOfSite()).as("nothing stored").isEqualTo(before);
    }

    private void invalid(String body, String field) {
        http.post().uri("/api/reports/issued").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private int issuedOfSite() {
        return http.get().uri("/api/reports/issued?sites=" + SITE).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody().size();
    }

    /** The issued report's answer less what the issue adds: the live report's shape. */
    private static JsonNode withoutIssue(JsonNode issued) {
        var copy = (tools.jackson.databind.node.ObjectNode) issued.deepCopy();
        copy.remove(List.of("id", "issuedAt", "issuedByName", "note"));
        return copy;
    }

    private JsonNode live() {
        return http.get().uri("/api/reports/status?sites=" + SITE + "&asOf=" + AS_OF).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private void exit(String participantId, LocalDate on, String outcome) {
        http.post().uri("/api/stints/" + StintRepository.currentIdOf(participantId) + "/exit").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"on\": \"" + on + "\", \"outcome\": \"" + outcome + "\"}").exchange().expectStatus().isOk();
    }

    private static String pdfText(WebTestClient client, String id) throws IOException {
        var download = client.get().uri("/api/reports/issued/" + id + ".pdf").exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF).expectBody(byte[].class).returnResult();
        assertThat(download.getResponseHeaders().getContentDisposition().getFilename())
                .startsWith("lagesrapport-" + SITE + "-2013-01-01-2013-06-30-per-2013-03-29-utfardad-");
        try (PDDocument pdf = Loader.loadPDF(download.getResponseBody())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** Two enrolled in January 2013, in mapping, with consent and no profile yet: a caseload just imported. */
    private List<String> importTwoActive() {
        List<String> ids = List.of(ApiBodies.freshParticipantId(), ApiBodies.freshParticipantId());
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < ids.size(); i++) {
            csv.append(String.join(";", ids.get(i), SITE, i == 0 ? "kvinna" : "man", "Sjukpenning", "2013-01-07", "2013-01-14", "ja",
                    "", "", "", "", "", "", "", "")).append('\n');
        }
        MultipartBodyBuilder multipart = new MultipartBodyBuilder();
        multipart.part("file", new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "katrineholm-2013.csv";
            }
        }).contentType(MediaType.parseMediaType("text/csv"));
        JsonNode imported = http.mutate().responseTimeout(Duration.ofMinutes(1)).build().post().uri("/api/caseload-imports")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(multipart.build())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(imported.get("errors")).as(imported.toString()).isEmpty();
        assertThat(imported.get("created").asInt()).isEqualTo(2);
        return ids;
    }
}
