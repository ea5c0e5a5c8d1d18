package se.tuna.placement.web.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Suggestions, a streamed plan, a decision and a re-solve, all over HTTP against a real node and solver. */
class MatchingApiIntegrationTest extends WebIntegrationTest {

    @Test
    void suggestionsComeBackRankedWithExplanationsAndNeverAConflictingOrFullSlot() {
        String employerId = registerEmployer();
        String fitting = registerSlot(employerId, slot("Lagerarbete", List.of("STANDING_MOST_OF_DAY"), 2));
        String withCustomers = registerSlot(employerId, slot("Butik", List.of("CUSTOMER_CONTACT"), 2));
        String full = registerSlot(employerId, slot("Lager, natt", List.of(), 1));
        post("/api/slots/" + full + "/bookings", Map.of("reference", "someone-else")).expectStatus().isCreated();
        String participantId = registerParticipant(List.of("NO_CUSTOMER_CONTACT"));

        JsonNode suggestions = http.get().uri("/api/participants/" + participantId + "/suggestions?count=20").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        List<String> ids = suggestions.get("suggestions").valueStream().map(s -> s.get("slot").get("id").asString()).toList();
        assertThat(ids).contains(fitting).doesNotContain(withCustomers, full);
        JsonNode best = suggestions.get("suggestions").get(0);
        assertThat(best.get("rank").asInt()).isEqualTo(1);
        assertThat(best.get("explanation").valueStream().map(line -> line.get("statusLabel").asString()))
                .isNotEmpty().allSatisfy(label -> assertThat(label).isIn("Uppfyllt", "Delvis", "Ej uppfyllt", "Okänt"));
    }

    @Test
    void aSlotThatDoesNotStateItsHeaviestLiftComesLastMarkedToBeConfirmed() {
        String employerId = registerEmployer();
        String stated = registerSlot(employerId, slot("Lagerarbete", List.of(), 2));
        ObjectNode unstatedSlot = slot("Lagerarbete, okänt lyft", List.of(), 2);
        unstatedSlot.remove("heaviestLiftKg");
        String unstated = registerSlot(employerId, unstatedSlot);
        String participantId = ApiBodies.freshParticipantId();
        ObjectNode participant = ApiBodies.participant(participantId, "eskilstuna", List.of("LIFTING_LIMIT"));
        participant.put("maxLiftKg", 10);
        post("/api/participants", participant).expectStatus().isCreated();

        JsonNode suggestions = http.get().uri("/api/participants/" + participantId + "/suggestions?count=50").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        List<JsonNode> lines = suggestions.get("suggestions").valueStream().toList();
        List<String> ids = lines.stream().map(s -> s.get("slot").get("id").asString()).toList();
        assertThat(ids).contains(stated, unstated);
        JsonNode marked = lines.get(ids.indexOf(unstated));
        assertThat(marked.get("toConfirm").asString()).isEqualTo("Att bekräfta: fråga arbetsgivaren om tyngsta lyft");
        assertThat(lines.get(ids.indexOf(stated)).get("toConfirm").isNull()).isTrue();
        // Every slot to be confirmed comes after every feasible one.
        int firstMarked = ids.indexOf(unstated);
        assertThat(lines.subList(0, firstMarked)).allSatisfy(line -> assertThat(line.get("toConfirm").isNull()).isTrue());
        assertThat(marked.get("explanation").valueStream().map(line -> line.get("statusLabel").asString())).contains("Okänt");
        // Feasible and to-be-confirmed slots are counted apart, so the page's "more" goes by feasible ones only.
        long feasibleShown = lines.stream().filter(line -> line.get("toConfirm").isNull()).count();
        long toConfirmShown = lines.size() - feasibleShown;
        assertThat(suggestions.get("toConfirmConsidered").asInt()).isGreaterThanOrEqualTo((int) toConfirmShown);
        assertThat(suggestions.get("toConfirmExcluded").asInt()).isNotNegative();
        assertThat(suggestions.get("considered").asInt() - suggestions.get("excluded").asInt())
                .isGreaterThanOrEqualTo((int) feasibleShown);
    }

    @Test
    void aPlanStreamsProgressEndsWithAPlanAndKeepsADecisionWhenSolvedAgain() {
        String employerId = registerEmployer();
        registerSlot(employerId, slot("Lagerarbete", List.of(), 2));
        String participantId = registerParticipant(List.of());

        String jobId = post("/api/plans", Map.of("sites", List.of("eskilstuna")))
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody().get("jobId").asString();
        List<String> statuses = PlanCalls.streamedStatuses(http, jobId);
        assertThat(statuses).last().isEqualTo("FINISHED");

        JsonNode line = PlanCalls.lineOf(PlanCalls.result(http, jobId), participantId);
        assertThat(line.get("slot").isNull()).isFalse();
        String slotId = line.get("slot").get("id").asString();

        JsonNode decided = post("/api/plans/" + jobId + "/decisions",
                Map.of("participantId", participantId, "studyVisitAt", LocalDate.now(ParticipantRules.PROGRAMME_ZONE).plusDays(2) + "T10:00:00"))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(decided.get("decided").asBoolean()).isTrue();
        // The plan may choose a slot other tests of this class hold seats at too: its free seats are what is stored now.
        JsonNode stored = http.get().uri("/api/slots/" + slotId).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(decided.get("slot").get("freeSeats").asInt()).isEqualTo(stored.get("freeSeats").asInt())
                .isLessThan(stored.get("seats").asInt());
        http.get().uri("/api/placements/" + PlacementService.idFor(participantId)).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decidedBy").isEqualTo(coordinator().id())
                .jsonPath("$.decidedByName").isEqualTo(coordinator().account().displayName())
                .jsonPath("$.reference").value(reference -> assertThat((String) reference).matches("P-[2-9A-HJKMNP-Z]{6}"));
        http.get().uri("/api/slots/" + slotId + "/claims").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.reference == '" + PlacementService.idFor(participantId) + "')].kind").isEqualTo("HOLD");

        post("/api/plans/" + jobId + "/resolve", Map.of()).expectStatus().isOk();
        assertThat(PlanCalls.streamedStatuses(http, jobId)).last().isEqualTo("FINISHED");
        JsonNode again = PlanCalls.lineOf(PlanCalls.result(http, jobId), participantId);
        assertThat(again.get("decided").asBoolean()).isTrue();
        assertThat(again.get("slot").get("id").asString()).isEqualTo(slotId);
    }

    @Test
    void decidingAnotherSlotThanThePlansNeedsAReasonAndThePlacementKeepsWhichThePlanProposedAndWhy() {
        String employerId = registerEmployer();
        String one = registerSlot(employerId, cleaningSlot());
        String another = registerSlot(employerId, cleaningSlot());
        String participantId = ApiBodies.freshParticipantId();
        ObjectNode cleaner = ApiBodies.participant(participantId, "eskilstuna", List.of());
        cleaner.set("goalOccupations", ApiBodies.JSON.valueToTree(List.of("9111")));
        post("/api/participants", cleaner).expectStatus().isCreated();
        String jobId = post("/api/plans", Map.of("sites", List.of("eskilstuna")))
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody().get("jobId").asString();
        assertThat(PlanCalls.streamedStatuses(http, jobId)).last().isEqualTo("FINISHED");
        String proposed = PlanCalls.lineOf(PlanCalls.result(http, jobId), participantId).get("slot").get("id").asString();
        String chosen = proposed.equals(one) ? another : one;
        String visit = LocalDate.now(ParticipantRules.PROGRAMME_ZONE).plusDays(2) + "T10:00:00";

        post("/api/plans/" + jobId + "/decisions", Map.of("participantId", participantId, "studyVisitAt", visit, "slotId", chosen))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        http.get().uri("/api/placements/" + PlacementService.idFor(participantId)).exchange().expectStatus().isNotFound();
        assertThat(PlanCalls.lineOf(PlanCalls.result(http, jobId), participantId).get("decided").asBoolean()).isFalse();

        JsonNode decided = post("/api/plans/" + jobId + "/decisions", Map.of("participantId", participantId, "studyVisitAt", visit,
                "slotId", chosen, "reason", "Deltagaren känner redan handledaren"))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(decided.get("decided").asBoolean()).isTrue();
        assertThat(decided.get("slot").get("id").asString()).isEqualTo(chosen);
        http.get().uri("/api/placements/" + PlacementService.idFor(participantId)).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.slotId").isEqualTo(chosen)
                .jsonPath("$.planJobId").isEqualTo(jobId)
                .jsonPath("$.choice.firstSlotId").isEqualTo(proposed)
                .jsonPath("$.choice.chosenSlotId").isEqualTo(chosen)
                .jsonPath("$.choice.overridden").isEqualTo(true)
                .jsonPath("$.choice.reason").isEqualTo("Deltagaren känner redan handledaren");
    }

    @Test
    void anUnknownPlanIsNotFound() {
        http.get().uri("/api/plans/no-such-plan").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aNegativeRuleWeightIsRefusedAndNothingChanges() {
        String before = http.get().uri("/api/admin/constraint-weights").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        http.put().uri("/api/admin/constraint-weights").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("weights", Map.of("Short trips", "0hard/0medium/-5soft")))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("weights.Short trips");

        http.get().uri("/api/admin/constraint-weights").exchange().expectBody(String.class).isEqualTo(before);
    }

    @Test
    void aHardRulesWeightCannotBeChangedOnlyASoftOnes() {
        String before = http.get().uri("/api/admin/constraint-weights").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        http.put().uri("/api/admin/constraint-weights").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("weights", Map.of("Travel time", "0hard/0medium/0soft")))
                .exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("weights.Travel time");

        http.get().uri("/api/admin/constraint-weights").exchange().expectBody(String.class).isEqualTo(before);
    }

    @Test
    void settingTheWeightsBackToTheDefaultsUndoesAChange() {
        String defaults = http.get().uri("/api/admin/constraint-weights").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        http.put().uri("/api/admin/constraint-weights").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("weights", Map.of("Short trips", "0hard/0medium/7soft"))).exchange().expectStatus().isOk();

        http.delete().uri("/api/admin/constraint-weights").exchange().expectStatus().isOk()
                .expectBody(String.class).isEqualTo(defaults);
        http.get().uri("/api/admin/constraint-weights").exchange().expectBody(String.class).isEqualTo(defaults);
    }

    @Test
    void aPlanForABlankSiteIsRefused() {
        http.post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"sites\": [\" \"]}")
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").value(field -> assertThat((String) field).startsWith("sites"));
    }

    @Test
    void aPlanForANullSiteIsMalformed() {
        http.post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"sites\": [null, \"eskilstuna\"]}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sites[0]");
    }

    // --- helpers --------------------------------------------------------------------------------

    private String registerEmployer() {
        return post("/api/employers", ApiBodies.employer("Matchningens Lager AB")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private String registerSlot(String employerId, ObjectNode slot) {
        return post("/api/employers/" + employerId + "/slots", slot).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("id").asString();
    }

    private static ObjectNode slot(String title, List<String> demands, int seats) {
        return ApiBodies.slot(title, demands, seats);
    }

    /** A cleaning slot: an occupation only a cleaner's plan looks for first. */
    private static ObjectNode cleaningSlot() {
        ObjectNode slot = ApiBodies.slot("Städning av kontor", List.of(), 1);
        slot.put("occupationCode", "9111");
        slot.put("tasks", "Städning av kontor och trapphus.");
        return slot;
    }

    private String registerParticipant(List<String> limitations) {
        String id = ApiBodies.freshParticipantId();
        post("/api/participants", ApiBodies.participant(id, "eskilstuna", limitations)).expectStatus().isCreated();
        return id;
    }

    private WebTestClient.ResponseSpec post(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body instanceof ObjectNode node ? node.toString() : body).exchange();
    }
}
