package se.tuna.placement.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.web.security.AccessScenario.Who.ANONYMOUS;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import se.tuna.placement.audit.AuditEntry;
import se.tuna.placement.audit.AuditEntryDocument;
import se.tuna.placement.audit.AuditEvent.Access;
import se.tuna.placement.audit.AuditFilter;
import se.tuna.placement.audit.AuditLog;
import se.tuna.placement.audit.AuditRepository;
import se.tuna.placement.audit.ChainHead;
import se.tuna.placement.audit.ParticipantData;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.WebIntegrationTest;
import se.tuna.placement.web.security.AccessMatrix.Rule;
import se.tuna.placement.web.security.AccessScenario.Who;
import se.tuna.placement.web.security.ApiCalls.Call;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The access log, operation by operation of the role matrix: a call that shows or changes
 * participants' data leaves exactly one entry per participant in it, naming the person, their
 * roles, the data and the endpoint; a refused call and every other operation leave none. An
 * admin's check finds an entry changed; with the log unable to store, nobody's data is shown.
 */
class AccessLogIntegrationTest extends WebIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The operations that show or change participants' data: which data, and whose the answer holds. */
    private static final Map<String, Audited> AUDITED = Map.ofEntries(
            Map.entry("POST /api/participants", new Audited(ParticipantData.PROFILE, (s, body) -> List.of(body.get("id").asString()))),
            Map.entry("GET /api/participants", new Audited(ParticipantData.PROFILE, (s, body) -> ids(body.get("items"), "id"))),
            Map.entry("GET /api/participants/{id}", new Audited(ParticipantData.PROFILE, (s, body) -> List.of(s.participant))),
            Map.entry("PUT /api/participants/{id}", new Audited(ParticipantData.PROFILE, (s, body) -> List.of(s.participant))),
            Map.entry("POST /api/stints", new Audited(ParticipantData.STINT, (s, body) -> List.of(body.get("participantId").asString()))),
            Map.entry("POST /api/caseload-imports", new Audited(ParticipantData.STINT, (s, body) -> {
                List<String> ids = new ArrayList<>();
                body.get("participantIds").forEach(id -> ids.add(id.asString()));
                return ids;
            })),
            Map.entry("GET /api/stints", new Audited(ParticipantData.STINT, (s, body) -> ids(body.get("items"), "participantId"))),
            Map.entry("GET /api/stints/nearing-last-day", new Audited(ParticipantData.STINT, (s, body) -> ids(body, "participantId"))),
            Map.entry("GET /api/stints/{id}", new Audited(ParticipantData.STINT, (s, body) -> List.of(s.participant))),
            // A CSV file: the participants of its lines that have a pseudonymous id (an anonymous record names nobody).
            Map.entry("GET /api/reports/sus-exits.csv", new Audited(ParticipantData.STINT, (s, body) -> csvColumn(body.asString(), 1))),
            Map.entry("GET /api/participants/{id}/export", new Audited(ParticipantData.EXPORT, (s, body) -> List.of(s.placedParticipant))),
            Map.entry("GET /api/participants/{id}/placements",
                    new Audited(ParticipantData.PLACEMENT, (s, body) -> List.of(s.placedParticipant))),
            Map.entry("GET /api/participants/{id}/stints", new Audited(ParticipantData.STINT, (s, body) -> List.of(s.participant))),
            Map.entry("POST /api/stints/{id}/admission", stintChanged()),
            Map.entry("POST /api/stints/{id}/enrolment", stintChanged()),
            Map.entry("POST /api/stints/{id}/compensation", stintChanged()),
            Map.entry("POST /api/stints/{id}/ready", stintChanged()),
            Map.entry("POST /api/stints/{id}/mapping", stintChanged()),
            Map.entry("POST /api/stints/{id}/exit", stintChanged()),
            Map.entry("POST /api/stints/{id}/corrections", stintChanged()),
            Map.entry("GET /api/participants/{id}/coach", new Audited(ParticipantData.COACH, (s, body) -> List.of(s.participant))),
            Map.entry("PUT /api/participants/{id}/coach", new Audited(ParticipantData.COACH, (s, body) -> List.of(s.participant))),
            Map.entry("GET /api/participants/{id}/suggestions",
                    new Audited(ParticipantData.SUGGESTIONS, (s, body) -> List.of(s.participant))),
            Map.entry("GET /api/placements/{id}", new Audited(ParticipantData.PLACEMENT, (s, body) -> List.of(s.placedParticipant))),
            Map.entry("PUT /api/placements/{id}/agreement",
                    new Audited(ParticipantData.AGREEMENT, (s, body) -> List.of(s.placedParticipant))),
            // The employer sees no participant's id: one entry per placement shown, for whoever it is.
            Map.entry("GET /api/employers/{id}/placements",
                    new Audited(ParticipantData.PLACEMENT, (s, body) -> Collections.nCopies(body.size(), null))),
            Map.entry("GET /api/plans/{id}/result",
                    new Audited(ParticipantData.PLAN, (s, body) -> ids(body.get("assignments"), "participantId"))),
            Map.entry("POST /api/plans/{id}/decisions", new Audited(ParticipantData.PLACEMENT, (s, body) -> List.of(s.planParticipant))),
            Map.entry("POST /api/participants/{id}/study-visits", placementChanged()),
            Map.entry("POST /api/placements/{id}/answer", placementChanged()),
            Map.entry("POST /api/placements/{id}/trial", placementChanged()),
            Map.entry("POST /api/placements/{id}/extensions", placementChanged()),
            Map.entry("POST /api/placements/{id}/end", placementChanged()),
            Map.entry("POST /api/placements/{id}/corrections", placementChanged()),
            Map.entry("GET /api/follow-up/visits", new Audited(ParticipantData.VISITS, (s, body) -> ids(body.get("visits"), "participantId"))),
            Map.entry("GET /api/follow-up/site-visits", new Audited(ParticipantData.VISITS, (s, body) -> {
                List<String> ids = ids(body.get("visits"), "participantId");
                ids.addAll(ids(body.get("unplanned"), "participantId"));
                return ids;
            })),
            Map.entry("GET /api/follow-up/queues", new Audited(ParticipantData.VISITS, (s, body) -> ids(body, "participantId"))),
            // A plan shows the visits it moved and those it could not place: read, though the request is a POST.
            Map.entry("POST /api/follow-up/plans", new Audited(ParticipantData.VISITS, (s, body) -> planShown(body), Access.READ)),
            Map.entry("POST /api/calendars/{accountId}/absences",
                    new Audited(ParticipantData.VISITS, (s, body) -> planShown(body.get("plan")), Access.READ)),
            Map.entry("DELETE /api/calendars/{accountId}/absences",
                    new Audited(ParticipantData.VISITS, (s, body) -> planShown(body.get("plan")), Access.READ)),
            Map.entry("POST /api/follow-up/visits/{id}/done",
                    new Audited(ParticipantData.VISITS, (s, body) -> List.of(body.get("participantId").asString()))),
            Map.entry("POST /api/follow-up/visits/{id}/move",
                    new Audited(ParticipantData.VISITS, (s, body) -> List.of(body.get("participantId").asString()))),
            // The workplace sees no participant's id: one entry per placement whose follow-ups it sees.
            Map.entry("GET /api/employers/{id}/follow-ups", new Audited(ParticipantData.VISITS,
                    (s, body) -> Collections.nCopies(new HashSet<>(ids(body, "placementReference")).size(), null))),
            Map.entry("POST /api/follow-up/visits/{id}/time-requests",
                    new Audited(ParticipantData.VISITS, (s, body) -> Collections.nCopies(1, null))));

    /** The participants a follow-up plan's answer shows: those of the visits it moved and those it could not place. */
    private static List<String> planShown(JsonNode plan) {
        List<String> ids = new ArrayList<>();
        if (plan == null || plan.isNull()) {
            return ids;
        }
        plan.get("moves").forEach(move -> ids.add(move.at("/visit/participantId").asString()));
        plan.get("unplanned").forEach(left -> ids.add(left.at("/visit/participantId").asString()));
        return ids;
    }

    /** A step of a placement's path changes the placement of the participant it answers with. */
    private static Audited placementChanged() {
        return new Audited(ParticipantData.PLACEMENT, (s, body) -> List.of(body.get("participantId").asString()));
    }

    private static Audited stintChanged() {
        return new Audited(ParticipantData.STINT, (s, body) -> List.of(body.get("participantId").asString()));
    }

    @Autowired
    PlacementService placements;
    @Autowired
    AuditRepository auditEntries;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexNames names;

    @TestFactory
    Stream<DynamicNode> everyCallRecordsOneEntryPerParticipantItShowsOrChanges() {
        AccessScenario s = AccessScenario.shared(anonymous, http, people, placements);
        Map<String, Rule> rules = AccessMatrix.rules();
        assertThat(new TreeSet<>(rules.keySet())).as("audited operations the matrix knows").containsAll(AUDITED.keySet());

        return rules.values().stream().map(rule -> DynamicContainer.dynamicContainer(rule.operation(),
                Arrays.stream(Who.values()).filter(who -> who != ANONYMOUS).map(who -> DynamicTest.dynamicTest(
                        who + (rule.allows(who) ? " leaves its entries" : " refused leaves none"), () -> check(s, rule, who)))));
    }

    @Test
    void anAdminsCheckFindsAnEntryChangedAndTheLogWholeAgainOnceItIsPutBack() throws Exception {
        http.get().uri("/api/admin/audit/verification").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.intact").isEqualTo(true);
        ChainHead head = auditLog.acknowledged();
        String index = names.alias(AuditRepository.AUDIT);
        String id = head.chain() + ":" + head.sequence();
        AuditEntryDocument stored = client.get(g -> g.index(index).id(id), AuditEntryDocument.class).source();
        AuditEntryDocument changed = new AuditEntryDocument(stored.chain(), stored.sequence(), stored.at(), stored.kind(),
                "someone-else", stored.roles(), stored.participantId(), stored.access(), stored.data(), stored.endpoint(),
                stored.knownHeads(), stored.previousHash(), stored.hash());
        try {
            client.index(i -> i.index(index).id(id).document(changed).refresh(Refresh.True));

            http.get().uri("/api/admin/audit/verification").exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.intact").isEqualTo(false)
                    .jsonPath("$.findings[0].chain").isEqualTo(head.chain())
                    .jsonPath("$.findings[0].sequence").isEqualTo(head.sequence())
                    .jsonPath("$.findings[0].problem").isEqualTo("ALTERED");
        } finally {
            client.index(i -> i.index(index).id(id).document(stored).refresh(Refresh.True));
        }
        http.get().uri("/api/admin/audit/verification").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.intact").isEqualTo(true);
    }

    @Test
    void whenTheLogCannotStoreNobodysDataIsShownOrChanged() throws Exception {
        AccessScenario s = AccessScenario.shared(anonymous, http, people, placements);
        String phaseBefore = phaseOf(s);
        String index = names.alias(AuditRepository.AUDIT);
        client.indices().putSettings(p -> p.index(index).settings(settings -> settings.blocks(b -> b.write(true))));
        try {
            s.client(Who.COORDINATOR).post().uri("/api/stints/" + StintRepository.currentIdOf(s.participant)
                    + ("READY".equals(phaseBefore) ? "/mapping" : "/ready"))
                    .bodyValue(Map.of("on", AccessScenario.today().toString())).exchange()
                    .expectStatus().isEqualTo(503);
            String answer = new String(s.client(Who.COORDINATOR).get().uri("/api/participants/" + s.participant).exchange()
                    .expectStatus().isEqualTo(503).expectBody()
                    .jsonPath("$.type").isEqualTo("https://tuna-placement.example/problems/audit-unavailable")
                    .returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
            assertThat(answer).doesNotContain(s.interests, "eskilstuna");
        } finally {
            client.indices().putSettings(p -> p.index(index).settings(settings -> settings.blocks(b -> b.write(false))));
        }
        assertThat(phaseOf(s)).as("a change the log could not record is not made").isEqualTo(phaseBefore);
        http.get().uri("/api/admin/audit/verification").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.intact").isEqualTo(true);
    }

    private static String phaseOf(AccessScenario s) throws Exception {
        return JSON.readTree(s.client(Who.COORDINATOR).get().uri("/api/participants/" + s.participant).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent()).path("phase").asText();
    }

    @Test
    void anAdminFindsWhoSawAParticipantByPersonParticipantAndDay() {
        AccessScenario s = AccessScenario.shared(anonymous, http, people, placements);
        s.client(Who.COACH).get().uri("/api/participants/" + s.participant).exchange().expectStatus().isOk();
        auditEntries.refresh();

        http.get().uri(uri -> uri.path("/api/admin/audit").queryParam("participantId", s.participant)
                        .queryParam("accountId", s.person(Who.COACH).id()).queryParam("from", "2020-01-01").build())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].participantId").isEqualTo(s.participant)
                .jsonPath("$.items[0].accountName").isEqualTo(s.person(Who.COACH).account().displayName())
                .jsonPath("$.items[0].roles[0]").isEqualTo("COACH")
                .jsonPath("$.items[0].endpoint").isEqualTo("GET /api/participants/{id}")
                .jsonPath("$.items[0].dataLabel").isEqualTo("Profil");
        http.get().uri("/api/admin/audit?from=2026-12-06&until=2026-12-01").exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("until");
        http.get().uri(uri -> uri.path("/api/admin/audit").queryParam("from", "{day}").build("+10000-01-01")).exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        http.get().uri(uri -> uri.path("/api/admin/audit").queryParam("until", "{day}").build("+999999999-12-31")).exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("until");
    }

    private void check(AccessScenario s, Rule rule, Who who) {
        String accountId = s.person(who).id();
        Set<String> before = recordedBy(accountId);
        boolean allowed = rule.allows(who);
        Call call = rule.request().to(s, who, allowed);
        EntityExchangeResult<byte[]> response = call.send(s.client(who));
        String why = rule.operation() + " as " + who + " (" + call + ") answered " + ApiCalls.text(response);
        List<AuditEntry> recorded = recordedSince(accountId, before);

        Audited audited = AUDITED.get(rule.operation());
        if (!allowed || audited == null) {
            assertThat(recorded).as(why).isEmpty();
            return;
        }
        assertThat(response.getStatus().is2xxSuccessful()).as(why).isTrue();
        List<String> shown = audited.shown().apply(s, body(response));
        boolean idsHidden = shown.stream().anyMatch(Objects::isNull);
        assertThat(recorded).as(why).hasSize(idsHidden ? shown.size() : new HashSet<>(shown).size());
        Access access = audited.access() != null ? audited.access() : rule.operation().startsWith("GET ") ? Access.READ : Access.WRITE;
        assertThat(recorded).as(why).allSatisfy(entry -> {
            assertThat(entry.event().data()).isEqualTo(audited.data());
            assertThat(entry.event().access()).isEqualTo(access);
            assertThat(entry.event().endpoint()).isEqualTo(rule.operation());
            assertThat(entry.event().who().roles()).isEqualTo(rolesOf(s, who));
        });
        if (!idsHidden) {
            assertThat(recorded).as(why).extracting(entry -> entry.event().participantId())
                    .containsExactlyInAnyOrderElementsOf(new HashSet<>(shown));
        }
    }

    private Set<String> recordedBy(String accountId) {
        auditEntries.refresh();
        Set<String> ids = new HashSet<>();
        auditEntries.find(new AuditFilter(accountId, null, null, null), 0, 200).items().forEach(entry -> ids.add(entry.id()));
        return ids;
    }

    private List<AuditEntry> recordedSince(String accountId, Set<String> before) {
        auditEntries.refresh();
        return auditEntries.find(new AuditFilter(accountId, null, null, null), 0, 200).items().stream()
                .filter(entry -> !before.contains(entry.id())).toList();
    }

    private static Set<String> rolesOf(AccessScenario s, Who who) {
        Set<String> roles = new HashSet<>();
        s.person(who).account().roles().forEach(role -> roles.add(role.name()));
        return roles;
    }

    /** The answer's JSON; a CSV file's text as a JSON string. */
    private static JsonNode body(EntityExchangeResult<byte[]> response) {
        MediaType type = response.getResponseHeaders().getContentType();
        if (type != null && type.isCompatibleWith(MediaType.parseMediaType("text/csv"))) {
            return JSON.valueToTree(new String(response.getResponseBodyContent(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.getResponseBodyContent());
    }

    /** The non-empty cells of one column of a CSV file's lines below its header (cells unquoted: ids and codes). */
    private static List<String> csvColumn(String csv, int column) {
        return csv.lines().skip(1).map(line -> line.split(";", -1)[column]).filter(cell -> !cell.isEmpty()).toList();
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get(field).asString()));
        return ids;
    }

    /** An operation that shows or changes participants' data, and the participants its answer is about. */
    private record Audited(ParticipantData data, BiFunction<AccessScenario, JsonNode, List<String>> shown, Access access) {

        /** Read by a GET, changed by any other method. */
        Audited(ParticipantData data, BiFunction<AccessScenario, JsonNode, List<String>> shown) {
            this(data, shown, null);
        }
    }
}
