package se.tuna.placement.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import se.tuna.placement.audit.AuditRepository;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.matcher.plan.PlanStatus;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.RawHttp;
import se.tuna.placement.web.RawHttp.Answer;
import se.tuna.placement.web.ServedApi;
import se.tuna.placement.web.WebIntegrationTest;
import se.tuna.placement.web.campaign.Mutations.Template;
import se.tuna.placement.web.security.AccessMatrix;
import se.tuna.placement.web.security.AccessMatrix.Rule;
import se.tuna.placement.web.security.AccessScenario;
import se.tuna.placement.web.security.AccessScenario.Who;
import tools.jackson.databind.JsonNode;

/**
 * Bad input, everywhere: an attacker's campaign of generated requests against the running service,
 * signed in as every role. Every operation of the served OpenAPI document, starting from its valid
 * request, is sent spoilt in every way {@link Mutations} knows (ids of other tenants and hostile
 * address segments, hostile query values, bodies spoilt field by field and as a whole, wrong
 * headers, bad files for the import), by its rightful users and now and then by anyone. None may
 * get a 5xx, every 4xx must be a problem detail, and a refused request must write nothing to any
 * index but the access log, which must still check whole after it all. The figures go to
 * {@code target/campaign/summary.txt} and into docs/security.md.
 *
 * <p>Seeded ({@code -Dcampaign.seed=…} to try another), so a failure can be sent again as it was.
 * Each operation gets at most {@code campaign.most} of its requests (260: over 10,000 in about two
 * minutes); {@code -Dcampaign.most=100000} sends every request Mutations knows, about twice as many.
 * The campaign has its own scenario, since requests that get through change what they are sent to.
 */
class BadInputCampaignIntegrationTest extends WebIntegrationTest {

    private static final long SEED = Long.getLong("campaign.seed", 20_261_206L);
    private static final int LEAST_REQUESTS = 10_000;
    private static final int LEAST_PER_OPERATION = 50;
    private static final int MOST_PER_OPERATION = Integer.getInteger("campaign.most", 260);
    private static final String SOLVES_AGAIN = "POST /api/plans/{id}/resolve";
    /**
     * Sent after all the others, in this order: a slot's update may leave it fewer seats than the
     * holds, bookings and decisions need free; solving again makes the plan busy until it is stopped.
     */
    private static final List<String> LAST = List.of("PUT /api/slots/{id}", SOLVES_AGAIN);

    @LocalServerPort
    int port;
    @Autowired
    PlacementService placements;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    IndexNames indexNames;
    private AccessScenario scenario;

    @Test
    void generatedBadInputGetsNoServerErrorOnlyProblemDetailsAndWritesNothing() {
        scenario = AccessScenario.fresh(anonymous, http, people, placements);
        ServedApi api = ServedApi.read(anonymous);
        Map<String, Rule> rules = AccessMatrix.rules();
        assertThat(new TreeSet<>(rules.keySet())).as("every operation the document serves has a valid request")
                .isEqualTo(api.operations());
        CampaignFigures figures = new CampaignFigures(SEED);

        new Campaign(new RawHttp(port), tokens(scenario), indexCounters(), figures, this::undo)
                .run(probes(scenario, api, rules));

        figures.write(Path.of("target", "campaign", "summary.txt"));
        System.out.println(figures.summary());
        assertThat(figures.total()).as("requests sent").isGreaterThanOrEqualTo(LEAST_REQUESTS);
        assertThat(figures.leastPerOperation()).as("requests for the operation with the fewest").isGreaterThanOrEqualTo(LEAST_PER_OPERATION);
        assertThat(figures.operations()).as("operations tried").isEqualTo(rules.size());
        assertThat(figures.failures()).as("5xx answers, 4xx answers that are no problem detail, refused requests that wrote")
                .isEmpty();
        http.get().uri("/api/admin/audit/verification").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.intact").isEqualTo(true);
    }

    /**
     * Every index's counters but the access log's. The access log is written by design whatever the
     * answer: for every participant an allowed read shows, for a change once it is allowed (so a
     * change then refused, say as a conflict, stays recorded as the attempt it was), and by each
     * instance's checkpoint every minute. It is checked by its own verification after the campaign.
     */
    private IndexCounters indexCounters() {
        String accessLog = AuditRepository.AUDIT.concreteIndex(indexNames.prefix());
        return new IndexCounters(elasticsearch, indexNames.prefix(), Set.of(accessLog));
    }

    /**
     * Undoes at once what the campaign got through that would weigh on the tests after it: a plan
     * started or solving again is stopped (one plan solves at a time, and dozens would keep a core
     * busy long after), a slot registered is withdrawn (the other tests' suggestions and plans search
     * the same bank, where dozens of the campaign's slots would crowd out theirs).
     */
    private void undo(Probe probe, Answer answer) {
        if (probe.operation().equals("POST /api/plans") || probe.operation().equals(SOLVES_AGAIN)) {
            String jobId = idIn(answer, "jobId");
            http.post().uri("/api/plans/" + jobId + "/stop").exchange().expectStatus().isOk();
            awaitOver(jobId);
        } else if (probe.operation().equals("POST /api/employers/{id}/slots")) {
            http.post().uri("/api/slots/" + idIn(answer, "id") + "/withdraw").exchange().expectStatus().isOk();
        } else if (probe.operation().equals("POST /api/import-jobs")) {
            awaitImported(probe.who(), idIn(answer, "id"));
        }
    }

    /**
     * Waits until an import job the campaign started is over: it stores in the background, which the next
     * request's counters would otherwise count as its own write. Only its starter can see it.
     */
    private void awaitImported(Who starter, String jobId) {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            EntityExchangeResult<JsonNode> job = scenario.client(starter).get().uri("/api/import-jobs/" + jobId).exchange()
                    .expectBody(JsonNode.class).returnResult();
            if (job.getStatus().value() != 200 || "DONE".equals(job.getResponseBody().get("state").asString())) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("Import job " + jobId + " did not end within a minute");
    }

    /**
     * Waits until a stopped plan is over, and so kept in the plans' index as it ended: a plan stopped
     * while it is prepared or solved ends (and is written) a moment later, which the next request's
     * counters would otherwise count as its own write.
     */
    private void awaitOver(String jobId) {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            String status = http.get().uri("/api/plans/" + jobId).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                    .returnResult().getResponseBody().get("status").asString();
            if (PlanStatus.valueOf(status).over()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("Plan " + jobId + " did not end within a minute of being stopped");
    }

    private static String idIn(Answer answer, String field) {
        return ApiBodies.JSON.readTree(answer.body()).get(field).asString();
    }

    /**
     * Leaves the service as the tests after it expect, whatever the campaign got through: the rules'
     * weights (shared by every test of this JVM) back to the defaults, and its scenario's slots, whose
     * seats and times it changed at will, withdrawn from the bank the other tests' plans search.
     */
    @AfterEach
    void leaveTheServiceAsTheOtherTestsExpectIt() {
        http.delete().uri("/api/admin/constraint-weights").exchange().expectStatus().isOk();
        if (scenario != null) {
            for (String slot : List.of(scenario.slot, scenario.statusSlot, scenario.otherSlot)) {
                http.post().uri("/api/slots/" + slot + "/withdraw").exchange().expectStatus().isOk();
            }
        }
    }

    private static List<Probe> probes(AccessScenario scenario, ServedApi api, Map<String, Rule> rules) {
        Mutations mutations = new Mutations(SEED, List.of(scenario.otherEmployer, scenario.otherSlot, scenario.otherParticipant,
                scenario.employer, scenario.slot, scenario.participant, scenario.placement, scenario.plan));
        List<Rule> inOrder = new ArrayList<>(rules.values());
        inOrder.sort(Comparator.comparingInt(rule -> LAST.indexOf(rule.operation())));
        List<Probe> probes = new ArrayList<>();
        for (Rule rule : inOrder) {
            Who owner = rule.allowed().iterator().next();
            Template template = new Template(rule.operation(), rule.allowed(), rule.request().to(scenario, owner, false),
                    api.queryParameters(rule.operation()));
            probes.addAll(mutations.of(template, LEAST_PER_OPERATION, MOST_PER_OPERATION));
        }
        return probes;
    }

    private static Map<Who, String> tokens(AccessScenario scenario) {
        Map<Who, String> tokens = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                tokens.put(who, scenario.person(who).token());
            }
        }
        return tokens;
    }
}
