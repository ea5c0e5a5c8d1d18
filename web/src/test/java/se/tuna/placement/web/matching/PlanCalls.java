package se.tuna.placement.web.matching;

import java.time.Duration;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The waiting-list plan's calls the plan tests make: its progress to the end, its result, one participant's line. */
final class PlanCalls {

    private PlanCalls() {
    }

    /** Every status the plan's progress stream sends until it ends. */
    static List<String> streamedStatuses(WebTestClient http, String jobId) {
        return http.mutate().responseTimeout(Duration.ofMinutes(3)).build()
                .get().uri("/api/plans/" + jobId + "/progress").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(JsonNode.class).getResponseBody()
                .map(progress -> progress.get("status").asString())
                .collectList().block(Duration.ofMinutes(3));
    }

    static JsonNode result(WebTestClient http, String jobId) {
        return http.get().uri("/api/plans/" + jobId + "/result").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    static JsonNode lineOf(JsonNode plan, String participantId) {
        return plan.get("assignments").valueStream().filter(line -> line.get("participantId").asString().equals(participantId))
                .findFirst().orElseThrow();
    }
}
