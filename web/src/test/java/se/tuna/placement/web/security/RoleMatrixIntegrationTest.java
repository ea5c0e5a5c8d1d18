package se.tuna.placement.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.web.security.AccessScenario.Who.ADMIN;
import static se.tuna.placement.web.security.AccessScenario.Who.ANONYMOUS;
import static se.tuna.placement.web.security.AccessScenario.Who.COACH;
import static se.tuna.placement.web.security.AccessScenario.Who.COACH_OF_OTHERS;
import static se.tuna.placement.web.security.AccessScenario.Who.COORDINATOR;
import static se.tuna.placement.web.security.AccessScenario.Who.COORDINATOR_OF_OTHER_SITE;
import static se.tuna.placement.web.security.AccessScenario.Who.MANAGEMENT;
import static se.tuna.placement.web.security.AccessScenario.Who.SUPERVISOR;
import static se.tuna.placement.web.security.AccessScenario.Who.SUPERVISOR_OF_OTHER_EMPLOYER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.WebIntegrationTest;
import se.tuna.placement.web.security.AccessScenario.Who;
import se.tuna.placement.web.security.ApiCalls.Call;
import se.tuna.placement.web.security.ApiCalls.Request;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the served OpenAPI document, sent as every kind of person: the signed-out
 * get 401; each role gets through only where the rules let it (2xx), and is refused with 403
 * elsewhere, including a coordinator of another site, a coach of other participants and a
 * supervisor of another employer. The expectations are written here, once per operation; an
 * operation the document serves without a row here, or a row for one it no longer serves, fails
 * the test, so no endpoint goes out without a rule.
 */
class RoleMatrixIntegrationTest extends WebIntegrationTest {

    @Autowired
    PlacementService placements;

    @TestFactory
    Stream<DynamicNode> everyOperationLetsInExactlyWhomItsRuleSays() {
        AccessScenario s = scenario();
        Map<String, Rule> rules = AccessMatrix.rules();
        Set<String> served = servedOperations(anonymous);

        assertThat(new TreeSet<>(rules.keySet())).as("operations with a rule, against the operations the OpenAPI document serves")
                .isEqualTo(new TreeSet<>(served));

        return rules.values().stream().map(rule -> DynamicContainer.dynamicContainer(rule.operation(),
                Arrays.stream(Who.values()).map(who -> DynamicTest.dynamicTest(who + (rule.allows(who) ? " gets through"
                        : who == ANONYMOUS ? " is asked to sign in" : " is refused"), () -> check(s, rule, who)))));
    }

    private void check(AccessScenario s, Rule rule, Who who) {
        Call call = rule.request().to(s, who, rule.allows(who));
        EntityExchangeResult<byte[]> response = call.send(s.client(who));
        int status = response.getStatus().value();
        String why = rule.operation() + " as " + who + " (" + call + ") answered " + ApiCalls.text(response);
        if (who == ANONYMOUS) {
            assertThat(status).as(why).isEqualTo(HttpStatus.UNAUTHORIZED.value());
            assertThat(response.getResponseHeaders().getContentType()).as(why).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        } else if (rule.allows(who)) {
            assertThat(status).as(why).isBetween(200, 299);
        } else {
            assertThat(status).as(why).isEqualTo(HttpStatus.FORBIDDEN.value());
            assertThat(response.getResponseHeaders().getContentType()).as(why).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    /** Every operation of the OpenAPI document, as "METHOD /path/{template}"; the document itself is open to all. */
    static Set<String> servedOperations(WebTestClient anonymous) {
        JsonNode document = anonymous.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Set<String> operations = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                operations.add(method.getKey().toUpperCase() + " " + path.getKey())));
        return operations;
    }

    private AccessScenario scenario() {
        return AccessScenario.shared(anonymous, http, people, placements);
    }

    /**
     * One operation's rule: the request to send (as its owner would send it) and who gets through.
     *
     * @param operation "METHOD /path/{template}" as the OpenAPI document names it
     * @param request   the request, built against the scenario
     * @param allowed   who gets a 2xx; everyone else signed in gets 403, the signed-out 401
     */
    record Rule(String operation, Request request, Set<Who> allowed) {

        boolean allows(Who who) {
            return allowed.contains(who);
        }
    }

    /** The rules, in the order they are sent (some change what later ones find). */
    static final class AccessMatrix {

        private static final Set<Who> STAFF_AND_SUPERVISORS = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
        private static final Set<Who> COORDINATORS = EnumSet.of(COORDINATOR, COORDINATOR_OF_OTHER_SITE);
        private static final Set<Who> BANK_READERS = EnumSet.of(COORDINATOR, COORDINATOR_OF_OTHER_SITE, COACH, COACH_OF_OTHERS);

        private AccessMatrix() {
        }

        static Map<String, Rule> rules() {
            List<Rule> rules = new ArrayList<>();
            rules.addAll(ApiCalls.referenceAndSelf(STAFF_AND_SUPERVISORS));
            rules.addAll(ApiCalls.bank(COORDINATORS, BANK_READERS));
            rules.addAll(ApiCalls.participants());
            rules.addAll(ApiCalls.plans());
            rules.addAll(ApiCalls.admin());
            Map<String, Rule> byOperation = new LinkedHashMap<>();
            rules.forEach(rule -> {
                if (byOperation.put(rule.operation(), rule) != null) {
                    throw new IllegalStateException("Two rules for " + rule.operation());
                }
            });
            return byOperation;
        }
    }

    static Set<Who> only(Who... who) {
        return who.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(List.of(who));
    }
}
