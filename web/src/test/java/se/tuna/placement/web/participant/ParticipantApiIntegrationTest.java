package se.tuna.placement.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ParticipantApiIntegrationTest extends WebIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();


    @Test
    void aParticipantRegisteredOverHttpIsReadBack() {
        ObjectNode participant = validParticipant();
        String id = participant.get("id").asString();

        String location = post("/api/participants", participant).expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/participants/" + id)
                .returnResult(JsonNode.class).getResponseHeaders().getLocation().toString();

        http.get().uri(location).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.site").isEqualTo("eskilstuna")
                .jsonPath("$.home.lat").isEqualTo(59.37)
                .jsonPath("$.hours.min").isEqualTo(4)
                .jsonPath("$.availability[0].day").isEqualTo("MONDAY")
                .jsonPath("$.availability[0].start").value(String.class, start -> assertThat(start).startsWith("10:00"))
                .jsonPath("$.earliestStart").value(String.class, start -> assertThat(start).startsWith("10:00"))
                .jsonPath("$.limitations").value(List.class, limitations -> assertThat(limitations)
                        .containsExactlyInAnyOrder("NOT_BEFORE", "LIFTING_LIMIT"))
                .jsonPath("$.limitationLabels.NOT_BEFORE").isEqualTo("Kan inte börja tidigt")
                .jsonPath("$.maxLiftKg").isEqualTo(10)
                .jsonPath("$.occupationNames.4322").isNotEmpty()
                .jsonPath("$.phase").isEqualTo("READY")
                .jsonPath("$.phaseLabel").isEqualTo("Väntar på plats")
                .jsonPath("$.readySince").isEqualTo("2026-10-01")
                .jsonPath("$.gender").isEqualTo("UNSTATED");
    }

    static Stream<Arguments> invalidParticipants() {
        return Stream.of(
                Arguments.of("a personal identity number as id", change(validParticipant(), "id", "19800101-1234"), 422, "id"),
                Arguments.of("a lifting limit without kilograms", without(validParticipant(), "maxLiftKg"), 422, "maxLiftKg"),
                Arguments.of("an unknown site", change(validParticipant(), "site", "atlantis"), 422, "site"),
                Arguments.of("a missing travel mode", without(validParticipant(), "travelMode"), 422, "travelMode"),
                Arguments.of("min hours above max", change(validParticipant(), "hours", Map.of("min", 12, "max", 8)), 422,
                        "hours.min"),
                Arguments.of("a diagnosis in the interests", change(validParticipant(), "interests", "Har fått diagnosen ADHD"),
                        422, "interests"),
                Arguments.of("an unknown field", change(validParticipant(), "name", "Anna Svensson"), 400, "name"),
                Arguments.of("an unknown limitation", change(validParticipant(), "limitations", List.of("SHY")), 400,
                        "limitations[0]"));
    }

    @ParameterizedTest(name = "a participant with {0} is refused")
    @MethodSource("invalidParticipants")
    void anInvalidParticipantGetsAProblemDetailNamingTheField(String what, ObjectNode body, int status, String field) {
        post("/api/participants", body).expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").value(String.class, type -> assertThat(type).startsWith("https://"))
                .jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields).contains(field))
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).doesNotContain("1234"));
        if (body.hasNonNull("id") && body.get("id").asString().startsWith("T-")) {
            http.get().uri("/api/participants/" + body.get("id").asString()).exchange().expectStatus().isNotFound();
        }
    }

    @Test
    void registeringTheSameIdTwiceConflicts() {
        ObjectNode participant = validParticipant();
        post("/api/participants", participant).expectStatus().isCreated();

        post("/api/participants", participant).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void aParticipantWhoseStintBecomesReadyJoinsTheWaitingList() {
        ObjectNode participant = change(without(validParticipant(), "readySince"), "phase", "MAPPING");
        participant.put("site", "strangnas");
        String id = participant.get("id").asString();
        post("/api/participants", participant).expectStatus().isCreated().expectBody().jsonPath("$.phase").isEqualTo("MAPPING");

        post("/api/stints/" + StintRepository.currentIdOf(id) + "/ready", Map.of("on", "2026-10-02")).expectStatus().isOk()
                .expectBody().jsonPath("$.stage").isEqualTo("READY").jsonPath("$.readySince").isEqualTo("2026-10-02");
        http.get().uri("/api/participants/" + id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.phase").isEqualTo("READY").jsonPath("$.readySince").isEqualTo("2026-10-02");

        JsonNode waiting = http.get().uri("/api/participants?site=strangnas&phase=READY&size=200").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(waiting.get("items").valueStream().map(item -> item.get("id").asString())).contains(id);
        assertThat(waiting.get("items").valueStream().map(item -> item.get("phase").asString())).containsOnly("READY");
    }

    @Test
    void anUpdateOverHttpReplacesTheProfileAndKeepsThePhase() {
        ObjectNode participant = validParticipant();
        String id = participant.get("id").asString();
        post("/api/participants", participant).expectStatus().isCreated();
        post("/api/stints/" + StintRepository.currentIdOf(id) + "/mapping", Map.of("on", "2026-10-05")).expectStatus().isOk();

        ObjectNode edited = without(without(without(change(participant, "strengths", "Lugn och tålmodig."), "phase"),
                "readySince"), "enrolment");
        http.put().uri("/api/participants/" + id).contentType(MediaType.APPLICATION_JSON).bodyValue(edited.toString())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.strengths").isEqualTo("Lugn och tålmodig.")
                .jsonPath("$.phase").isEqualTo("MAPPING");
    }

    @Test
    void aProfileIsStoredOnlyWithConsent() {
        ObjectNode unenrolled = without(validParticipant(), "enrolment");
        post("/api/participants", unenrolled).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("consent");
        http.get().uri("/api/participants/" + unenrolled.get("id").asString()).exchange().expectStatus().isNotFound();

        ObjectNode declined = validParticipant();
        ((ObjectNode) declined.get("enrolment")).put("consent", "DECLINED");
        post("/api/participants", declined).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("enrolment.consent");
        http.get().uri("/api/participants/" + declined.get("id").asString()).exchange().expectStatus().isNotFound();
        http.get().uri("/api/stints/" + StintRepository.currentIdOf(declined.get("id").asString())).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theProfileRecordsItsStintWithWhoRecordedEachStep() {
        ObjectNode participant = validParticipant();
        String id = participant.get("id").asString();
        post("/api/participants", participant).expectStatus().isCreated();

        http.get().uri("/api/participants/" + id + "/stints").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].stage").isEqualTo("READY")
                .jsonPath("$[0].admittedOn").isEqualTo("2026-09-20")
                .jsonPath("$[0].enrolledOn").isEqualTo("2026-09-28")
                .jsonPath("$[0].consent").isEqualTo("GIVEN")
                .jsonPath("$[0].compensation").isEqualTo("ACTIVITY_SUPPORT")
                .jsonPath("$[0].lastDay").isEqualTo("2027-09-27")
                .jsonPath("$[0].steps[*].kind").isEqualTo(List.of("ADMIT", "ENROL", "READY"))
                .jsonPath("$[0].steps[0].recordedBy").isNotEmpty();
    }

    @Test
    void anUnknownParticipantIsNotFound() {
        http.get().uri("/api/participants/T-NOSUCH99").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.kind").isEqualTo("participant");
    }

    // --- fixtures -------------------------------------------------------------------------------

    private WebTestClient.ResponseSpec post(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body instanceof ObjectNode node ? node.toString() : JSON.writeValueAsString(body)).exchange();
    }

    /** A valid participant with a fresh pseudonymous id, so tests never collide; the home comes from the locality. */
    static ObjectNode validParticipant() {
        return (ObjectNode) JSON.readTree("""
                {"id": "%s", "site": "eskilstuna", "birthYear": 1988, "homeLocality": "Eskilstuna",
                 "travelMode": "BIKE", "maxTravelMinutes": 30, "hours": {"min": 4, "max": 12},
                 "availability": [{"day": "MONDAY", "start": "10:00", "end": "14:00"},
                                  {"day": "WEDNESDAY", "start": "10:00", "end": "14:00"}],
                 "maxHoursPerDay": 4, "experienceOccupations": ["9412"], "goalOccupations": ["4322"],
                 "skills": "Van vid att packa och plocka varor.", "interests": "Gillar att sortera saker.",
                 "strengths": "Noggrann och pålitlig.", "limitations": ["NOT_BEFORE", "LIFTING_LIMIT"],
                 "maxLiftKg": 10, "earliestStart": "10:00", "phase": "READY", "readySince": "2026-10-01",
                 "enrolment": {"admittedOn": "2026-09-20", "enrolledOn": "2026-09-28", "consent": "GIVEN",
                               "compensation": "ACTIVITY_SUPPORT"}}
                """.formatted(freshId()));
    }

    static String freshId() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder id = new StringBuilder("T-");
        for (int i = 0; i < 8; i++) {
            id.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return id.toString();
    }

    static ObjectNode change(ObjectNode node, String field, Object value) {
        ObjectNode copy = node.deepCopy();
        copy.set(field, JSON.valueToTree(value));
        return copy;
    }

    static ObjectNode without(ObjectNode node, String field) {
        ObjectNode copy = node.deepCopy();
        copy.remove(field);
        return copy;
    }
}
