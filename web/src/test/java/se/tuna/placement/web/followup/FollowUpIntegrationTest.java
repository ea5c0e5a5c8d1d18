package se.tuna.placement.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.tuna.placement.access.account.Role;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.TestAccounts.SignedIn;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Coaches' follow-up over HTTP, on the real Elasticsearch and the real solver, at a site no other
 * test uses: the plan places every visit inside its window, the coach's working time and the
 * participant's days, never over a weekly commitment; a coach's sick day moves that coach's visits
 * off the day, leaves done and confirmed ones where they were, and lists every visit that moved.
 */
class FollowUpIntegrationTest extends WebIntegrationTest {

    private static final String SITE = "nykoping-oxelosund";
    private static final LocalTime DAY_STARTS = LocalTime.of(8, 0);
    private static final LocalTime DAY_ENDS = LocalTime.of(16, 30);
    /** The coaches' Thursday meeting, in Eskilstuna. */
    private static final LocalTime MEETING_STARTS = LocalTime.of(13, 0);
    private static final LocalTime MEETING_ENDS = LocalTime.of(15, 0);
    private static final WeeklyTerms MORNINGS = new WeeklyTerms(8, new WeeklySchedule(List.of(
            new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))), Set.of());

    @Autowired
    private PlacementService placements;

    private final LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);

    @Test
    void theSitesVisitsArePlannedWithinEveryRuleAndASickDayMovesOnlyThatCoachsOpenVisitsOffTheDay() {
        SignedIn coachA = people.staff("follow-up-coach-a", Set.of(Role.COACH), Set.of(SITE));
        SignedIn coachB = people.staff("follow-up-coach-b", Set.of(Role.COACH), Set.of(SITE));
        describeWeek(coachA.id());
        describeWeek(coachB.id());
        for (int i = 0; i < 3; i++) {
            readyParticipant(coachA.id());
        }
        String slot = slot();
        placedInTrial(readyParticipant(coachB.id()), slot);
        String inWorkTraining = placedInTrial(readyParticipant(coachB.id()), slot);
        placements.extend(inWorkTraining, today, MORNINGS, coordinator().id());

        // Two months: the trial's last week, and the first monthly follow-up after it.
        JsonNode run = ok(http, "/api/follow-up/plans", "{\"site\": \"%s\", \"until\": \"%s\"}".formatted(SITE, until()));
        assertThat(run.get("hardBroken").asInt()).isZero();
        assertThat(run.get("unplanned")).isEmpty();
        List<JsonNode> planned = siteVisits();
        assertThat(planned).hasSize(run.get("planned").asInt()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(planned).extracting(visit -> visit.get("kind").asString())
                .contains("MAPPING_MEETING", "TRIAL_FOLLOW_UP", "WORKPLACE_FOLLOW_UP");
        planned.forEach(FollowUpIntegrationTest::assertWithinTheRules);

        List<JsonNode> theirs = planned.stream().filter(visit -> visitor(visit).equals(coachA.id())).toList();
        LocalDate sickDay = theirs.stream().map(visit -> start(visit).toLocalDate()).filter(day -> day.isBefore(today.plusDays(28)))
                .max(LocalDate::compareTo).orElseThrow();
        List<JsonNode> otherDays = theirs.stream().filter(visit -> !start(visit).toLocalDate().equals(sickDay)).toList();
        String done = otherDays.get(0).get("id").asString();
        String confirmed = otherDays.get(1).get("id").asString();
        ok(as(coachA), "/api/follow-up/visits/" + done + "/done", "{\"on\": \"%s\", \"note\": \"Gick bra\"}".formatted(today));
        ok(as(coachA), "/api/follow-up/visits/" + confirmed + "/move", "{\"start\": \"%s\"}".formatted(start(otherDays.get(1))));
        Map<String, JsonNode> before = byId(siteVisits());

        as(coachA).post().uri("/api/calendars/" + coachA.id() + "/absences").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"from\": \"%s\", \"until\": \"%s\", \"kind\": \"SICK\"}".formatted(sickDay, sickDay.minusDays(1)))
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("until");
        // The absence re-plans the default four weeks; the sick day lies in them.
        JsonNode sick = ok(as(coachA), "/api/calendars/" + coachA.id() + "/absences",
                "{\"from\": \"%s\", \"until\": \"%s\", \"kind\": \"SICK\"}".formatted(sickDay, sickDay));

        JsonNode replan = sick.get("plan");
        assertThat(replan.get("hardBroken").asInt()).isZero();
        assertThat(replan.get("unplanned")).isEmpty();
        Map<String, JsonNode> after = byId(siteVisits());
        assertThat(after.values()).noneMatch(visit -> visitor(visit).equals(coachA.id())
                && start(visit).toLocalDate().equals(sickDay));
        assertThat(after.get(done).at("/appointment/start").asString()).isEqualTo(before.get(done).at("/appointment/start").asString());
        assertThat(after.get(done).at("/completion/note").asString()).isEqualTo("Gick bra");
        assertThat(after.get(confirmed).at("/appointment")).isEqualTo(before.get(confirmed).at("/appointment"));
        Set<String> listedAsMoved = StreamSupport.stream(replan.get("moves").spliterator(), false)
                .map(move -> move.at("/visit/id").asString()).collect(Collectors.toSet());
        Set<String> changed = after.keySet().stream().filter(id -> before.containsKey(id)
                && (!start(after.get(id)).equals(start(before.get(id))) || !visitor(after.get(id)).equals(visitor(before.get(id)))))
                .collect(Collectors.toSet());
        assertThat(listedAsMoved).isEqualTo(changed).isNotEmpty();
        after.values().forEach(FollowUpIntegrationTest::assertWithinTheRules);
    }

    @Test
    void aWorkplaceSeesItsPlannedFollowUpsWithoutWhoseAndAsksForAnotherTimeWhichTheCoachAnswersByMovingIt() {
        SignedIn coach = people.staff("follow-up-coach-c", Set.of(Role.COACH), Set.of(SITE));
        describeWeek(coach.id());
        String slot = slot();
        String employer = http.get().uri("/api/slots/" + slot).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("employerId").asString();
        String participant = readyParticipant(coach.id());
        placedInTrial(participant, slot);
        ok(http, "/api/follow-up/plans", "{\"site\": \"%s\"}".formatted(SITE));
        SignedIn supervisor = people.supervisor("follow-up-supervisor", employer);

        JsonNode followUps = as(supervisor).get().uri("/api/employers/" + employer + "/follow-ups").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(followUps).hasSize(1);
        JsonNode trialFollowUp = followUps.get(0);
        assertThat(trialFollowUp.get("kind").asString()).isEqualTo("TRIAL_FOLLOW_UP");
        assertThat(trialFollowUp.get("kindLabel").asString()).isEqualTo("Uppföljning under provtid");
        assertThat(trialFollowUp.get("placementReference").asString()).startsWith("P-");
        assertThat(followUps.toString()).doesNotContain(participant);
        SignedIn otherSupervisor = people.supervisor("follow-up-other-supervisor", created("/api/employers",
                ApiBodies.employer("Annat Lager AB").toString()));
        as(otherSupervisor).get().uri("/api/employers/" + employer + "/follow-ups").exchange().expectStatus().isForbidden();

        String visit = trialFollowUp.get("visitId").asString();
        as(supervisor).post().uri("/api/follow-up/visits/" + visit + "/time-requests").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"message\": \"%s\"}".formatted("x".repeat(301))).exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("message");
        as(otherSupervisor).post().uri("/api/follow-up/visits/" + visit + "/time-requests").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"message\": \"Inventering\"}").exchange().expectStatus().isForbidden();
        JsonNode asked = ok(as(supervisor), "/api/follow-up/visits/" + visit + "/time-requests",
                "{\"message\": \"Vi har inventering den dagen\"}");
        assertThat(asked.at("/timeRequest/message").asString()).isEqualTo("Vi har inventering den dagen");

        JsonNode queues = as(coach).get().uri("/api/follow-up/queues").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(queues).anySatisfy(entry -> {
            assertThat(entry.get("kind").asString()).isEqualTo("TIME_REQUESTED");
            assertThat(entry.get("visitId").asString()).isEqualTo(visit);
        });
        LocalDateTime start = LocalDateTime.parse(trialFollowUp.get("start").asString());
        JsonNode moved = ok(as(coach), "/api/follow-up/visits/" + visit + "/move", "{\"start\": \"%s\"}".formatted(start));
        assertThat(moved.get("timeRequest").isNull()).isTrue();
        assertThat(moved.at("/appointment/confirmed").asBoolean()).isTrue();
    }

    /** Inside its window, on a weekday, in working time, when the participant is there, never over the Thursday meeting. */
    private static void assertWithinTheRules(JsonNode visit) {
        LocalDateTime start = start(visit);
        LocalDateTime end = LocalDateTime.parse(visit.at("/appointment/end").asString());
        LocalDate day = start.toLocalDate();
        assertThat(day).isBetween(LocalDate.parse(visit.at("/window/earliest").asString()),
                LocalDate.parse(visit.at("/window/latest").asString()));
        assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(start.toLocalTime()).isAfterOrEqualTo(DAY_STARTS);
        assertThat(end.toLocalTime()).isBeforeOrEqualTo(DAY_ENDS);
        if (day.getDayOfWeek() == DayOfWeek.THURSDAY) {
            assertThat(end.toLocalTime().isAfter(MEETING_STARTS) && start.toLocalTime().isBefore(MEETING_ENDS))
                    .as("%s over the Thursday meeting", visit.get("id").asString()).isFalse();
        }
        // Every participant here is there Monday and Tuesday mornings (and Wednesday, for those in mapping).
        assertThat(day.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(end.toLocalTime()).isBeforeOrEqualTo(LocalTime.NOON);
    }

    private void describeWeek(String coachId) {
        http.put().uri("/api/calendars/" + coachId).contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"site": "%s", "travelMode": "CAR",
                 "workingHours": [%s],
                 "commitments": [{"title": "Gemensamt möte", "day": "THURSDAY", "start": "13:00", "end": "15:00",
                                  "place": {"label": "Kontoret i Eskilstuna", "point": {"lat": 59.3712, "lon": 16.5098}}}]}
                """.formatted(SITE, List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(day -> "{\"day\": \"%s\", \"start\": \"08:00\", \"end\": \"16:30\"}".formatted(day))
                .collect(Collectors.joining(", ")))).exchange().expectStatus().isOk();
    }

    private String readyParticipant(String coachId) {
        ObjectNode body = ApiBodies.participant(ApiBodies.freshParticipantId(), SITE, List.of());
        ApiBodies.enrolledAndReadyOn(body, today.minusMonths(3));
        String id = created("/api/participants", body.toString());
        http.put().uri("/api/participants/" + id + "/coach").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"coachId\": \"%s\"}".formatted(coachId)).exchange().expectStatus().is2xxSuccessful();
        return id;
    }

    private String slot() {
        ObjectNode employer = ApiBodies.employer("Uppföljda Lagret AB");
        employer.set("sites", ApiBodies.JSON.valueToTree(List.of(SITE)));
        String employerId = created("/api/employers", employer.toString());
        return created("/api/employers/" + employerId + "/slots", ApiBodies.slot("Lagerarbete", List.of(), 5).toString());
    }

    /** A study visit, a yes and a trial of three weeks, all from today, recorded by the coordinator. */
    private String placedInTrial(String participantId, String slot) {
        LocalDate day = today;
        DecidedBy by = new DecidedBy(coordinator().id(), "Samordnare");
        String id = placements.bookStudyVisit(participantId, slot, day.atTime(10, 0), by, null).id();
        placements.answer(id, VisitAnswer.yes(day), by.accountId());
        placements.startTrial(id, DateSpan.starting(day, PlacementPath.TRIAL_LENGTH), MORNINGS, by.accountId());
        return id;
    }

    private List<JsonNode> siteVisits() {
        JsonNode week = http.get().uri("/api/follow-up/site-visits?site=%s&from=%s&until=%s".formatted(SITE, today,
                until())).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(week.get("unplanned")).isEmpty();
        List<JsonNode> visits = new ArrayList<>();
        week.get("visits").forEach(visits::add);
        return visits;
    }

    private LocalDate until() {
        return today.plusDays(61);
    }

    private static Map<String, JsonNode> byId(List<JsonNode> visits) {
        Map<String, JsonNode> byId = new HashMap<>();
        visits.forEach(visit -> byId.put(visit.get("id").asString(), visit));
        return byId;
    }

    private static LocalDateTime start(JsonNode visit) {
        return LocalDateTime.parse(visit.at("/appointment/start").asString());
    }

    private static String visitor(JsonNode visit) {
        return visit.at("/appointment/visitorId").asString();
    }

    private String created(String path, String body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private static JsonNode ok(WebTestClient client, String path, String body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
