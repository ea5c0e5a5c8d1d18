package se.tuna.placement.web.security;

import static se.tuna.placement.web.security.AccessScenario.Who.ADMIN;
import static se.tuna.placement.web.security.AccessScenario.Who.COACH;
import static se.tuna.placement.web.security.AccessScenario.Who.COACH_OF_OTHERS;
import static se.tuna.placement.web.security.AccessScenario.Who.COORDINATOR;
import static se.tuna.placement.web.security.AccessScenario.Who.COORDINATOR_OF_OTHER_SITE;
import static se.tuna.placement.web.security.AccessScenario.Who.MANAGEMENT;
import static se.tuna.placement.web.security.AccessScenario.Who.SUPERVISOR;
import static se.tuna.placement.web.security.AccessMatrix.only;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.security.AccessScenario.Who;
import se.tuna.placement.web.security.AccessMatrix.Rule;
import tools.jackson.databind.JsonNode;

/**
 * The requests of the access tests, one per operation of the API, each as its rightful user
 * would send it against the {@link AccessScenario}. A request that changes something works on
 * something made for it alone (an account, a hold, a stand-in), so sending it as several people in
 * turn is harmless.
 */
public final class ApiCalls {

    private ApiCalls() {
    }

    /**
     * A request to send, built against the scenario as {@code who} sends it; {@code fresh} when it
     * will get through and so needs something of its own to change.
     */
    @FunctionalInterface
    public interface Request {
        Call to(AccessScenario scenario, Who who, boolean fresh);
    }

    /**
     * One HTTP request.
     *
     * @param method the method
     * @param uri    the path with its query
     * @param body   a JSON text, a multipart body, or {@code null}
     */
    public record Call(HttpMethod method, String uri, Object body) {

        public EntityExchangeResult<byte[]> send(WebTestClient client) {
            WebTestClient.RequestBodySpec request = client.method(method).uri(uri);
            WebTestClient.RequestHeadersSpec<?> ready;
            if (body instanceof MultipartBodyBuilder multipart) {
                ready = request.contentType(MediaType.MULTIPART_FORM_DATA)
                        .body(BodyInserters.fromMultipartData(multipart.build()));
            } else if (body != null) {
                ready = request.contentType(MediaType.APPLICATION_JSON).bodyValue(body.toString());
            } else {
                ready = request;
            }
            if (uri.endsWith("/progress")) {
                ready = ready.accept(MediaType.TEXT_EVENT_STREAM);
            }
            return ready.exchange().expectBody().returnResult();
        }

        @Override
        public String toString() {
            return method + " " + uri;
        }
    }

    static String text(EntityExchangeResult<byte[]> response) {
        byte[] body = response.getResponseBodyContent();
        return response.getStatus() + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    static List<Rule> referenceAndSelf(Set<Who> everyoneSignedIn) {
        return List.of(
                rule("GET /api/me", (s, who, fresh) -> get("/api/me"), everyoneSignedIn),
                rule("GET /api/me/api-tokens", (s, who, fresh) -> get("/api/me/api-tokens"), everyoneSignedIn),
                // Each collects a token issued for themselves; nobody can collect another's (a test of its own).
                rule("POST /api/me/api-tokens/{id}/secret", (s, who, fresh) -> post("/api/me/api-tokens/"
                        + s.tokenFor(who == Who.ANONYMOUS ? Who.COORDINATOR : who, true) + "/secret", null), everyoneSignedIn),
                rule("GET /api/reference/vocabularies", (s, who, fresh) -> get("/api/reference/vocabularies"), everyoneSignedIn),
                rule("GET /api/reference/sites", (s, who, fresh) -> get("/api/reference/sites"), everyoneSignedIn),
                rule("GET /api/reference/localities", (s, who, fresh) -> get("/api/reference/localities"), everyoneSignedIn),
                rule("GET /api/reference/occupations", (s, who, fresh) ->
                        get("/api/reference/occupations?q=" + s.sent.text("lager")), everyoneSignedIn),
                rule("GET /api/reference/industries", (s, who, fresh) -> get("/api/reference/industries?q=52"), everyoneSignedIn),
                // The coach's own calendar link: only they make it; they or their site's coordinator revoke it.
                rule("POST /api/calendars/{accountId}/feed", (s, who, fresh) ->
                        post("/api/calendars/" + s.person(COACH).id() + "/feed", null), only(COACH)),
                rule("DELETE /api/calendars/{accountId}/feed", (s, who, fresh) ->
                        delete("/api/calendars/" + s.person(COACH).id() + "/feed"), only(COACH, COORDINATOR)));
    }

    static List<Rule> bank(Set<Who> coordinators, Set<Who> bankReaders) {
        Set<Who> keepers = plus(coordinators, SUPERVISOR);
        return List.of(
                rule("POST /api/employers", (s, who, fresh) ->
                        post("/api/employers", s.employer("Ny Arbetsgivare AB")), coordinators),
                rule("GET /api/employers", (s, who, fresh) -> get("/api/employers?site=eskilstuna"), plus(bankReaders, ADMIN)),
                rule("GET /api/employers/{id}", (s, who, fresh) ->
                        get("/api/employers/" + s.employer), plus(bankReaders, ADMIN, SUPERVISOR)),
                rule("PUT /api/employers/{id}", (s, who, fresh) -> put("/api/employers/" + s.employer, s.employerBody), keepers),
                rule("POST /api/employers/{id}/slots", (s, who, fresh) -> post("/api/employers/" + s.employer + "/slots",
                        s.slot("Ny plats", 1)), keepers),
                rule("GET /api/employers/{id}/slots", (s, who, fresh) -> get("/api/employers/" + s.employer + "/slots"),
                        plus(bankReaders, SUPERVISOR)),
                rule("GET /api/employers/{id}/placements", (s, who, fresh) ->
                        get("/api/employers/" + s.employer + "/placements"), keepers),
                rule("GET /api/employers/{employerId}/supervisors", (s, who, fresh) ->
                        get("/api/employers/" + s.employer + "/supervisors"),
                        keepers),
                rule("POST /api/employers/{employerId}/supervisors", (s, who, fresh) ->
                        post("/api/employers/" + s.employer + "/supervisors", s.invitation("Ny Handledare")), coordinators),
                rule("POST /api/employers/{employerId}/supervisors/{accountId}/reset-link", (s, who, fresh) -> post("/api/employers/"
                        + s.employer + "/supervisors/" + s.person(SUPERVISOR).id() + "/reset-link", null), coordinators),
                rule("POST /api/employers/{employerId}/supervisors/{accountId}/disable", (s, who, fresh) -> post("/api/employers/"
                        + s.employer + "/supervisors/" + s.invitedSupervisor(fresh) + "/disable", null), coordinators),
                rule("GET /api/slots", (s, who, fresh) -> get("/api/slots?text=" + s.sent.text("lager")), bankReaders),
                rule("GET /api/slots/{id}", (s, who, fresh) -> get("/api/slots/" + s.slot), plus(bankReaders, SUPERVISOR)),
                rule("PUT /api/slots/{id}", (s, who, fresh) -> put("/api/slots/" + s.slot, s.slotBody), keepers),
                rule("POST /api/slots/{id}/pause", (s, who, fresh) -> post("/api/slots/" + s.statusSlot + "/pause", null), keepers),
                rule("POST /api/slots/{id}/withdraw", (s, who, fresh) ->
                        post("/api/slots/" + s.statusSlot + "/withdraw", null), keepers),
                rule("POST /api/slots/{id}/reopen", (s, who, fresh) -> post("/api/slots/" + s.statusSlot + "/reopen", null), keepers),
                rule("GET /api/slots/{id}/claims", (s, who, fresh) -> get("/api/slots/" + s.slot + "/claims"), coordinators),
                rule("POST /api/slots/{id}/holds", (s, who, fresh) -> post("/api/slots/" + s.slot + "/holds", s.claim(1)),
                        coordinators),
                rule("POST /api/slots/{id}/bookings", (s, who, fresh) -> post("/api/slots/" + s.slot + "/bookings",
                        s.claim(null)), coordinators),
                rule("DELETE /api/slots/{id}/claims/{claimId}", (s, who, fresh) ->
                        delete("/api/slots/" + s.slot + "/claims/" + s.freshHold(fresh)),
                        coordinators),
                rule("POST /api/imports", (s, who, fresh) ->
                        new Call(HttpMethod.POST, "/api/imports?dryRun=true", importFile(s.sent)), coordinators),
                rule("POST /api/import-jobs", (s, who, fresh) ->
                        new Call(HttpMethod.POST, "/api/import-jobs?dryRun=true", importFile(s.sent)), coordinators),
                // A job is seen only by whoever started it: a coordinator reads one of their own (another's is 404, a test
                // of its own); everyone else is refused one of the coordinator's by role.
                rule("GET /api/import-jobs/{id}", (s, who, fresh) ->
                        get("/api/import-jobs/" + importJob(s, coordinators.contains(who) ? who : COORDINATOR)), coordinators));
    }

    /** A dry-run import job started by {@code who}. */
    private static String importJob(AccessScenario s, Who who) {
        EntityExchangeResult<byte[]> started = new Call(HttpMethod.POST, "/api/import-jobs?dryRun=true", importFile(s.sent))
                .send(s.client(who));
        if (started.getStatus().value() != 202) {
            throw new IllegalStateException("Could not start an import job: " + text(started));
        }
        return ApiBodies.JSON.readTree(started.getResponseBodyContent()).path("id").asText();
    }

    static List<Rule> participants() {
        Set<Who> coordinators = only(COORDINATOR, COORDINATOR_OF_OTHER_SITE);
        Set<Who> ownCoordinatorAndCoach = only(COORDINATOR, COACH);
        return List.of(
                rule("POST /api/participants", (s, who, fresh) -> post("/api/participants", s.newParticipant()),
                        only(COORDINATOR)),
                // A coach's list holds only those they look after: for a coach of others it is empty, not refused.
                rule("GET /api/participants", (s, who, fresh) -> get("/api/participants?site=eskilstuna"), only(COORDINATOR, COACH,
                        COACH_OF_OTHERS)),
                rule("GET /api/participants/{id}", (s, who, fresh) ->
                        get("/api/participants/" + s.participant), ownCoordinatorAndCoach),
                rule("PUT /api/participants/{id}", (s, who, fresh) -> put("/api/participants/" + s.participant, s.participantBody),
                        ownCoordinatorAndCoach),
                rule("POST /api/stints", (s, who, fresh) -> post("/api/stints", s.referralBody(ApiBodies.freshParticipantId(), true)),
                        only(COORDINATOR)),
                // A real import (of a participant of its own each time), so the access log's entries can be checked.
                rule("POST /api/caseload-imports", (s, who, fresh) -> new Call(HttpMethod.POST, "/api/caseload-imports",
                        caseloadFile(ApiBodies.freshParticipantId())), only(COORDINATOR)),
                rule("GET /api/stints", (s, who, fresh) -> get("/api/stints?site=eskilstuna"), only(COORDINATOR)),
                // A coach's list holds only those they look after: for a coach of others it is empty, not refused.
                rule("GET /api/stints/nearing-last-day", (s, who, fresh) -> get("/api/stints/nearing-last-day?site=eskilstuna"),
                        only(COORDINATOR, COACH, COACH_OF_OTHERS)),
                rule("GET /api/stints/{id}", (s, who, fresh) -> get("/api/stints/" + StintRepository.currentIdOf(s.participant)),
                        ownCoordinatorAndCoach),
                rule("GET /api/participants/{id}/export", (s, who, fresh) -> get("/api/participants/" + s.placedParticipant + "/export"),
                        only(COORDINATOR)),
                rule("GET /api/participants/{id}/placements", (s, who, fresh) ->
                        get("/api/participants/" + s.placedParticipant + "/placements"), ownCoordinatorAndCoach),
                rule("GET /api/participants/{id}/stints", (s, who, fresh) -> get("/api/participants/" + s.participant + "/stints"),
                        ownCoordinatorAndCoach),
                rule("POST /api/stints/{id}/admission", (s, who, fresh) -> post("/api/stints/" + s.referredStint(false, fresh)
                        + "/admission", json("{\"on\": \"%s\"}", AccessScenario.today())), only(COORDINATOR)),
                rule("POST /api/stints/{id}/enrolment", (s, who, fresh) -> post("/api/stints/" + s.referredStint(true, fresh)
                        + "/enrolment", json("{\"on\": \"%s\", \"consent\": \"GIVEN\", \"compensation\": \"NONE\"}",
                        AccessScenario.today())), only(COORDINATOR)),
                rule("POST /api/stints/{id}/compensation", (s, who, fresh) -> post("/api/stints/" + s.readyStint(fresh)
                        + "/compensation", json("{\"on\": \"%s\", \"compensation\": \"INCOME_SUPPORT\"}",
                        AccessScenario.today())), only(COORDINATOR, COACH)),
                rule("POST /api/stints/{id}/ready", (s, who, fresh) -> post("/api/stints/" + s.mappingStint(fresh) + "/ready",
                        json("{\"on\": \"%s\"}", AccessScenario.today())), only(COORDINATOR, COACH)),
                rule("POST /api/stints/{id}/mapping", (s, who, fresh) -> post("/api/stints/" + s.readyStint(fresh) + "/mapping",
                        json("{\"on\": \"%s\"}", AccessScenario.today())), only(COORDINATOR, COACH)),
                rule("POST /api/stints/{id}/exit", (s, who, fresh) -> post("/api/stints/" + s.readyStint(fresh) + "/exit",
                        json("{\"on\": \"%s\", \"outcome\": \"BACK_TO_CARE\"}", AccessScenario.today())),
                        only(COORDINATOR, COACH)),
                rule("POST /api/stints/{id}/corrections", (s, who, fresh) -> post("/api/stints/" + s.readyStint(fresh)
                        + "/corrections", json("{\"on\": \"%s\", \"reason\": \"Fel datum\"}", AccessScenario.today())),
                        only(COORDINATOR)),
                rule("GET /api/participants/{id}/coach", (s, who, fresh) -> get("/api/participants/" + s.participant + "/coach"),
                        ownCoordinatorAndCoach),
                rule("PUT /api/participants/{id}/coach", (s, who, fresh) -> put("/api/participants/" + s.participant + "/coach",
                        json("{\"coachId\": \"%s\"}", s.person(COACH).id())), only(COORDINATOR)),
                rule("GET /api/participants/{id}/suggestions", (s, who, fresh) ->
                        get("/api/participants/" + s.participant + "/suggestions"),
                        only(COORDINATOR)),
                rule("GET /api/coaches", (s, who, fresh) -> get("/api/coaches"), coordinators),
                rule("GET /api/stand-ins", (s, who, fresh) ->
                        get("/api/stand-ins"), only(COORDINATOR, COORDINATOR_OF_OTHER_SITE, COACH,
                        COACH_OF_OTHERS)),
                rule("POST /api/stand-ins", (s, who, fresh) -> post("/api/stand-ins", s.standInBody(fresh)), only(COORDINATOR)),
                rule("DELETE /api/stand-ins/{id}", (s, who, fresh) ->
                        delete("/api/stand-ins/" + s.freshStandIn(fresh)), only(COORDINATOR)),
                rule("GET /api/placements/{id}", (s, who, fresh) -> get("/api/placements/" + s.placement), only(COORDINATOR)),
                rule("PUT /api/placements/{id}/agreement", (s, who, fresh) -> put("/api/placements/" + s.placement + "/agreement",
                        s.agreementBody), only(COORDINATOR)),
                rule("POST /api/participants/{id}/study-visits", (s, who, fresh) ->
                        post("/api/participants/" + s.readyParticipant(fresh) + "/study-visits", json(
                        "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\", \"firstRankedSlotId\": \"%s\", \"reason\": \"Närmast hemmet\"}",
                        s.pathSlot, AccessScenario.today(), s.pathSlot)), only(COORDINATOR)),
                rule("POST /api/placements/{id}/answer", (s, who, fresh) ->
                        post("/api/placements/" + s.placementAt(Stage.STUDY_VISIT_BOOKED, fresh) + "/answer", json(
                        "{\"on\": \"%s\", \"trial\": true}", AccessScenario.today())), only(COORDINATOR, COACH)),
                rule("POST /api/placements/{id}/trial", (s, who, fresh) ->
                        post("/api/placements/" + s.placementAt(Stage.TRIAL_AGREED, fresh) + "/trial", json(
                        "{\"start\": \"%s\", %s}", AccessScenario.today(), TERMS)), only(COORDINATOR)),
                rule("POST /api/placements/{id}/extensions", (s, who, fresh) ->
                        post("/api/placements/" + s.placementAt(Stage.TRIAL, fresh) + "/extensions", json(
                        "{\"decidedOn\": \"%s\", %s}", AccessScenario.today(), TERMS)), only(COORDINATOR, COACH)),
                rule("POST /api/placements/{id}/end", (s, who, fresh) ->
                        post("/api/placements/" + s.placementAt(Stage.TRIAL, fresh) + "/end", json(
                        "{\"on\": \"%s\", \"ending\": {\"type\": \"FAILED_TRIAL\", \"reason\": \"För tunga lyft\"}}",
                        AccessScenario.today())), only(COORDINATOR, COACH)),
                rule("POST /api/placements/{id}/corrections", (s, who, fresh) ->
                        post("/api/placements/" + s.placementAt(Stage.STUDY_VISIT_BOOKED, fresh) + "/corrections", json(
                        "{\"on\": \"%s\", \"reason\": \"Bokat på fel deltagare\"}", AccessScenario.today())), only(COORDINATOR)),
                rule("GET /api/figures", (s, who, fresh) ->
                        get("/api/figures"), only(COORDINATOR, COORDINATOR_OF_OTHER_SITE, MANAGEMENT)),
                // Aggregates of a site: its coordinator and management, not the other site's coordinator.
                rule("GET /api/reports/status", (s, who, fresh) ->
                        get("/api/reports/status?sites=eskilstuna&from=2026-01-01&until=2026-06-30&asOf=2026-06-30"),
                        only(COORDINATOR, MANAGEMENT)),
                rule("GET /api/reports/status.pdf", (s, who, fresh) ->
                        get("/api/reports/status.pdf?sites=eskilstuna&from=2026-01-01&until=2026-06-30&asOf=2026-06-30"),
                        only(COORDINATOR, MANAGEMENT)),
                rule("GET /api/reports/status.zip", (s, who, fresh) ->
                        get("/api/reports/status.zip?sites=eskilstuna&from=2026-01-01&until=2026-06-30&asOf=2026-06-30"),
                        only(COORDINATOR, MANAGEMENT)),
                // Issued (frozen) reports: issued and read like the report; the matrix's own report of Eskilstuna is read.
                rule("POST /api/reports/issued", (s, who, fresh) -> post("/api/reports/issued", json(
                        "{\"sites\": [\"eskilstuna\"], \"from\": \"2026-01-01\", \"until\": \"2026-06-30\", "
                        + "\"asOf\": \"2026-06-30\", \"note\": \"Till styrgruppen\"}")), only(COORDINATOR, MANAGEMENT)),
                rule("GET /api/reports/issued", (s, who, fresh) -> get("/api/reports/issued?sites=eskilstuna"),
                        only(COORDINATOR, MANAGEMENT)),
                rule("GET /api/reports/issued/{id}", (s, who, fresh) -> get("/api/reports/issued/" + s.issuedReport()),
                        only(COORDINATOR, MANAGEMENT)),
                rule("GET /api/reports/issued/{id}.pdf", (s, who, fresh) -> get("/api/reports/issued/" + s.issuedReport() + ".pdf"),
                        only(COORDINATOR, MANAGEMENT)),
                rule("GET /api/reports/issued/{id}.zip", (s, who, fresh) -> get("/api/reports/issued/" + s.issuedReport() + ".zip"),
                        only(COORDINATOR, MANAGEMENT)),
                // Key figures (an estimate): read like the report; a site's parameters entered by its coordinator alone.
                rule("GET /api/reports/key-figures", (s, who, fresh) ->
                        get("/api/reports/key-figures?sites=eskilstuna&from=2026-01-01&until=2026-06-30&asOf=2026-06-30"),
                        only(COORDINATOR, MANAGEMENT)),
                rule("GET /api/reports/key-figure-parameters/{site}", (s, who, fresh) ->
                        get("/api/reports/key-figure-parameters/eskilstuna"), only(COORDINATOR, MANAGEMENT)),
                rule("PUT /api/reports/key-figure-parameters/{site}", (s, who, fresh) ->
                        put("/api/reports/key-figure-parameters/eskilstuna", json("{\"programmeCost\": {\"amount\": 1300000, "
                        + "\"from\": \"2026-01-01\", \"until\": \"2026-06-30\"}, \"potential\": 600000, "
                        + "\"valueAfterExit\": {\"WORK\": 300000, \"STUDIES\": 100000, \"HANDED_OVER_TO_AF\": 60000}}")),
                        only(COORDINATOR)),
                // A line per person (pseudonymous): the site's coordinator only, not management, not another site's coordinator.
                // Today's exits, those the matrix's own exit makes among them, so the access log has participants to name.
                rule("GET /api/reports/sus-exits.csv", (s, who, fresh) -> get("/api/reports/sus-exits.csv?sites=eskilstuna&from="
                        + AccessScenario.today() + "&until=" + AccessScenario.today()), only(COORDINATOR)));
    }

    static List<Rule> plans() {
        Set<Who> planner = only(COORDINATOR);
        return List.of(
                rule("POST /api/plans", (s, who, fresh) -> post("/api/plans", json("{\"sites\": [\"eskilstuna\"]}")), planner),
                // Every coordinator lists plans, each only those of their own sites (PlanRestartIntegrationTest).
                rule("GET /api/plans", (s, who, fresh) -> get("/api/plans"), only(COORDINATOR, COORDINATOR_OF_OTHER_SITE)),
                rule("GET /api/plans/{id}", (s, who, fresh) -> get("/api/plans/" + s.plan), planner),
                rule("GET /api/plans/{id}/progress", (s, who, fresh) -> get("/api/plans/" + s.plan + "/progress"), planner),
                rule("GET /api/plans/{id}/result", (s, who, fresh) -> get("/api/plans/" + s.plan + "/result"), planner),
                rule("POST /api/plans/{id}/decisions", (s, who, fresh) -> post("/api/plans/" + s.plan + "/decisions",
                        json("{\"participantId\": \"%s\", \"studyVisitAt\": \"%sT10:00:00\"}", s.planParticipant,
                        AccessScenario.today())), planner),
                rule("POST /api/plans/{id}/stop", (s, who, fresh) -> post("/api/plans/" + s.plan + "/stop", null), planner),
                rule("POST /api/plans/{id}/resolve", (s, who, fresh) -> post("/api/plans/" + s.plan + "/resolve", null), planner));
    }

    static List<Rule> followUp() {
        Set<Who> coachAndCoordinator = only(COORDINATOR, COACH);
        // Days away far ahead, so the re-plan an absence starts has nothing to move (and the matrix stays quick).
        LocalDate away = AccessScenario.today().plusDays(200);
        return List.of(
                rule("GET /api/follow-up/visits", (s, who, fresh) -> get("/api/follow-up/visits?coachId=" + s.person(COACH).id()),
                        coachAndCoordinator),
                rule("GET /api/follow-up/site-visits", (s, who, fresh) -> get("/api/follow-up/site-visits?site=eskilstuna"),
                        only(COORDINATOR)),
                rule("POST /api/follow-up/plans", (s, who, fresh) -> post("/api/follow-up/plans",
                        json("{\"site\": \"eskilstuna\"}")), only(COORDINATOR)),
                rule("GET /api/follow-up/queues", (s, who, fresh) -> get("/api/follow-up/queues?coachId=" + s.person(COACH).id()),
                        coachAndCoordinator),
                rule("POST /api/follow-up/visits/{id}/done", (s, who, fresh) -> post("/api/follow-up/visits/"
                        + s.visit(fresh).getKey() + "/done", json("{\"note\": \"Gick bra\"}")), coachAndCoordinator),
                rule("POST /api/follow-up/visits/{id}/move", (s, who, fresh) -> {
                    var visit = s.visit(fresh);
                    return post("/api/follow-up/visits/" + visit.getKey() + "/move", json("{\"start\": \"%s\"}", visit.getValue()));
                }, coachAndCoordinator),
                rule("GET /api/calendars/{accountId}", (s, who, fresh) -> get("/api/calendars/" + s.person(COACH).id()),
                        coachAndCoordinator),
                rule("PUT /api/calendars/{accountId}", (s, who, fresh) -> put("/api/calendars/" + s.person(COACH).id(), json(
                        "{\"site\": \"eskilstuna\", \"travelMode\": \"CAR\", \"workingHours\": [{\"day\": \"MONDAY\", "
                        + "\"start\": \"08:00\", \"end\": \"16:30\"}, {\"day\": \"TUESDAY\", \"start\": \"08:00\", "
                        + "\"end\": \"16:30\"}, {\"day\": \"WEDNESDAY\", \"start\": \"08:00\", \"end\": \"16:30\"}, "
                        + "{\"day\": \"THURSDAY\", \"start\": \"08:00\", \"end\": \"16:30\"}, {\"day\": \"FRIDAY\", "
                        + "\"start\": \"08:00\", \"end\": \"16:30\"}]}")), only(COORDINATOR)),
                rule("POST /api/calendars/{accountId}/absences", (s, who, fresh) -> post("/api/calendars/" + s.person(COACH).id()
                        + "/absences", json("{\"from\": \"%s\", \"until\": \"%s\", \"kind\": \"COURSE\"}", away, away)),
                        coachAndCoordinator),
                rule("DELETE /api/calendars/{accountId}/absences", (s, who, fresh) -> delete("/api/calendars/"
                        + s.person(COACH).id() + "/absences?from=" + away + "&until=" + away), coachAndCoordinator),
                // Any coordinator may see an employer's follow-ups, as its placements; a supervisor their own employer's.
                rule("GET /api/employers/{id}/follow-ups", (s, who, fresh) -> get("/api/employers/" + s.employer + "/follow-ups"),
                        only(COORDINATOR, COORDINATOR_OF_OTHER_SITE, SUPERVISOR)),
                rule("POST /api/follow-up/visits/{id}/time-requests", (s, who, fresh) -> post("/api/follow-up/visits/"
                        + s.workplaceVisit() + "/time-requests", json("{\"message\": \"Vi har inventering den dagen\"}")),
                        only(COORDINATOR, COORDINATOR_OF_OTHER_SITE, SUPERVISOR)));
    }

    static List<Rule> admin() {
        Set<Who> admin = only(ADMIN);
        return List.of(
                rule("GET /api/admin/constraint-weights", (s, who, fresh) -> get("/api/admin/constraint-weights"), admin),
                rule("PUT /api/admin/constraint-weights", (s, who, fresh) -> put("/api/admin/constraint-weights",
                        json("{\"weights\": {\"Short trips\": \"0hard/0medium/2soft\"}}")), admin),
                rule("DELETE /api/admin/constraint-weights", (s, who, fresh) -> delete("/api/admin/constraint-weights"), admin),
                rule("GET /api/admin/audit", (s, who, fresh) -> get("/api/admin/audit?participantId=" + s.participant), admin),
                rule("GET /api/admin/audit/verification", (s, who, fresh) -> get("/api/admin/audit/verification"), admin),
                rule("GET /api/admin/accounts", (s, who, fresh) -> get("/api/admin/accounts?waiting=true"), admin),
                rule("POST /api/admin/accounts", (s, who, fresh) -> post("/api/admin/accounts", s.staffAccount("COACH", "eskilstuna")),
                        admin),
                rule("GET /api/admin/accounts/{id}", (s, who, fresh) ->
                        get("/api/admin/accounts/" + s.person(SUPERVISOR).id()), admin),
                rule("PUT /api/admin/accounts/{id}/access", (s, who, fresh) ->
                        put("/api/admin/accounts/" + s.freshStaff(fresh) + "/access",
                        json("{\"roles\": [\"COACH\"], \"sites\": [\"strangnas\"]}")), admin),
                rule("POST /api/admin/accounts/{id}/disable", (s, who, fresh) ->
                        post("/api/admin/accounts/" + s.freshStaff(fresh) + "/disable",
                        null), admin),
                rule("POST /api/admin/accounts/{id}/enable", (s, who, fresh) ->
                        post("/api/admin/accounts/" + s.freshStaff(fresh) + "/enable",
                        null), admin),
                rule("GET /api/admin/seat-reconciliation", (s, who, fresh) -> get("/api/admin/seat-reconciliation"), admin),
                rule("POST /api/admin/seat-reconciliation", (s, who, fresh) -> post("/api/admin/seat-reconciliation", null), admin),
                rule("GET /api/admin/api-tokens", (s, who, fresh) -> get("/api/admin/api-tokens"), admin),
                rule("POST /api/admin/api-tokens", (s, who, fresh) -> post("/api/admin/api-tokens",
                        s.tokenRequest(s.freshStaff(fresh), "Matristest")), admin),
                rule("GET /api/admin/api-tokens/{id}", (s, who, fresh) -> get("/api/admin/api-tokens/" + s.freshToken(fresh)), admin),
                rule("POST /api/admin/api-tokens/{id}/revoke", (s, who, fresh) ->
                        post("/api/admin/api-tokens/" + s.freshToken(fresh) + "/revoke",
                        null), admin));
    }

    /** The hours, days and times of a trial or an extension, as JSON fields. */
    private static final String TERMS = "\"weeklyHours\": 8, \"schedule\": [{\"day\": \"MONDAY\", \"start\": \"08:00\", "
            + "\"end\": \"12:00\"}, {\"day\": \"TUESDAY\", \"start\": \"08:00\", \"end\": \"12:00\"}]";

    /** A file of one employer, its name and contact person distinctive. */
    private static MultipartBodyBuilder importFile(SentValues sent) {
        return upload("platser.csv", "organisationsnummer,arbetsgivare,sektor,sni,ort,verksamheter,kontaktperson,telefon,epost\n"
                + sent.asIs("organisation number", CatalogFixtures.freshOrganisationNumber()) + ","
                + sent.text("Importerad Arbetsgivare AB") + ",privat,52100,Eskilstuna,eskilstuna," + sent.text("Ingrid Import") + ","
                + sent.text("070-765 43 21") + "," + sent.email("import.test.example") + "\n");
    }

    /** A caseload of one participant in mapping at Eskilstuna. */
    static MultipartBodyBuilder caseloadFile(String participantId) {
        LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);
        return upload("inskrivna.csv", "participantId;site;gender;compensation;admittedOn;enrolledOn;consent\n" + participantId
                + ";eskilstuna;kvinna;sjukpenning;" + today.minusDays(10) + ";" + today.minusDays(5) + ";ja\n");
    }

    /** A file to import, as a browser uploads it. */
    static MultipartBodyBuilder upload(String filename, String content) {
        MultipartBodyBuilder multipart = new MultipartBodyBuilder();
        multipart.part("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return filename;
            }
        }).contentType(MediaType.parseMediaType(filename.endsWith(".csv") ? "text/csv" : "application/octet-stream"));
        return multipart;
    }

    public static JsonNode json(String template, Object... values) {
        return ApiBodies.JSON.readTree(template.formatted(values));
    }

    private static Rule rule(String operation, Request request, Set<Who> allowed) {
        return new Rule(operation, request, allowed);
    }

    private static Call get(String uri) {
        return new Call(HttpMethod.GET, uri, null);
    }

    private static Call post(String uri, Object body) {
        return new Call(HttpMethod.POST, uri, body == null ? "{}" : body);
    }

    private static Call put(String uri, Object body) {
        return new Call(HttpMethod.PUT, uri, body);
    }

    private static Call delete(String uri) {
        return new Call(HttpMethod.DELETE, uri, null);
    }

    private static Set<Who> plus(Set<Who> some, Who... more) {
        Set<Who> all = EnumSet.noneOf(Who.class);
        all.addAll(some);
        all.addAll(List.of(more));
        return all;
    }
}
