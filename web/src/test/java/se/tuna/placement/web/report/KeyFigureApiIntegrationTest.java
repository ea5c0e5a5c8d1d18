package se.tuna.placement.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * The socio-economic key figures over HTTP: a site's parameters entered, read back and refused
 * when bad (nothing changed), and the figures of a small history worked by hand below.
 *
 * <p>The history is Nyköping-Oxelösund's first half of 2014: 2 in mapping since February, 6 leaving
 * in the period (2 to work, 1 to studies, 2 to Arbetsförmedlingen, 1 back to care) and 1 who left in
 * December 2013, outside it. Nothing else the shared test indices hold is dated before 2015, so as
 * of 2014-06-30 only this history counts, in any order of the tests. With a cost of 400 000 kr for
 * the half-year, Payoff's potential and 300 000 / 100 000 / 60 000 kr a year for work, studies and
 * Arbetsförmedlingen:
 * <pre>
 * served            2 + 6                                   = 8
 * value created     2 × 300 000 + 100 000 + 2 × 60 000      = 820 000 kr
 * cost before       6 × 600 000                             = 3 600 000 kr
 * cost/participant  400 000 / 8                             = 50 000 kr
 * verkningsgrad     820 000 / 3 600 000 × 100 = 22.78…      → 22.8 %
 * return per krona  820 000 / 400 000                       = 2.05 kr
 * återbetalningstid 400 000 × 12 / 820 000 = 5.85…          → 5.9 months
 * kostnad per vg    400 000 × 3 600 000 / (100 × 8 × 820 000) = 2 195.12… → 2 195 kr
 * </pre>
 * Katrineholm-Flen-Vingåker, with a cost of 100 000 kr and nobody in 2014, adds its cost to the
 * sites together: 500 000 kr over the same 8 served and 6 exits gives 62 500 kr per participant,
 * 1.64 kr per krona, 7.3 months and 2 744 kr per per cent.
 */
class KeyFigureApiIntegrationTest extends WebIntegrationTest {

    private static final String NYKOPING = "nykoping-oxelosund";
    private static final String KATRINEHOLM = "katrineholm-flen-vingaker";
    private static final String HALF_YEAR = "\"from\": \"2014-01-01\", \"until\": \"2014-06-30\"";
    private static final String HEADER = "participantId;site;gender;compensation;admittedOn;enrolledOn;consent;readySince;slotId;"
            + "studyVisitOn;trialStart;currentPeriodEnd;weeklyHours;exitedOn;outcome\n";

    @Test
    void theFiguresOfAHalfYearAreThoseWorkedByHand() {
        List<String> active = importHistory();
        put(NYKOPING, "{\"programmeCost\": {\"amount\": 400000, " + HALF_YEAR + "}, "
                + "\"valueAfterExit\": {\"WORK\": 300000, \"STUDIES\": 100000, \"HANDED_OVER_TO_AF\": 60000}}").expectStatus().isOk();
        put(KATRINEHOLM, "{\"programmeCost\": {\"amount\": 100000, " + HALF_YEAR + "}, \"potential\": 500000}").expectStatus().isOk();

        WebTestClient management = as(people.staff("key-figures-management", Set.of(Role.MANAGEMENT), Set.of()));
        JsonNode report = management.get().uri("/api/reports/key-figures?sites=" + NYKOPING + "&sites=" + KATRINEHOLM
                + "&from=2014-01-01&until=2014-06-30&asOf=2014-06-30").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(report.get("label").asString()).startsWith("Uppskattning");
        assertThat(report.get("sites").toString()).isEqualTo("[\"" + KATRINEHOLM + "\",\"" + NYKOPING + "\"]");
        JsonNode nykoping = report.get("bySite").get(1).get("figures");
        assertThat(report.get("bySite").get(1).get("site").asString()).isEqualTo(NYKOPING);
        assertThat(nykoping.get("served").asLong()).isEqualTo(8);
        assertThat(nykoping.get("exits").asLong()).isEqualTo(6);
        assertThat(nykoping.get("valueCreated").decimalValue()).isEqualByComparingTo("820000");
        assertThat(nykoping.get("costBefore").decimalValue()).isEqualByComparingTo("3600000");
        assertThat(nykoping.get("costPerParticipant").decimalValue()).isEqualByComparingTo("50000");
        assertThat(nykoping.get("verkningsgradPercent").decimalValue()).isEqualByComparingTo("22.8");
        assertThat(nykoping.get("returnPerKrona").decimalValue()).isEqualByComparingTo("2.05");
        assertThat(nykoping.get("paybackMonths").decimalValue()).isEqualByComparingTo("5.9");
        assertThat(nykoping.get("costPerVerkningsgradPercent").decimalValue()).isEqualByComparingTo("2195");
        assertThat(nykoping.get("notes")).isEmpty();

        JsonNode katrineholm = report.get("bySite").get(0).get("figures");
        assertThat(katrineholm.get("served").asLong()).isZero();
        assertThat(katrineholm.get("verkningsgradPercent").isNull()).isTrue();
        assertThat(katrineholm.get("costPerParticipant").isNull()).isTrue();
        assertThat(katrineholm.get("notes")).isNotEmpty();

        JsonNode together = report.get("together");
        assertThat(together.get("programmeCost").decimalValue()).isEqualByComparingTo("500000");
        assertThat(together.get("costPerParticipant").decimalValue()).isEqualByComparingTo("62500");
        assertThat(together.get("verkningsgradPercent").decimalValue()).isEqualByComparingTo("22.8");
        assertThat(together.get("returnPerKrona").decimalValue()).isEqualByComparingTo("1.64");
        assertThat(together.get("paybackMonths").decimalValue()).isEqualByComparingTo("7.3");
        assertThat(together.get("costPerVerkningsgradPercent").decimalValue()).isEqualByComparingTo("2744");

        JsonNode otherHalf = http.get().uri("/api/reports/key-figures?sites=" + NYKOPING + "&from=2014-07-01&until=2014-12-31")
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(otherHalf.get("together").get("programmeCost").isNull()).as("the cost is the first half-year's").isTrue();

        // The two in mapping leave after the period, so that today they are nobody's caseload.
        active.forEach(id -> http.post().uri("/api/stints/" + StintRepository.currentIdOf(id) + "/exit")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"on\": \"2014-12-31\", \"outcome\": \"OTHER\"}").exchange()
                .expectStatus().isOk());
    }

    @Test
    void parametersAreReadBackAndBadOnesChangeNothing() {
        String site = "strangnas";
        JsonNode entered = put(site, "{\"programmeCost\": {\"amount\": 250000.50, \"from\": \"2026-01-01\", \"until\": \"2026-06-30\"}, "
                + "\"potential\": 550000, \"valueAfterExit\": {\"WORK\": 200000, \"STUDIES\": 0}}").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(entered.get("changedBy").asString()).isNotBlank();

        JsonNode read = parameters(http, site);
        assertThat(read.get("programmeCost").get("amount").decimalValue()).isEqualByComparingTo("250000.50");
        assertThat(read.get("programmeCost").get("until").asString()).isEqualTo("2026-06-30");
        assertThat(read.get("potential").decimalValue()).isEqualByComparingTo("550000");
        assertThat(read.get("valueAfterExit").get("WORK").decimalValue()).isEqualByComparingTo("200000");
        assertThat(read.get("valueAfterExit").get("HANDED_OVER_TO_AF").decimalValue()).as("left out: 0").isEqualByComparingTo("0");
        assertThat(read.get("valueAfterExit").size()).isEqualTo(8);

        refused(site, "{\"programmeCost\": {\"amount\": -1, \"from\": \"2026-01-01\", \"until\": \"2026-06-30\"}}",
                "programmeCost.amount");
        refused(site, "{\"valueAfterExit\": {\"WORK\": 10000000001}}", "valueAfterExit.WORK");
        refused(site, "{\"valueAfterExit\": {\"LOTTERY\": 5}}", "valueAfterExit.LOTTERY");
        refused(site, "{\"valueAfterExit\": {\"WORK\": 0.001}}", "valueAfterExit.WORK");
        refused(site, "{\"potential\": 0}", "potential");
        refused(site, "{\"programmeCost\": {\"amount\": 5, \"from\": \"2026-01-01\"}}", "programmeCost.until");
        refused(site, "{\"programmeCost\": {\"amount\": 5, \"from\": \"2026-06-30\", \"until\": \"2026-01-01\"}}",
                "programmeCost.until");
        put("uppsala", "{}").expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("site");
        http.get().uri("/api/reports/key-figure-parameters/uppsala").exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("site");
        assertThat(parameters(http, site)).as("nothing changed by the refused").isEqualTo(read);

        WebTestClient otherCoordinator = as(people.staff("key-figures-eskilstuna", Set.of(Role.COORDINATOR), Set.of("eskilstuna")));
        otherCoordinator.put().uri("/api/reports/key-figure-parameters/" + site).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isForbidden();
        otherCoordinator.get().uri("/api/reports/key-figure-parameters/" + site).exchange().expectStatus().isForbidden();
        WebTestClient management = as(people.staff("key-figures-management", Set.of(Role.MANAGEMENT), Set.of()));
        assertThat(parameters(management, site)).isEqualTo(read);
        management.put().uri("/api/reports/key-figure-parameters/" + site).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isForbidden();
        assertThat(parameters(http, site)).isEqualTo(read);
    }

    private void refused(String site, String body, String field) {
        put(site, body).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields).contains(field));
    }

    private WebTestClient.ResponseSpec put(String site, String body) {
        return http.put().uri("/api/reports/key-figure-parameters/" + site).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private static JsonNode parameters(WebTestClient client, String site) {
        return client.get().uri("/api/reports/key-figure-parameters/" + site).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Imports the history of the class comment; answers the ids of the two still in mapping. */
    private List<String> importHistory() {
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> active = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = ApiBodies.freshParticipantId();
            active.add(id);
            csv.append(row(id, LocalDate.of(2014, 2, 3).plusDays(i), null, null));
        }
        String[] outcomes = {"WORK", "WORK", "STUDIES", "HANDED_OVER_TO_AF", "HANDED_OVER_TO_AF", "BACK_TO_CARE"};
        for (int i = 0; i < outcomes.length; i++) {
            LocalDate enrolled = LocalDate.of(2013, 10, 1).plusWeeks(i);
            csv.append(row(ApiBodies.freshParticipantId(), enrolled, LocalDate.of(2014, 2, 1).plusWeeks(2L * i), outcomes[i]));
        }
        csv.append(row(ApiBodies.freshParticipantId(), LocalDate.of(2013, 6, 3), LocalDate.of(2013, 12, 16), "OTHER"));

        MultipartBodyBuilder multipart = new MultipartBodyBuilder();
        multipart.part("file", new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "nykoping-2014.csv";
            }
        }).contentType(MediaType.parseMediaType("text/csv"));
        JsonNode imported = http.mutate().responseTimeout(Duration.ofMinutes(2)).build().post().uri("/api/caseload-imports")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(multipart.build())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(imported.get("errors")).as(imported.toString()).isEmpty();
        assertThat(imported.get("created").asInt()).isEqualTo(9);
        return active;
    }

    private static String row(String id, LocalDate enrolled, LocalDate exited, String outcome) {
        return String.join(";", id, NYKOPING, "kvinna", "Sjukpenning", enrolled.minusDays(7).toString(), enrolled.toString(), "ja",
                "", "", "", "", "", "", exited == null ? "" : exited.toString(), outcome == null ? "" : outcome) + "\n";
    }
}
