package se.tuna.placement.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.followup.calendar.Place;
import se.tuna.placement.followup.feed.CalendarFeed;
import se.tuna.placement.followup.visit.Appointment;
import se.tuna.placement.followup.visit.Completion;
import se.tuna.placement.followup.visit.DueWindow;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.followup.visit.VisitKind;
import se.tuna.placement.followup.visit.VisitRepository;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.TestAccounts.SignedIn;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A coach's calendar feed end to end: visits stored for the coach, the coach makes their secret
 * link, a calendar program fetches it signed out, and an independent parser (Debian's
 * python3-icalendar, not the library that wrote it) reads the events a calendar would show. Then
 * the link is revoked and made anew: a dead link is a 404 at once, and stays one.
 */
class CalendarFeedIntegrationTest extends WebIntegrationTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String NOTE = "Deltagaren berättade om sin sjukskrivning och ryggbesvär";

    @Autowired
    VisitRepository visits;

    @TempDir
    Path files;

    @Test
    void aCoachSubscribesToTheirVisitsThroughASecretLinkThatCanBeRevokedAndMadeAnew() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        SignedIn coach = people.staff("feed-coach-" + key, Set.of(Role.COACH), Set.of("eskilstuna"));
        SignedIn otherCoach = people.staff("feed-other-coach-" + key, Set.of(Role.COACH), Set.of("eskilstuna"));
        SignedIn coordinator = people.staff("feed-coordinator-" + key, Set.of(Role.COORDINATOR), Set.of("eskilstuna"));
        SignedIn otherSitesCoordinator = people.staff("feed-coordinator-strangnas-" + key, Set.of(Role.COORDINATOR),
                Set.of("strangnas"));
        LocalDate today = LocalDate.now(SWEDEN);
        String participant = "D-FEED-" + key;
        Place workplace = new Place("Flödets Lager AB, Eskilstuna", new Coordinates(59.3712, 16.5098));
        Place office = new Place("Kontoret i Eskilstuna", null);
        LocalDateTime followUp = today.plusDays(3).atTime(LocalTime.of(10, 0));
        LocalDateTime meeting = today.plusDays(10).atTime(LocalTime.of(13, 15));
        LocalDateTime trial = today.minusDays(5).atTime(LocalTime.of(9, 0));
        visits.writeAll(List.of(
                visit("followup", VisitKind.WORKPLACE_FOLLOW_UP, participant, workplace, coach.id(), followUp, false, null),
                visit("meeting", VisitKind.MAPPING_MEETING, participant, office, coach.id(), meeting, true, null),
                visit("trial", VisitKind.TRIAL_FOLLOW_UP, participant, workplace, coach.id(), trial, false,
                        new Completion(trial.toLocalDate(), NOTE, coach.id(), Instant.now())),
                visit("far-ahead", VisitKind.WORKPLACE_FOLLOW_UP, participant, workplace, coach.id(),
                        today.plusWeeks(9).atTime(10, 0), false, null),
                visit("long-ago", VisitKind.WORKPLACE_FOLLOW_UP, participant, workplace, coach.id(),
                        today.minusDays(20).atTime(10, 0), false, null),
                visit("others", VisitKind.WORKPLACE_FOLLOW_UP, participant, workplace, otherCoach.id(), followUp, false, null)),
                Map.of());

        // Only the person themself makes their link.
        as(coordinator).post().uri("/api/calendars/" + coach.id() + "/feed").exchange().expectStatus().isForbidden();
        String first = makeLink(coach);
        assertThat(first).startsWith("http://").contains("/kalender/").endsWith(".ics");

        EntityExchangeResult<byte[]> fetched = fetch(first);
        assertThat(fetched.getStatus().value()).isEqualTo(200);
        assertThat(fetched.getResponseHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/calendar;charset=utf-8"));
        String ics = new String(fetched.getResponseBodyContent(), StandardCharsets.UTF_8);

        JsonNode calendar = parsedIndependently(ics);
        assertThat(calendar.get("version").asString()).isEqualTo("2.0");
        assertThat(calendar.get("name").asString()).isEqualTo("TUNA besök – " + coach.account().displayName());
        assertThat(calendar.get("ttl").asString()).isEqualTo("PT1H");
        List<JsonNode> events = calendar.get("events").valueStream().toList();
        assertThat(events).extracting(event -> event.get("uid").asString())
                .containsExactlyInAnyOrder(CalendarFeed.uidOf(id("trial")), CalendarFeed.uidOf(id("followup")),
                        CalendarFeed.uidOf(id("meeting")));
        JsonNode onTheWorkplace = event(events, "followup");
        assertThat(onTheWorkplace.get("summary").asString()).isEqualTo("Uppföljning på arbetsplatsen");
        assertThat(onTheWorkplace.get("location").asString()).isEqualTo("Flödets Lager AB, Eskilstuna");
        assertThat(instant(onTheWorkplace.get("start"))).isEqualTo(followUp.atZone(SWEDEN).toInstant());
        assertThat(instant(onTheWorkplace.get("end"))).isEqualTo(followUp.plusMinutes(45).atZone(SWEDEN).toInstant());
        assertThat(onTheWorkplace.get("geo").get(0).asDouble()).isEqualTo(59.3712);
        assertThat(onTheWorkplace.get("geo").get(1).asDouble()).isEqualTo(16.5098);
        assertThat(onTheWorkplace.get("status").asString()).isEqualTo("TENTATIVE");
        JsonNode atTheOffice = event(events, "meeting");
        assertThat(atTheOffice.get("summary").asString()).isEqualTo("Kartläggningssamtal");
        assertThat(atTheOffice.get("location").asString()).isEqualTo("Kontoret i Eskilstuna");
        assertThat(atTheOffice.get("geo").isNull()).isTrue();
        assertThat(instant(atTheOffice.get("start"))).isEqualTo(meeting.atZone(SWEDEN).toInstant());
        assertThat(instant(atTheOffice.get("end"))).isEqualTo(meeting.plusMinutes(60).atZone(SWEDEN).toInstant());
        assertThat(atTheOffice.get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode done = event(events, "trial");
        assertThat(done.get("summary").asString()).isEqualTo("Uppföljning under provtid");
        assertThat(instant(done.get("start"))).isEqualTo(trial.atZone(SWEDEN).toInstant());
        assertThat(events).allSatisfy(event -> assertThat(event.get("stamp").asString()).isNotBlank());

        assertThat(ics).as("the feed names no participant and holds no health data")
                .doesNotContain(participant, NOTE, "sjukskriv", "rygg")
                // The visits' ids, which the real ones derive from the participant's or placement's, appear nowhere.
                .doesNotContain(KEY)
                .doesNotContain(Arrays.stream(FunctionalLimitation.values()).flatMap(l -> Stream.of(l.name(), l.label())).toList())
                .doesNotContain(Arrays.stream(Compensation.values()).flatMap(c -> Stream.of(c.name(), c.label())).toList());

        // A coordinator of another site may not revoke it; the coach's own coordinator may, and it is dead at once.
        as(otherSitesCoordinator).delete().uri("/api/calendars/" + coach.id() + "/feed").exchange().expectStatus().isForbidden();
        as(otherCoach).delete().uri("/api/calendars/" + coach.id() + "/feed").exchange().expectStatus().isForbidden();
        assertThat(fetch(first).getStatus().value()).isEqualTo(200);
        as(coordinator).delete().uri("/api/calendars/" + coach.id() + "/feed").exchange().expectStatus().isNoContent();
        assertDead(first);

        // Made anew: a new address; the old one stays dead. Making another replaces the second.
        String second = makeLink(coach);
        assertThat(second).isNotEqualTo(first);
        assertThat(fetch(second).getStatus().value()).isEqualTo(200);
        assertDead(first);
        String third = makeLink(coach);
        assertDead(second);
        assertThat(fetch(third).getStatus().value()).isEqualTo(200);

        // The coach revokes their own; revoking again changes nothing.
        as(coach).delete().uri("/api/calendars/" + coach.id() + "/feed").exchange().expectStatus().isNoContent();
        as(coach).delete().uri("/api/calendars/" + coach.id() + "/feed").exchange().expectStatus().isNoContent();
        assertDead(third);
    }

    @Test
    void aLinkNobodyWasGivenIsTheSame404AsARevokedOne() {
        for (String token : List.of("0".repeat(32) + "_nothing", "short", "0123456789abcdef0123456789abcdef_" + "x".repeat(43))) {
            assertDead("http://localhost/kalender/" + token + ".ics");
        }
    }

    private String makeLink(SignedIn person) {
        JsonNode created = as(person).post().uri("/api/calendars/" + person.id() + "/feed").exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        return created.get("url").asString();
    }

    private EntityExchangeResult<byte[]> fetch(String url) {
        return anonymous.get().uri(URI.create(url).getRawPath()).exchange().expectBody().returnResult();
    }

    private void assertDead(String url) {
        EntityExchangeResult<byte[]> answer = fetch(url);
        String body = answer.getResponseBodyContent() == null ? "" : new String(answer.getResponseBodyContent(), StandardCharsets.UTF_8);
        assertThat(answer.getStatus().value()).as(body).isEqualTo(404);
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String token = URI.create(url).getRawPath().substring("/kalender/".length()).replace(".ics", "");
        assertThat(body).as("the answer says nothing of the link tried").doesNotContain(token).doesNotContain("revoked");
    }

    private static String id(String name) {
        return "feed-test-" + name + "-" + KEY;
    }

    private static final String KEY = UUID.randomUUID().toString().substring(0, 8);

    private static Visit visit(String name, VisitKind kind, String participant, Place place, String visitor, LocalDateTime start,
            boolean confirmed, Completion completion) {
        LocalDate day = start.toLocalDate();
        return new Visit(id(name), kind, participant, kind.atWorkplace() ? "placement-" + KEY : null, "eskilstuna", visitor, place,
                new DueWindow(day.minusDays(7), day, day.plusDays(7)), null, new Appointment(visitor, start, confirmed, null), null,
                completion, null);
    }

    private static JsonNode event(List<JsonNode> events, String name) {
        return events.stream().filter(event -> event.get("uid").asString().equals(CalendarFeed.uidOf(id(name)))).findFirst().orElseThrow();
    }

    private static Instant instant(JsonNode iso) {
        return OffsetDateTime.parse(iso.asString()).toInstant();
    }

    /** The feed as Debian's python3-icalendar reads it (the script is a test resource). */
    private JsonNode parsedIndependently(String ics) throws IOException, InterruptedException {
        Path feed = files.resolve("feed.ics");
        Files.writeString(feed, ics, StandardCharsets.UTF_8);
        Path script = files.resolve("read_calendar.py");
        try (InputStream resource = getClass().getResourceAsStream("read_calendar.py")) {
            Files.copy(resource, script);
        }
        // Debian's interpreter, where apt installs python3-icalendar (another python3 may come first on the PATH).
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        List<String> command = new ArrayList<>(List.of(python, script.toString(), feed.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("python3 with python3-icalendar (apt-get install python3-icalendar): "
                + new String(err, StandardCharsets.UTF_8)).isZero();
        return ApiBodies.JSON.readTree(new String(out, StandardCharsets.UTF_8));
    }
}
