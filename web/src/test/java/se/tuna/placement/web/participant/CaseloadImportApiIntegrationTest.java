package se.tuna.placement.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/caseload-imports} over HTTP: a dry run stores nothing, an import stores the
 * valid rows and reports the refused one by row and column, the same file again is unchanged, and
 * only a coordinator of the file's sites may send it.
 */
class CaseloadImportApiIntegrationTest extends WebIntegrationTest {

    private final LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);

    @Test
    void aCaseloadIsImportedOnceAndReportedUnchangedTheSecondTime() {
        String mapping = ApiBodies.freshParticipantId();
        String readyTooEarly = ApiBodies.freshParticipantId();
        String csv = "participantId;site;gender;compensation;admittedOn;enrolledOn;consent;readySince\n"
                + mapping + ";strangnas;man;aktivitetsstöd;" + today.minusDays(20) + ";" + today.minusDays(14) + ";ja;\n"
                + readyTooEarly + ";strangnas;kvinna;NONE;" + today.minusDays(20) + ";" + today.minusDays(14) + ";ja;"
                + today.minusDays(30) + "\n";

        JsonNode dryRun = send(http, csv, true, 200);
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("created").asInt()).isEqualTo(1);
        http.get().uri("/api/stints/" + StintRepository.currentIdOf(mapping)).exchange().expectStatus().isNotFound();

        JsonNode first = send(http, csv, false, 200);
        assertThat(first.get("created").asInt()).isEqualTo(1);
        assertThat(first.get("errors")).hasSize(1);
        assertThat(List.of(first.get("errors").get(0).get("row").asInt(), first.get("errors").get(0).get("column").asString()))
                .containsExactly(3, "readySince");
        assertThat(first.get("participantIds").get(0).asString()).isEqualTo(mapping);
        http.get().uri("/api/stints/" + StintRepository.currentIdOf(mapping)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.stage").isEqualTo("MAPPING");

        JsonNode second = send(http, csv, false, 200);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(1);
        assertThat(second.get("participantIds")).isEmpty();
    }

    @Test
    void onlyACoordinatorOfEverySiteInTheFileMayImportIt() {
        String csv = "participantId;site;compensation;admittedOn;enrolledOn;consent\n" + ApiBodies.freshParticipantId()
                + ";strangnas;NONE;" + today.minusDays(20) + ";" + today.minusDays(14) + ";GIVEN\n";

        send(as(people.staff("caseload-coordinator-eskilstuna", Set.of(Role.COORDINATOR), Set.of("eskilstuna"))), csv, true, 403);
        send(as(people.staff("caseload-coach", Set.of(Role.COACH), Set.of("strangnas"))), csv, true, 403);
        send(as(people.staff("caseload-coordinator-strangnas", Set.of(Role.COORDINATOR), Set.of("strangnas"))), csv, true, 200);
    }

    private static JsonNode send(WebTestClient client, String csv, boolean dryRun, int status) {
        MultipartBodyBuilder multipart = new MultipartBodyBuilder();
        multipart.part("file", new org.springframework.core.io.ByteArrayResource(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "inskrivna.csv";
            }
        }).contentType(MediaType.parseMediaType("text/csv"));
        byte[] body = client.post().uri("/api/caseload-imports?dryRun=" + dryRun).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(multipart.build())).exchange().expectStatus().isEqualTo(status)
                .expectBody().returnResult().getResponseBodyContent();
        return ApiBodies.JSON.readTree(body);
    }
}
