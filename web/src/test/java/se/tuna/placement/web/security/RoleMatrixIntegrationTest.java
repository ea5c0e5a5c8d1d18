package se.tuna.placement.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.web.security.AccessScenario.Who.ANONYMOUS;

import java.util.Arrays;
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
import se.tuna.placement.web.ServedApi;
import se.tuna.placement.web.WebIntegrationTest;
import se.tuna.placement.web.security.AccessMatrix.Rule;
import se.tuna.placement.web.security.AccessScenario.Who;
import se.tuna.placement.web.security.ApiCalls.Call;

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
        Set<String> served = ServedApi.read(anonymous).operations();

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

    private AccessScenario scenario() {
        return AccessScenario.shared(anonymous, http, people, placements);
    }
}
