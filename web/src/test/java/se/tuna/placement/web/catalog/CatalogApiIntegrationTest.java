package se.tuna.placement.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CatalogApiIntegrationTest extends WebIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();


    @Test
    void aSlotRegisteredOverHttpIsFoundByASwedishFreeTextSearch() {
        String employerId = registerEmployer(validEmployer());
        ObjectNode slot = validSlot();
        slot.put("tasks", "Lager och plockning av order. Packning av paket.");
        String slotId = post("/api/employers/" + employerId + "/slots", slot).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

        JsonNode found = http.get().uri("/api/slots?text=lagerarbete&employerId=" + employerId).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(found.get("items").valueStream().map(hit -> hit.get("slot").get("id").asString())).contains(slotId);
    }

    @Test
    void anEmployerListsItsOwnSlotsWhateverTheirStatus() {
        String employerId = registerEmployer(validEmployer());
        String slotId = registerSlot(employerId, validSlot());
        http.post().uri("/api/slots/" + slotId + "/pause").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PAUSED");

        http.get().uri("/api/employers/" + employerId + "/slots").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].slot.id").isEqualTo(slotId)
                .jsonPath("$.items[0].slot.status").isEqualTo("PAUSED");
    }

    static Stream<Arguments> badEmployers() {
        return Stream.of(
                Arguments.of("an invalid organisation number", change(validEmployer(), "organisationNumber", "556036-0794"),
                        422, "organisationNumber"),
                Arguments.of("an unknown SNI code", change(validEmployer(), "industryCode", "99999"), 422, "industryCode"),
                Arguments.of("coordinates outside Sweden", withCoordinates(validEmployer(), 48.85, 2.35), 422,
                        "address.coordinates"),
                Arguments.of("an unknown field", change(validEmployer(), "favouriteColour", "blue"), 400, "favouriteColour"),
                Arguments.of("a missing name", without(validEmployer(), "name"), 422, "name"));
    }

    @ParameterizedTest(name = "an employer with {0} is refused")
    @MethodSource("badEmployers")
    void aBadEmployerGetsAProblemDetailNamingTheFieldAndNothingIsStored(String what, ObjectNode body, int status, String field) {
        String number = body.path("organisationNumber").asString("");
        post("/api/employers", body).expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").value(String.class, type -> assertThat(type).startsWith("https://"))
                .jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields).contains(field))
                .jsonPath("$.errors[0].reason").isNotEmpty();
        assertThat(employerNumbers()).doesNotContain(number);
    }

    static Stream<Arguments> badSlots() {
        return Stream.of(
                Arguments.of("min hours above max", hours(validSlot(), 12, 8), 422, "hours.min"),
                Arguments.of("hours above 40 a week", hours(validSlot(), 4, 45), 422, "hours.max"),
                Arguments.of("hours below 1 a week", hours(validSlot(), 0, 8), 422, "hours.min"),
                Arguments.of("an unknown SSYK code", change(validSlot(), "occupationCode", "9998"), 422, "occupationCode"),
                Arguments.of("coordinates outside Sweden", withCoordinates(validSlot(), 60.39, 5.32), 422, "coordinates"),
                Arguments.of("no seats", change(validSlot(), "seats", 0), 422, "seats"),
                Arguments.of("an unknown field", change(validSlot(), "salary", 100), 400, "salary"),
                Arguments.of("a number where text belongs", change(validSlot(), "seats", "många"), 400, "seats"));
    }

    @ParameterizedTest(name = "a slot with {0} is refused")
    @MethodSource("badSlots")
    void aBadSlotGetsAProblemDetailNamingTheFieldAndNothingIsStored(String what, ObjectNode body, int status, String field) {
        String employerId = registerEmployer(validEmployer());

        post("/api/employers/" + employerId + "/slots", body).expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields).contains(field));
        http.get().uri("/api/employers/" + employerId + "/slots").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void malformedJsonGetsAProblemDetailAndNothingIsStored() {
        http.post().uri("/api/employers").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": \"Halv")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).doesNotContain("Exception"));
    }

    @Test
    void anUnknownSlotIsNotFound() {
        http.get().uri("/api/slots/no-such-slot").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.kind").isEqualTo("training slot");
    }

    @Test
    void fiftyParallelRequestsForTheLastSeatBookExactlyOne() throws Exception {
        String employerId = registerEmployer(validEmployer());
        String slotId = registerSlot(employerId, change(validSlot(), "seats", 1));

        // Fifty clashing writers on two cores take a while: allow it, the assertion is about the outcome.
        WebTestClient patient = http.mutate().responseTimeout(Duration.ofMinutes(2)).build();
        ExecutorService clients = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpStatus>> responses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String reference = "placement-" + i;
            responses.add(clients.submit(() -> {
                start.await();
                return HttpStatus.valueOf(patient.post().uri("/api/slots/" + slotId + "/bookings")
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reference", reference))
                        .exchange().returnResult(String.class).getStatus().value());
            }));
        }
        start.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> response : responses) {
            statuses.add(response.get());
        }
        clients.shutdown();

        assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        assertThat(statuses).filteredOn(HttpStatus.CONFLICT::equals).hasSize(49);
        http.get().uri("/api/slots/" + slotId + "/claims").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
        http.get().uri("/api/slots/" + slotId).exchange().expectBody().jsonPath("$.freeSeats").isEqualTo(0);
    }

    @Test
    void aRadiusSearchAroundALocalityFindsNearbySlotsOnly() {
        String employerId = registerEmployer(validEmployer());
        String nearby = registerSlot(employerId, withCoordinates(change(validSlot(), "locality", "Torshälla"), 59.4168, 16.4738));
        String far = registerSlot(employerId, withCoordinates(change(validSlot(), "locality", "Mariefred"), 59.2597, 17.2230));

        JsonNode found = http.get().uri("/api/slots?locality=Torshälla&radiusKm=5&employerId=" + employerId + "&sort=DISTANCE")
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        List<String> ids = found.get("items").valueStream().map(hit -> hit.get("slot").get("id").asString()).toList();
        assertThat(ids).contains(nearby).doesNotContain(far);
        assertThat(found.get("items").get(0).get("distanceKm").asDouble()).isLessThan(5.0);
    }

    @Test
    void anUnknownLocalityInASearchIsAProblemNamingIt() {
        http.get().uri("/api/slots?locality=Atlantis&radiusKm=5").exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("locality");
    }

    // --- fixtures -------------------------------------------------------------------------------

    private String registerEmployer(ObjectNode employer) {
        return post("/api/employers", employer).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("id").asString();
    }

    private String registerSlot(String employerId, ObjectNode slot) {
        return post("/api/employers/" + employerId + "/slots", slot).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("id").asString();
    }

    private WebTestClient.ResponseSpec post(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body.toString()).exchange();
    }

    private List<String> employerNumbers() {
        JsonNode page = http.get().uri("/api/employers?size=200").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(employer -> numbers.add(employer.get("organisationNumber").asString()));
        return numbers;
    }

    /** A valid employer with a fresh organisation number, so tests never collide. */
    static ObjectNode validEmployer() {
        return (ObjectNode) JSON.readTree("""
                {"name": "Tunavallens Lager AB", "organisationNumber": "%s", "sector": "PRIVATE", "industryCode": "52100",
                 "contact": {"name": "Eva Berg", "phone": "070-111 22 33", "email": "eva.berg@lager.example"},
                 "address": {"street": "Lagervägen 1", "postalCode": "632 29", "locality": "Eskilstuna",
                             "coordinates": {"lat": 59.37, "lon": 16.51}},
                 "sites": ["eskilstuna", "strangnas"]}
                """.formatted(CatalogFixtures.freshOrganisationNumber()));
    }

    static ObjectNode validSlot() {
        return (ObjectNode) JSON.readTree("""
                {"title": "Lagerarbete", "tasks": "Plockning och packning av order på lagret.", "occupationCode": "4322",
                 "locality": "Eskilstuna", "coordinates": {"lat": 59.37, "lon": 16.51},
                 "hours": {"min": 4, "max": 10},
                 "schedule": [{"day": "MONDAY", "start": "08:00", "end": "12:00"},
                              {"day": "WEDNESDAY", "start": "08:00", "end": "12:00"}],
                 "seats": 2, "availableFrom": "2026-01-01",
                 "demands": ["STANDING_MOST_OF_DAY"], "heaviestLiftKg": 10,
                 "support": ["EXPERIENCED_SUPERVISOR"], "accessibility": ["NEAR_PUBLIC_TRANSPORT"], "supervisor": "Per Holm"}
                """);
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

    static ObjectNode hours(ObjectNode slot, int min, int max) {
        return change(slot, "hours", Map.of("min", min, "max", max));
    }

    static ObjectNode withCoordinates(ObjectNode node, double lat, double lon) {
        ObjectNode copy = node.deepCopy();
        ObjectNode target = copy.has("address") ? (ObjectNode) copy.get("address") : copy;
        target.set("coordinates", JSON.valueToTree(Map.of("lat", lat, "lon", lon)));
        return copy;
    }
}
