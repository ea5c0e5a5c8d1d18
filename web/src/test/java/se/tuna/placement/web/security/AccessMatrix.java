package se.tuna.placement.web.security;

import static se.tuna.placement.web.security.AccessScenario.Who.ANONYMOUS;
import static se.tuna.placement.web.security.AccessScenario.Who.COACH;
import static se.tuna.placement.web.security.AccessScenario.Who.COACH_OF_OTHERS;
import static se.tuna.placement.web.security.AccessScenario.Who.COORDINATOR;
import static se.tuna.placement.web.security.AccessScenario.Who.COORDINATOR_OF_OTHER_SITE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.tuna.placement.web.security.AccessScenario.Who;
import se.tuna.placement.web.security.ApiCalls.Request;

/**
 * Every operation of the API with the request its rightful user sends and who gets through: the
 * expectations of the role matrix, and the valid requests other tests start from (the bad-input
 * campaign mutates them).
 */
public final class AccessMatrix {

    private static final Set<Who> STAFF_AND_SUPERVISORS = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Who> COORDINATORS = EnumSet.of(COORDINATOR, COORDINATOR_OF_OTHER_SITE);
    private static final Set<Who> BANK_READERS = EnumSet.of(COORDINATOR, COORDINATOR_OF_OTHER_SITE, COACH, COACH_OF_OTHERS);

    private AccessMatrix() {
    }

    /**
     * One operation's rule: the request to send (as its owner would send it) and who gets through.
     *
     * @param operation "METHOD /path/{template}" as the OpenAPI document names it
     * @param request   the request, built against the scenario
     * @param allowed   who gets a 2xx; everyone else signed in gets 403, the signed-out 401
     */
    public record Rule(String operation, Request request, Set<Who> allowed) {

        public boolean allows(Who who) {
            return allowed.contains(who);
        }
    }

    /** The rules by operation, in the order they are sent (some change what later ones find). */
    public static Map<String, Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(ApiCalls.referenceAndSelf(STAFF_AND_SUPERVISORS));
        rules.addAll(ApiCalls.bank(COORDINATORS, BANK_READERS));
        rules.addAll(ApiCalls.participants());
        rules.addAll(ApiCalls.plans());
        rules.addAll(ApiCalls.followUp());
        rules.addAll(ApiCalls.admin());
        Map<String, Rule> byOperation = new LinkedHashMap<>();
        rules.forEach(rule -> {
            if (byOperation.put(rule.operation(), rule) != null) {
                throw new IllegalStateException("Two rules for " + rule.operation());
            }
        });
        return byOperation;
    }

    static Set<Who> only(Who... who) {
        return who.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(List.of(who));
    }
}
