package se.tuna.placement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.WebIntegrationTest;
import se.tuna.placement.web.security.AccessScenario.Who;
import se.tuna.placement.web.security.ApiCalls.Call;
import se.tuna.placement.web.security.AccessMatrix.Rule;
import tools.jackson.databind.JsonNode;

/**
 * An employer's supervisor sends every request of the API as themselves, and every field of every
 * answer is read: no limitation, no other part of a participant's profile, and not even the
 * participant's id appears anywhere, while what the placement's agreement lets them see (the
 * shared first name) does. The participants of the scenario have limitations, interests and an
 * employer to avoid, all of it meant for their coordinator and coach only.
 */
class EmployerSeesNoHealthDataIntegrationTest extends WebIntegrationTest {

    /** The names of a participant's fields beyond what a placement's agreement shows. */
    private static final Set<String> PARTICIPANT_FIELDS = Set.of("participantId", "limitations", "limitationLabels", "maxLiftKg",
            "earliestStart", "avoidedEmployers", "phase", "phaseLabel", "readySince", "birthYear", "gender", "homeLocality",
            "home", "travelMode", "travelModeLabel", "maxTravelMinutes", "interests", "skills", "strengths",
            "experienceOccupations", "goalOccupations", "occupationNames", "availability", "maxHoursPerDay",
            "startCeilingHours", "explanation", "compensation", "waitingDays");

    @Autowired
    PlacementService placements;

    @Test
    void noAnswerToASupervisorCarriesAParticipantsHealthDataOrId() {
        AccessScenario s = AccessScenario.shared(anonymous, http, people, placements);
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> fieldNames = new TreeSet<>();
        for (Rule rule : AccessMatrix.rules().values()) {
            Call call = rule.request().to(s, Who.SUPERVISOR, false);
            EntityExchangeResult<byte[]> response = call.send(s.client(Who.SUPERVISOR));
            String body = response.getResponseBodyContent() == null ? ""
                    : new String(response.getResponseBodyContent(), StandardCharsets.UTF_8);
            // A refusal names the address asked for (its "instance"): what the supervisor sent, not what they got.
            answers.put(call + " → " + response.getStatus().value(), body.replace(call.uri(), ""));
            if (body.startsWith("{") || body.startsWith("[")) {
                collectFieldNames(ApiBodies.JSON.readTree(body), fieldNames);
            }
        }

        assertThat(fieldNames).as("field names in the supervisor's answers").doesNotContainAnyElementsOf(PARTICIPANT_FIELDS);
        List<String> forbidden = forbiddenValues(s);
        answers.forEach((request, body) -> assertThat(body).as("the answer to " + request).doesNotContain(forbidden));
        assertThat(answers).as("the supervisor sees the placement, with the first name shared with consent")
                .hasEntrySatisfying("GET /api/employers/" + s.employer + "/placements → 200",
                        body -> assertThat(body).contains(s.sharedFirstName));
    }

    /** Everything of the scenario's participants that only their coordinator and coach may see. */
    private static List<String> forbiddenValues(AccessScenario s) {
        List<String> values = new ArrayList<>(List.of(s.participant, s.otherParticipant, s.placedParticipant, s.planParticipant,
                s.interests, s.avoidedReason));
        AccessScenario.LIMITATIONS.forEach(code -> {
            values.add(code);
            values.add(FunctionalLimitation.valueOf(code).label());
        });
        return values;
    }

    private static void collectFieldNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                names.add(field.getKey());
                collectFieldNames(field.getValue(), names);
            }
        } else if (node.isArray()) {
            node.valueStream().forEach(element -> collectFieldNames(element, names));
        }
    }
}
