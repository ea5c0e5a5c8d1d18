package se.tuna.placement.web.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.matcher.plan.KeptPlan;
import se.tuna.placement.matcher.plan.PlanService;
import se.tuna.placement.matcher.plan.PlanStatus;
import se.tuna.placement.matcher.plan.PlanStore;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans outlive a restart: they are kept in Elasticsearch. The restart is what the service does at
 * start ({@link PlanService#recoverAfterRestart()}, run by {@link PlanRecovery}): finished plans are
 * dropped from memory and read from the store from then on, and plans stored as running, which no
 * process solves any more, are marked interrupted. Real node, real solver.
 */
class PlanRestartIntegrationTest extends WebIntegrationTest {

    @Autowired
    private PlanService plans;
    @Autowired
    private PlanStore store;

    @Test
    void aPlanMadeBeforeARestartIsListedReadAndDecidableAfterIt() {
        String employerId = registerEmployer();
        registerSlot(employerId, ApiBodies.slot("Lagerarbete", List.of(), 2));
        String participantId = registerParticipant();
        String jobId = startPlan();
        assertThat(PlanCalls.streamedStatuses(http, jobId)).last().isEqualTo("FINISHED");
        JsonNode before = PlanCalls.lineOf(PlanCalls.result(http, jobId), participantId);
        String slotId = before.get("slot").get("id").asString();

        plans.recoverAfterRestart();

        // Only a plan read from the store refuses to be solved again: the plan is no longer in memory.
        post("/api/plans/" + jobId + "/resolve", Map.of()).expectStatus().isEqualTo(409);
        JsonNode listed = listedPlan(http, jobId);
        assertThat(listed.get("status").asString()).isEqualTo("FINISHED");
        assertThat(listed.get("requestedBy").asString()).isEqualTo(coordinator().account().displayName());
        assertThat(listed.get("startedAt").isNull()).isFalse();
        http.get().uri("/api/plans/" + jobId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("FINISHED");
        JsonNode after = PlanCalls.lineOf(PlanCalls.result(http, jobId), participantId);
        assertThat(after.get("slot").get("id").asString()).isEqualTo(slotId);
        assertThat(after.get("explanation")).isEqualTo(before.get("explanation")).isNotEmpty();

        JsonNode decided = post("/api/plans/" + jobId + "/decisions",
                Map.of("participantId", participantId, "studyVisitAt", LocalDate.now().plusDays(2) + "T10:00:00"))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(decided.get("decided").asBoolean()).isTrue();
        assertThat(decided.get("slot").get("id").asString()).isEqualTo(slotId);
        http.get().uri("/api/placements/" + PlacementService.idFor(participantId)).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.slotId").isEqualTo(slotId)
                .jsonPath("$.planJobId").isEqualTo(jobId)
                .jsonPath("$.decidedBy").isEqualTo(coordinator().id());
        http.get().uri("/api/slots/" + slotId + "/claims").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.reference == '" + PlacementService.idFor(participantId) + "')].kind").isEqualTo("HOLD");
        assertThat(PlanCalls.lineOf(PlanCalls.result(http, jobId), participantId).get("decided").asBoolean()).isTrue();
        assertThat(listedPlan(http, jobId).get("pinned").asInt()).isEqualTo(1);
    }

    @Test
    void aPlanBeingMadeWhenTheServiceStoppedIsReportedInterruptedAndCanBeStartedAgain() {
        // What a process killed while solving leaves in the store: its plan, stored as solving.
        String died = UUID.randomUUID().toString();
        Instant then = Instant.now().minusSeconds(60);
        store.save(new KeptPlan(died, Set.of("eskilstuna"), coordinator().account().displayName(), PlanStatus.SOLVING, null, 0, 1, 0,
                then, then, null, List.of()));

        assertThat(plans.recoverAfterRestart()).isPositive();

        http.get().uri("/api/plans/" + died).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("INTERRUPTED")
                .jsonPath("$.message").value(message -> assertThat((String) message).contains("Starta en ny plan"));
        JsonNode listed = listedPlan(http, died);
        assertThat(listed.get("status").asString()).isEqualTo("INTERRUPTED");
        assertThat(PlanCalls.streamedStatuses(http, died)).containsExactly("INTERRUPTED");
        post("/api/plans/" + died + "/decisions", Map.of("participantId", registerParticipant(),
                "studyVisitAt", LocalDate.now().plusDays(2) + "T10:00:00")).expectStatus().isEqualTo(409);

        List<String> sites = listed.get("sites").valueStream().map(JsonNode::asString).toList();
        String again = post("/api/plans", Map.of("sites", sites)).expectStatus().isAccepted().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("jobId").asString();
        assertThat(again).isNotEqualTo(died);
        assertThat(PlanCalls.streamedStatuses(http, again)).last().isEqualTo("FINISHED");
        assertThat(listedPlan(http, died).get("status").asString()).isEqualTo("INTERRUPTED");
    }

    @Test
    void aPlanIsListedOnlyToCoordinatorsOfAllItsSites() {
        String jobId = startPlan();
        assertThat(PlanCalls.streamedStatuses(http, jobId)).last().isEqualTo("FINISHED");
        plans.recoverAfterRestart();
        WebTestClient elsewhere = as(people.staff("coordinator-strangnas", Set.of(Role.COORDINATOR), Set.of("strangnas")));

        JsonNode theirs = elsewhere.get().uri("/api/plans").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();

        assertThat(theirs.valueStream().map(plan -> plan.get("jobId").asString())).doesNotContain(jobId);
        elsewhere.get().uri("/api/plans/" + jobId).exchange().expectStatus().isForbidden();
        elsewhere.get().uri("/api/plans/" + jobId + "/result").exchange().expectStatus().isForbidden();
    }

    // --- helpers --------------------------------------------------------------------------------

    private String startPlan() {
        return post("/api/plans", Map.of("sites", List.of("eskilstuna"))).expectStatus().isAccepted().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("jobId").asString();
    }

    private static JsonNode listedPlan(WebTestClient client, String jobId) {
        JsonNode listed = client.get().uri("/api/plans").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        return listed.valueStream().filter(plan -> plan.get("jobId").asString().equals(jobId)).findFirst()
                .orElseThrow(() -> new AssertionError("plan " + jobId + " is not listed: " + listed));
    }

    private String registerEmployer() {
        return post("/api/employers", ApiBodies.employer("Omstartens Lager AB")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private String registerSlot(String employerId, ObjectNode slot) {
        return post("/api/employers/" + employerId + "/slots", slot).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("id").asString();
    }

    private String registerParticipant() {
        String id = ApiBodies.freshParticipantId();
        post("/api/participants", ApiBodies.participant(id, "eskilstuna", List.of())).expectStatus().isCreated();
        return id;
    }

    private WebTestClient.ResponseSpec post(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body instanceof ObjectNode node ? node.toString() : body).exchange();
    }
}
