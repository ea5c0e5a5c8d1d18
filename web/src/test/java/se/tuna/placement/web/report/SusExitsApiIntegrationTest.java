package se.tuna.placement.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.audit.AuditRepository;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SUS worklist over HTTP: exits recorded through the platform's own API at Nyköping-Oxelösund
 * in the first half of 2018, downloaded as the CSV file a coordinator opens in Excel. Dated in
 * 2018, which no other test dates anything in (the status report's history is 2015–2017 at
 * Strängnäs, everything else 2026 or later), so the file's lines can be asserted exactly.
 */
class SusExitsApiIntegrationTest extends WebIntegrationTest {

    private static final String SITE = "nykoping-oxelosund";
    private static final String PERIOD = "from=2018-01-01&until=2018-06-30";
    private static final String HEADER = "Referens (inskrivning);Deltagare (pseudonym);Verksamhet;Inskriven;Avslutad;Utfall (kod);"
            + "Utfall;Ersättningsform vid avslut (kod);Ersättningsform vid avslut";
    /** What the profile says of the person, which the worklist must never carry. */
    private static final String INTERESTS = "Tycker om trädgård, tål inte buller (SUS-provet)";
    private static final List<String> LIMITATIONS = List.of("LIFTING_LIMIT", "NEEDS_QUIET_PLACE");

    @Autowired
    AuditRepository auditEntries;

    @Test
    void theCoordinatorDownloadsThePeriodsExitsForExcelWithoutHealthData() {
        String handedOver = registered(LocalDate.of(2018, 1, 15));
        post("/api/stints/" + StintRepository.currentIdOf(handedOver) + "/compensation",
                "{\"on\": \"2018-03-01\", \"compensation\": \"INCOME_SUPPORT\"}");
        exit(StintRepository.currentIdOf(handedOver), "2018-04-30", "HANDED_OVER_TO_AF");
        String backToCare = registered(LocalDate.of(2018, 2, 5));
        exit(StintRepository.currentIdOf(backToCare), "2018-05-15", "BACK_TO_CARE");
        String anonymousStint = declinedConsent(LocalDate.of(2018, 2, 12));
        exit(anonymousStint, "2018-06-01", "OTHER");
        String afterThePeriod = registered(LocalDate.of(2018, 3, 5));
        exit(StintRepository.currentIdOf(afterThePeriod), "2018-07-02", "WORK");

        EntityExchangeResult<byte[]> answer = http.get().uri("/api/reports/sus-exits.csv?sites=" + SITE + "&" + PERIOD).exchange()
                .expectStatus().isOk().expectBody().returnResult();

        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"sus-avslut-nykoping-oxelosund-2018-01-01-2018-06-30.csv\"");
        byte[] file = answer.getResponseBodyContent();
        assertThat(Arrays.copyOf(file, 3)).as("the byte-order mark Excel reads UTF-8 by").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n", -1)).containsExactly(HEADER,
                StintRepository.currentIdOf(handedOver) + ";" + handedOver + ";" + SITE + ";2018-01-15;2018-04-30;HANDED_OVER_TO_AF;"
                        + "Överlämnad till Arbetsförmedlingen;INCOME_SUPPORT;Försörjningsstöd",
                StintRepository.currentIdOf(backToCare) + ";" + backToCare + ";" + SITE + ";2018-02-05;2018-05-15;BACK_TO_CARE;"
                        + "Åter till vården;SICKNESS_BENEFIT;Sjukpenning",
                anonymousStint + ";;" + SITE + ";2018-02-12;2018-06-01;OTHER;Annat (flytt, graviditet …);"
                        + "ACTIVITY_COMPENSATION;Aktivitetsersättning",
                "");
        assertThat(text).doesNotContain(INTERESTS, "trädgård", "LIFTING", "QUIET", afterThePeriod);

        auditEntries.refresh();
        List<String> readers = List.of(handedOver, backToCare).stream().map(this::lastEndpointRecordedFor).toList();
        assertThat(readers).as("the access log names each participant shown").containsOnly("GET /api/reports/sus-exits.csv");
    }

    @Test
    void managementAndAnotherSitesCoordinatorAreRefusedAndBadPeriodsAreInvalid() {
        WebTestClient management = as(people.staff("sus-management", Set.of(Role.MANAGEMENT), Set.of()));
        management.get().uri("/api/reports/sus-exits.csv?sites=" + SITE + "&" + PERIOD).exchange().expectStatus().isForbidden();
        management.get().uri("/api/reports/sus-exits.csv").exchange().expectStatus().isForbidden();

        WebTestClient eskilstuna = as(people.staff("sus-coordinator-eskilstuna", Set.of(Role.COORDINATOR), Set.of("eskilstuna")));
        eskilstuna.get().uri("/api/reports/sus-exits.csv?sites=" + SITE + "&" + PERIOD).exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        eskilstuna.get().uri("/api/reports/sus-exits.csv").exchange().expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, ".*sus-avslut-eskilstuna-\\d{4}-(01|07)-01-\\d{4}-(06-30|12-31)\\.csv.*");

        http.get().uri("/api/reports/sus-exits.csv?sites=" + SITE + "&from=2018-06-30&until=2018-01-01").exchange()
                .expectStatus().isEqualTo(422).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("until");
        http.get().uri("/api/reports/sus-exits.csv?sites=uppsala").exchange().expectStatus().isEqualTo(422);
        http.get().uri("/api/reports/sus-exits.csv?sites=" + SITE + "&from=igår").exchange().expectStatus().isBadRequest();
    }

    /** A participant registered with consent at the site, enrolled on {@code enrolledOn} (in mapping), with health data in the profile. */
    private String registered(LocalDate enrolledOn) {
        String id = ApiBodies.freshParticipantId();
        ObjectNode profile = ApiBodies.participant(id, SITE, LIMITATIONS);
        profile.remove("readySince");
        profile.put("phase", "MAPPING");
        profile.put("interests", INTERESTS);
        profile.put("maxLiftKg", 7);
        ((ObjectNode) profile.get("enrolment")).put("enrolledOn", enrolledOn.toString());
        http.post().uri("/api/participants").contentType(MediaType.APPLICATION_JSON).bodyValue(profile.toString()).exchange()
                .expectStatus().is2xxSuccessful();
        return id;
    }

    /** A person referred and enrolled on {@code enrolledOn} who declined consent: the anonymous record's stint id. */
    private String declinedConsent(LocalDate enrolledOn) {
        String referred = post("/api/stints", "{\"participantId\": \"" + ApiBodies.freshParticipantId() + "\", \"site\": \"" + SITE
                + "\", \"gender\": \"MALE\", \"admittedOn\": \"" + enrolledOn.minusDays(7) + "\"}").get("id").asString();
        JsonNode anonymous = post("/api/stints/" + referred + "/enrolment",
                "{\"on\": \"" + enrolledOn + "\", \"consent\": \"DECLINED\", \"compensation\": \"ACTIVITY_COMPENSATION\"}");
        assertThat(anonymous.get("participantId").isNull()).isTrue();
        return anonymous.get("id").asString();
    }

    private void exit(String stintId, String on, String outcome) {
        post("/api/stints/" + stintId + "/exit", "{\"on\": \"" + on + "\", \"outcome\": \"" + outcome + "\"}");
    }

    private JsonNode post(String path, String body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().is2xxSuccessful()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The endpoint of the access log's newest entry about the participant. */
    private String lastEndpointRecordedFor(String participantId) {
        return http.get().uri("/api/admin/audit?participantId=" + participantId).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").get(0).get("endpoint").asString();
    }
}
