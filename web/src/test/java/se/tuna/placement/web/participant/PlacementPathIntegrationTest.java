package se.tuna.placement.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.TestAccounts;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A placement's path over HTTP, on the real Elasticsearch: a participant waiting for a place gets a
 * study visit (the seat held), a yes (booked), a trial, two extensions and an exit (released); a
 * step the path does not allow is a 409 that changes nothing; a failed trial sends the participant
 * back to the waiting list with the seat free and their waiting unbroken.
 */
class PlacementPathIntegrationTest extends WebIntegrationTest {

    private static final String READY_SINCE = "2026-10-01";
    private static final String TERMS = "\"weeklyHours\": %d, \"schedule\": [{\"day\": \"MONDAY\", \"start\": \"08:00\", "
            + "\"end\": \"12:00\"}, {\"day\": \"TUESDAY\", \"start\": \"08:00\", \"end\": \"12:00\"}, "
            + "{\"day\": \"WEDNESDAY\", \"start\": \"08:00\", \"end\": \"12:00\"}]";

    private final LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);

    @Test
    void aParticipantGoesFromAStudyVisitThroughATrialAndTwoExtensionsToWorkAndTheSeatFollows() {
        String slot = slotWithSeats(2);
        WebTestClient coach = as(people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna")));
        String participant = readyParticipant(people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna")).id());

        JsonNode booked = ok(http, "/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\"}".formatted(slot, today));
        String placement = booked.get("id").asString();
        assertThat(booked.at("/path/stage").asString()).isEqualTo("STUDY_VISIT_BOOKED");
        assertThat(booked.at("/path/stageLabel").asString()).isEqualTo("Studiebesök bokat");
        assertThat(claimKinds(slot)).containsExactly("HOLD");
        assertThat(phase(participant)).isEqualTo("STUDY_VISIT");

        ok(coach, "/api/placements/" + placement + "/answer", "{\"on\": \"%s\", \"trial\": true}".formatted(today));
        assertThat(claimKinds(slot)).containsExactly("BOOKING");
        assertThat(phase(participant)).isEqualTo("PLACED");

        refused(coach, "/api/placements/" + placement + "/extensions", extension(8), "stage");
        JsonNode unchanged = placement(placement);
        assertThat(unchanged.at("/path/stage").asString()).isEqualTo("TRIAL_AGREED");
        assertThat(unchanged.at("/path/steps").size()).isEqualTo(2);
        assertThat(claimKinds(slot)).containsExactly("BOOKING");

        JsonNode trial = ok(http, "/api/placements/" + placement + "/trial", "{\"start\": \"%s\", %s}".formatted(today, TERMS.formatted(8)));
        assertThat(trial.at("/path/currentPeriod/end").asString()).isEqualTo(today.plusWeeks(3).minusDays(1).toString());
        ok(coach, "/api/placements/" + placement + "/extensions", extension(10));
        JsonNode extended = ok(coach, "/api/placements/" + placement + "/extensions", extension(12));
        assertThat(extended.at("/path/stage").asString()).isEqualTo("WORK_TRAINING");
        assertThat(extended.at("/path/currentPeriod/start").asString())
                .isEqualTo(today.plusWeeks(3).plusMonths(1).toString());
        assertThat(extended.at("/path/currentPeriod/weeklyHours").asInt()).isEqualTo(12);
        assertThat(claimKinds(slot)).containsExactly("BOOKING");

        JsonNode ended = ok(coach, "/api/placements/" + placement + "/end",
                "{\"on\": \"%s\", \"ending\": {\"type\": \"WORK_OR_STUDIES\", \"destination\": \"WORK\"}}".formatted(today));
        assertThat(ended.at("/path/stage").asString()).isEqualTo("ENDED");
        assertThat(ended.at("/path/steps").size()).isEqualTo(6);
        assertThat(ended.at("/path/steps/0/kind").asString()).isEqualTo("BOOK_STUDY_VISIT");
        assertThat(ended.at("/path/steps/0/visitAt").asString()).startsWith(today + "T10:00");
        assertThat(ended.at("/path/steps/0/readySince").asString()).isEqualTo(READY_SINCE);
        assertThat(ended.at("/path/steps/1/trial").asBoolean()).isTrue();
        assertThat(ended.at("/path/steps/1/recordedBy").asString())
                .isEqualTo(people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna")).id());
        assertThat(ended.at("/path/steps/2/period/weeklyHours").asInt()).isEqualTo(8);
        assertThat(ended.at("/path/steps/4/label").asString()).isEqualTo("Förläng");
        assertThat(ended.at("/path/steps/5/ending/label").asString()).isEqualTo("Fortsatte till arbete");
        assertThat(ended.at("/path/trialOutcome").asString()).isEqualTo("CONTINUED");
        assertThat(claimKinds(slot)).isEmpty();
        assertThat(phase(participant)).isEqualTo("EXITED");
        http.get().uri("/api/employers/" + ended.get("employerId").asString() + "/placements").exchange().expectStatus().isOk()
                .expectBody().json("[]");
    }

    @Test
    void aFailedTrialSendsTheParticipantBackToTheWaitingListWithTheSeatFreeAndTheirWaitingUnbroken() {
        String slot = slotWithSeats(1);
        String participant = readyParticipant(people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna")).id());
        String placement = ok(http, "/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\"}".formatted(slot, today)).get("id").asString();
        ok(http, "/api/placements/" + placement + "/answer", "{\"on\": \"%s\", \"trial\": true}".formatted(today));
        ok(http, "/api/placements/" + placement + "/trial", "{\"start\": \"%s\", %s}".formatted(today, TERMS.formatted(8)));

        JsonNode ended = ok(http, "/api/placements/" + placement + "/end",
                "{\"on\": \"%s\", \"ending\": {\"type\": \"FAILED_TRIAL\", \"reason\": \"För högljutt\"}}".formatted(today));

        assertThat(ended.at("/path/waitingSince").asString()).isEqualTo(READY_SINCE);
        assertThat(ended.at("/path/trialOutcome").asString()).isEqualTo("NOT_CONTINUED");
        assertThat(claimKinds(slot)).isEmpty();
        JsonNode waiting = participant(participant);
        assertThat(waiting.get("phase").asString()).isEqualTo("READY");
        assertThat(waiting.get("readySince").asString()).isEqualTo(READY_SINCE);

        JsonNode again = ok(http, "/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\"}".formatted(slot, today.plusDays(1)));
        assertThat(again.at("/path/stage").asString()).isEqualTo("STUDY_VISIT_BOOKED");
        assertThat(again.at("/path/steps").size()).isEqualTo(1);
        assertThat(claimKinds(slot)).containsExactly("HOLD");
    }

    @Test
    void aParticipantGoesFromReferralThroughMappingATrialAndTwoExtensionsToAnExitWithItsOutcome() {
        TestAccounts.SignedIn coachAccount = people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna"));
        WebTestClient coach = as(coachAccount);
        String slot = slotWithSeats(1);
        String participant = ApiBodies.freshParticipantId();
        JsonNode referred = created(http, "/api/stints", """
                {"participantId": "%s", "site": "eskilstuna", "gender": "FEMALE", "queuedOn": "%s"}
                """.formatted(participant, today.minusDays(60)));
        String stint = referred.get("id").asString();
        assertThat(referred.get("stage").asString()).isEqualTo("QUEUED");
        ok(http, "/api/stints/" + stint + "/admission", "{\"on\": \"%s\"}".formatted(today.minusDays(50)));
        JsonNode enrolled = ok(http, "/api/stints/" + stint + "/enrolment",
                "{\"on\": \"%s\", \"consent\": \"GIVEN\", \"compensation\": \"SICKNESS_BENEFIT\"}".formatted(today.minusDays(45)));
        assertThat(enrolled.get("lastDay").asString()).isEqualTo(today.minusDays(45).plusYears(1).minusDays(1).toString());

        ObjectNode profile = ApiBodies.participant(participant, "eskilstuna", List.of());
        profile.remove(List.of("enrolment", "readySince"));
        profile.put("phase", "MAPPING");
        assertThat(created(http, "/api/participants", profile.toString()).get("phase").asString()).isEqualTo("MAPPING");
        http.put().uri("/api/participants/" + participant + "/coach").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"coachId\": \"%s\"}".formatted(coachAccount.id())).exchange().expectStatus().is2xxSuccessful();
        ok(coach, "/api/stints/" + stint + "/ready", "{\"on\": \"%s\"}".formatted(today.minusDays(30)));
        assertThat(phase(participant)).isEqualTo("READY");

        String placement = ok(http, "/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\"}".formatted(slot, today)).get("id").asString();
        assertThat(claimKinds(slot)).containsExactly("HOLD");
        assertThat(phase(participant)).isEqualTo("STUDY_VISIT");
        ok(coach, "/api/placements/" + placement + "/answer", "{\"on\": \"%s\", \"trial\": true}".formatted(today));
        ok(http, "/api/placements/" + placement + "/trial", "{\"start\": \"%s\", %s}".formatted(today, TERMS.formatted(8)));
        ok(coach, "/api/placements/" + placement + "/extensions", extension(10));
        ok(coach, "/api/placements/" + placement + "/extensions", extension(12));
        assertThat(claimKinds(slot)).containsExactly("BOOKING");
        assertThat(phase(participant)).isEqualTo("PLACED");
        refused(coach, "/api/stints/" + stint + "/mapping", "{\"on\": \"%s\"}".formatted(today), "stage");

        JsonNode exited = ok(coach, "/api/stints/" + stint + "/exit", "{\"on\": \"%s\", \"outcome\": \"HANDED_OVER_TO_AF\", "
                .formatted(today) + "\"afUntil\": \"%s\"}".formatted(today.plusDays(60)));

        assertThat(exited.get("stage").asString()).isEqualTo("EXITED");
        assertThat(exited.get("outcomeLabel").asString()).isEqualTo("Överlämnad till Arbetsförmedlingen");
        assertThat(exited.at("/steps").valueStream().map(step -> step.get("kind").asString()))
                .containsExactly("QUEUE", "ADMIT", "ENROL", "READY", "EXIT");
        assertThat(placement(placement).at("/path/stage").asString()).isEqualTo("ENDED");
        assertThat(claimKinds(slot)).as("AF takes over the same seat").containsExactly("AF_HANDOVER");
        assertThat(phase(participant)).isEqualTo("EXITED");
    }

    @Test
    void theExtensionThatWouldPassTheStintsLastDayIsShortenedAndTheNextRefused() {
        LocalDate readySince = today.minusYears(1).plusDays(30);
        LocalDate lastDay = readySince.plusYears(1).minusDays(1);
        String slot = slotWithSeats(1);
        String participant = readyParticipant(people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna")).id(), readySince);
        String placement = ok(http, "/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\"}".formatted(slot, today)).get("id").asString();
        ok(http, "/api/placements/" + placement + "/answer", "{\"on\": \"%s\", \"trial\": true}".formatted(today));
        ok(http, "/api/placements/" + placement + "/trial", "{\"start\": \"%s\", %s}".formatted(today, TERMS.formatted(8)));

        JsonNode shortened = ok(http, "/api/placements/" + placement + "/extensions", extension(10));

        assertThat(shortened.at("/path/currentPeriod/end").asString()).isEqualTo(lastDay.toString());
        assertThat(shortened.at("/path/currentPeriod/shortened").asBoolean()).isTrue();
        assertThat(shortened.at("/path/stintLastDay").asString()).isEqualTo(lastDay.toString());
        assertThat(shortened.at("/path/nearsStintEnd").asBoolean()).isTrue();
        refused(http, "/api/placements/" + placement + "/extensions", extension(12), "start");
        assertThat(placement(placement).at("/path/steps").size()).isEqualTo(4);
    }

    @Test
    void theRawSeatEndpointsLeaveAPlacementsSeatAlone() {
        String slot = slotWithSeats(2);
        String participant = readyParticipant(people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna")).id());
        String placement = ok(http, "/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\"}".formatted(slot, today)).get("id").asString();
        String claim = http.get().uri("/api/slots/" + slot + "/claims").exchange().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get(0).get("id").asString();

        http.delete().uri("/api/slots/" + slot + "/claims/" + claim).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reference");
        http.post().uri("/api/slots/" + slot + "/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reference\": \"%s\"}".formatted(placement)).exchange().expectStatus().isEqualTo(409);

        assertThat(claimKinds(slot)).containsExactly("HOLD");
    }

    @Test
    void aStepWithAnInvalidValueIsRefusedWithItsFieldAndChangesNothing() {
        String slot = slotWithSeats(1);
        String participant = readyParticipant(people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna")).id());
        String placement = ok(http, "/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\"}".formatted(slot, today)).get("id").asString();

        http.post().uri("/api/placements/" + placement + "/answer").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"on\": \"%s\", \"trial\": false}".formatted(today)).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");

        assertThat(placement(placement).at("/path/stage").asString()).isEqualTo("STUDY_VISIT_BOOKED");
        assertThat(claimKinds(slot)).containsExactly("HOLD");
    }

    @Test
    void bookingAnotherSlotThanTheFirstRankedNeedsAReasonAndThePlacementKeepsWhichWasFirstAndWhy() {
        String first = slotWithSeats(1);
        String chosen = slotWithSeats(1);
        String participant = readyParticipant(people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna")).id());
        String withoutReason = "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\", \"firstRankedSlotId\": \"%s\", \"reason\": \" \"}"
                .formatted(chosen, today, first);

        http.post().uri("/api/participants/" + participant + "/study-visits").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(withoutReason).exchange()
                .expectStatus().isEqualTo(422).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        http.get().uri("/api/placements/" + PlacementService.idFor(participant)).exchange().expectStatus().isNotFound();
        assertThat(claimKinds(chosen)).isEmpty();

        JsonNode booked = ok(http, "/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\", \"firstRankedSlotId\": \"%s\", \"reason\": \"Närmare bussen\"}"
                        .formatted(chosen, today, first));

        JsonNode choice = placement(booked.get("id").asString()).get("choice");
        assertThat(choice.get("firstSlotId").asString()).isEqualTo(first);
        assertThat(choice.get("chosenSlotId").asString()).isEqualTo(chosen);
        assertThat(choice.get("overridden").asBoolean()).isTrue();
        assertThat(choice.get("reason").asString()).isEqualTo("Närmare bussen");
        assertThat(claimKinds(chosen)).containsExactly("HOLD");
    }

    @Test
    void bookingTheFirstRankedNeedsNoReason() {
        String first = slotWithSeats(1);
        String participant = readyParticipant(people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna")).id());

        JsonNode booked = ok(http, "/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\", \"firstRankedSlotId\": \"%s\"}".formatted(first, today, first));

        assertThat(booked.at("/choice/overridden").asBoolean()).isFalse();
        assertThat(booked.at("/choice/firstSlotId").asString()).isEqualTo(first);
        assertThat(booked.at("/choice/reason").isNull()).isTrue();
    }

    @Test
    void afterTwoEndedTrialsAtAnEmployerTheNextSuggestionThereShowsTheirRecord() {
        String employer = created("/api/employers", ApiBodies.employer("Provtid Städ AB").toString());
        String slot = created("/api/employers/" + employer + "/slots", cleaningSlot().toString());
        String coach = people.staff("path-coach", Set.of(Role.COACH), Set.of("eskilstuna")).id();

        String failing = trialAt(slot, readyParticipant(coach));
        ok(http, "/api/placements/" + failing + "/end",
                "{\"on\": \"%s\", \"ending\": {\"type\": \"FAILED_TRIAL\", \"reason\": \"För högljutt\"}}".formatted(today));
        String underWay = trialAt(slot, readyParticipant(coach));
        assertThat(trackRecordAt(slot, cleaner())).as("one ended trial, one under way")
                .isEqualTo("För få avslutade provtider hos arbetsgivaren för att säga något");

        ok(http, "/api/placements/" + underWay + "/extensions", extension(10));

        assertThat(trackRecordAt(slot, cleaner())).isEqualTo("1 av 2 provtider fortsatte");
    }

    /** A participant with the study visit, the yes and the trial at {@code slot} behind them; their placement's id. */
    private String trialAt(String slot, String participant) {
        String placement = ok(http, "/api/participants/" + participant + "/study-visits",
                "{\"slotId\": \"%s\", \"at\": \"%sT10:00:00\"}".formatted(slot, today)).get("id").asString();
        ok(http, "/api/placements/" + placement + "/answer", "{\"on\": \"%s\", \"trial\": true}".formatted(today));
        ok(http, "/api/placements/" + placement + "/trial", "{\"start\": \"%s\", %s}".formatted(today, TERMS.formatted(8)));
        return placement;
    }

    /** The detail of the track-record line in the suggestion of {@code slot} for {@code participant}. */
    private String trackRecordAt(String slot, String participant) {
        JsonNode suggestions = http.get().uri("/api/participants/" + participant + "/suggestions?count=50").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode there = suggestions.get("suggestions").valueStream().filter(s -> s.at("/slot/id").asString().equals(slot))
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion at " + slot));
        return there.get("explanation").valueStream().filter(line -> line.get("label").asString().equals("Tidigare provtider"))
                .map(line -> line.get("detail").asString()).findFirst().orElseThrow();
    }

    /** A cleaning slot, an occupation no other test's slot has, so a cleaner's suggestions find it among the first. */
    private static ObjectNode cleaningSlot() {
        ObjectNode slot = ApiBodies.slot("Städning av kontor", List.of(), 4);
        slot.put("occupationCode", "9111");
        slot.put("tasks", "Städning av kontor och trapphus.");
        return slot;
    }

    /** A participant waiting for a place who wants to clean. */
    private String cleaner() {
        ObjectNode body = ApiBodies.participant(ApiBodies.freshParticipantId(), "eskilstuna", List.of());
        body.set("goalOccupations", ApiBodies.JSON.valueToTree(List.of("9111")));
        body.put("interests", "Tycker om att städa");
        return created("/api/participants", body.toString());
    }

    private String extension(int weeklyHours) {
        return "{\"decidedOn\": \"%s\", %s}".formatted(today, TERMS.formatted(weeklyHours));
    }

    private String slotWithSeats(int seats) {
        String employer = created("/api/employers", ApiBodies.employer("Stegvis Lager AB").toString());
        return created("/api/employers/" + employer + "/slots", ApiBodies.slot("Lagerarbete", List.of(), seats).toString());
    }

    private String readyParticipant(String coachId) {
        return readyParticipant(coachId, LocalDate.parse(READY_SINCE));
    }

    private String readyParticipant(String coachId, LocalDate readySince) {
        ObjectNode body = ApiBodies.participant(ApiBodies.freshParticipantId(), "eskilstuna", List.of());
        ApiBodies.enrolledAndReadyOn(body, readySince);
        String id = created("/api/participants", body.toString());
        http.put().uri("/api/participants/" + id + "/coach").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"coachId\": \"%s\"}".formatted(coachId)).exchange().expectStatus().is2xxSuccessful();
        return id;
    }

    private String created(String path, String body) {
        return created(http, path, body).get("id").asString();
    }

    private static JsonNode created(WebTestClient client, String path, String body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static JsonNode ok(WebTestClient client, String path, String body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static void refused(WebTestClient client, String path, String body, String field) {
        client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private JsonNode placement(String id) {
        return http.get().uri("/api/placements/" + id).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }

    private JsonNode participant(String id) {
        return http.get().uri("/api/participants/" + id).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }

    private String phase(String id) {
        return participant(id).get("phase").asString();
    }

    private List<String> claimKinds(String slot) {
        JsonNode claims = http.get().uri("/api/slots/" + slot + "/claims").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        return claims.valueStream().map(claim -> claim.get("kind").asString()).toList();
    }
}
