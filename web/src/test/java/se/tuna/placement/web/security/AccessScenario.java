package se.tuna.placement.web.security;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.TestAccounts;
import se.tuna.placement.web.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One small programme for the access tests, made through the API as a coordinator of every site
 * would: two employers (one in Eskilstuna, one in Strängnäs) with slots, a participant of each
 * site with their own coach, a placement at the Eskilstuna employer, a finished plan of
 * Eskilstuna's waiting list, and one person of each kind who should or should not reach them.
 */
public final class AccessScenario {

    /** Who a request is sent as: each role, and for the scoped roles someone of the wrong site, participant or employer. */
    public enum Who {
        ANONYMOUS,
        COORDINATOR,
        COORDINATOR_OF_OTHER_SITE,
        COACH,
        COACH_OF_OTHERS,
        SUPERVISOR,
        SUPERVISOR_OF_OTHER_EMPLOYER,
        MANAGEMENT,
        ADMIN
    }

    /** What the Eskilstuna participant discloses to nobody but their coordinator and coach. */
    static final List<String> LIMITATIONS = List.of("NOT_BEFORE", "LIFTING_LIMIT", "NEEDS_QUIET_PLACE");
    /** Who books and advances the scenario's placements. */
    static final DecidedBy ORGANISER = new DecidedBy("matrix", "Åtkomstprovet");
    /** The hours, days and times of a trial or an extension: eight hours a week. */
    static final WeeklyTerms TERMS = new WeeklyTerms(8, new WeeklySchedule(List.of(
            new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))), Set.of());

    /** Every name, address and free text the scenario and its requests send, each distinctive. */
    final SentValues sent = new SentValues();
    final String interests = sent.text("Tycker om fåglar och gamla radioapparater");
    final String avoidedReason = sent.text("Tidigare konflikt med en arbetsledare där");
    final String sharedFirstName = sent.text("Mirja");

    final ObjectNode employerBody = employer("Åtkomstprovets Lager AB");
    final ObjectNode slotBody = slot("Lagerarbete", 40);
    final JsonNode agreementBody = ApiBodies.JSON.readTree("""
            {"start": "2026-12-14", "weeklyHours": 8,
             "schedule": [{"day": "MONDAY", "start": "08:00", "end": "12:00"},
                          {"day": "TUESDAY", "start": "08:00", "end": "12:00"}],
             "support": ["EXPERIENCED_SUPERVISOR"], "firstName": "%s", "firstNameConsent": true}
            """.formatted(sharedFirstName));
    final ObjectNode participantBody;
    public final String employer;
    public final String otherEmployer;
    public final String slot;
    /** Room for every placement the path's requests need, one each. */
    public final String pathSlot;
    public final String statusSlot;
    public final String otherSlot;
    public final String participant;
    public final String otherParticipant;
    public final String placedParticipant;
    public final String placement;
    public final String plan;
    public final String planParticipant;
    final Map<Who, SignedIn> people = new EnumMap<>(Who.class);
    private final WebTestClient anonymous;
    private final WebTestClient organiser;
    private final PlacementService placements;
    private String issuedReport;

    private static AccessScenario shared;

    /**
     * The one scenario of this test JVM, made on first use: the access tests share the web tests'
     * application context, so what it made stays valid for every test class.
     */
    static synchronized AccessScenario shared(WebTestClient anonymous, WebTestClient organiser, TestAccounts accounts,
            PlacementService placements) {
        if (shared == null) {
            shared = new AccessScenario(anonymous, organiser, accounts, placements, "");
        }
        return shared;
    }

    /**
     * A scenario of its own, people and all: for a test that changes or breaks what it finds (so the
     * shared one stays as the other tests expect), or that has an application context of its own
     * (the store is the same, so its people are others than the shared scenario's).
     */
    public static AccessScenario fresh(WebTestClient anonymous, WebTestClient organiser, TestAccounts accounts,
            PlacementService placements) {
        return new AccessScenario(anonymous, organiser, accounts, placements, "-" + UUID.randomUUID());
    }

    /** @param peopleKey what the keys of its people end with, to tell them from another scenario's */
    private AccessScenario(WebTestClient anonymous, WebTestClient organiser, TestAccounts accounts, PlacementService placements,
            String peopleKey) {
        this.anonymous = anonymous;
        this.organiser = organiser;
        this.placements = placements;
        employer = id(post("/api/employers", employerBody));
        otherEmployer = id(post("/api/employers", employer("Andra Lagret AB")));
        slot = id(post("/api/employers/" + employer + "/slots", slotBody));
        statusSlot = id(post("/api/employers/" + employer + "/slots", slot("Pausbar plats", 2)));
        pathSlot = id(post("/api/employers/" + employer + "/slots", slot("Plats för stegen", 40)));
        otherSlot = id(post("/api/employers/" + otherEmployer + "/slots", slot("Lagerarbete", 5)));

        people.put(Who.COORDINATOR, accounts.staff("matrix-coordinator" + peopleKey, Set.of(Role.COORDINATOR),
                Set.of("eskilstuna")));
        people.put(Who.COORDINATOR_OF_OTHER_SITE, accounts.staff("matrix-coordinator-strangnas" + peopleKey,
                Set.of(Role.COORDINATOR), Set.of("strangnas")));
        people.put(Who.COACH, accounts.staff("matrix-coach" + peopleKey, Set.of(Role.COACH), Set.of("eskilstuna")));
        people.put(Who.COACH_OF_OTHERS, accounts.staff("matrix-coach-strangnas" + peopleKey, Set.of(Role.COACH),
                Set.of("strangnas")));
        people.put(Who.SUPERVISOR, accounts.supervisor("matrix-supervisor" + peopleKey, employer));
        people.put(Who.SUPERVISOR_OF_OTHER_EMPLOYER, accounts.supervisor("matrix-supervisor-other" + peopleKey, otherEmployer));
        people.put(Who.MANAGEMENT, accounts.staff("matrix-management" + peopleKey, Set.of(Role.MANAGEMENT), Set.of()));
        people.put(Who.ADMIN, accounts.staff("matrix-admin" + peopleKey, Set.of(Role.ADMIN), Set.of()));

        participantBody = participantBody(ApiBodies.freshParticipantId(), "eskilstuna");
        participant = registerParticipant(participantBody, person(Who.COACH).id());
        otherParticipant = registerParticipant(participantBody(ApiBodies.freshParticipantId(), "strangnas"),
                person(Who.COACH_OF_OTHERS).id());
        placedParticipant = registerParticipant(participantBody(ApiBodies.freshParticipantId(), "eskilstuna"),
                person(Who.COACH).id());
        placement = placements.bookStudyVisit(placedParticipant, slot, today().atTime(9, 0), ORGANISER, null).id();
        put("/api/placements/" + placement + "/agreement", agreementBody);

        planParticipant = registerParticipant(participantBody(ApiBodies.freshParticipantId(), "eskilstuna"),
                person(Who.COACH).id());
        plan = finishedPlan();
        requirePlaced(planParticipant);
    }

    /** A report of Eskilstuna issued by the organiser, made on first use. */
    synchronized String issuedReport() {
        if (issuedReport == null) {
            issuedReport = post("/api/reports/issued", "{\"sites\": [\"eskilstuna\"], \"from\": \"2026-01-01\", "
                    + "\"until\": \"2026-06-30\", \"asOf\": \"2026-06-30\"}").get("id").asString();
        }
        return issuedReport;
    }

    public SignedIn person(Who who) {
        return people.get(who);
    }

    /** A client signed in as {@code who} (or signed out). */
    public WebTestClient client(Who who) {
        WebTestClient client = anonymous.mutate().responseTimeout(Duration.ofMinutes(2)).build();
        return who == Who.ANONYMOUS ? client
                : client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + person(who).token()).build();
    }

    /** Sends as the organiser (a coordinator of every site, also an admin), for setting things up. */
    JsonNode post(String path, Object body) {
        return organiser.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body.toString()).exchange()
                .expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    JsonNode put(String path, Object body) {
        return organiser.put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body.toString()).exchange()
                .expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** An employer with a contact person, its names and the contact's details distinctive. */
    ObjectNode employer(String name) {
        ObjectNode body = ApiBodies.employer(sent.text(name));
        sent.asIs("organisation number", body.get("organisationNumber").asString());
        ObjectNode contact = body.putObject("contact");
        contact.put("name", sent.text("Karin Kontakt"));
        contact.put("phone", sent.text("070-123 45 67"));
        contact.put("email", sent.email("arbetsgivare.test.example"));
        return body;
    }

    /** A slot the scenario's participants fit, its title, tasks and supervisor's name distinctive. */
    ObjectNode slot(String title, int seats) {
        ObjectNode body = ApiBodies.slot(sent.text(title), List.of(), seats);
        body.put("tasks", sent.text("Plockning och packning av order på lagret."));
        body.put("supervisor", sent.text("Per Holm"));
        return body;
    }

    /** A new participant of Eskilstuna, in their own words distinctive. */
    ObjectNode newParticipant() {
        ObjectNode body = ApiBodies.participant(ApiBodies.freshParticipantId(), "eskilstuna", List.of());
        body.put("interests", sent.text("Tycker om att plocka och sortera"));
        body.put("skills", sent.text("Truckkort sedan länge"));
        body.put("strengths", sent.text("Noggrann och lugn"));
        return body;
    }

    /** Someone with limitations, interests and an employer to avoid: all of it health data an employer must never see. */
    private ObjectNode participantBody(String id, String site) {
        ObjectNode body = ApiBodies.participant(id, site, LIMITATIONS);
        body.put("maxLiftKg", 10);
        body.put("earliestStart", "08:00");
        body.put("interests", interests);
        body.set("avoidedEmployers", ApiBodies.JSON.readTree("""
                [{"employerId": "%s", "reason": "%s"}]""".formatted(otherEmployer, avoidedReason)));
        return body;
    }

    private String registerParticipant(ObjectNode body, String coach) {
        post("/api/participants", body);
        String id = body.get("id").asString();
        put("/api/participants/" + id + "/coach", ApiCalls.json("{\"coachId\": \"%s\"}", coach));
        return id;
    }

    // --- things a request changes -------------------------------------------------------------
    // A request that gets through changes what it is sent to, so it gets something made for it
    // alone; a refused one changes nothing, so those of one kind share one.

    private final Map<String, Object> sharedTargets = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T target(String kind, boolean allowed, Supplier<T> make) {
        return allowed ? make.get() : (T) sharedTargets.computeIfAbsent(kind, k -> make.get());
    }

    /** Visits of the scenario's coach planned and not yet used by a request, by id, with their start. */
    private final java.util.Deque<Map.Entry<String, String>> unusedVisits = new java.util.ArrayDeque<>();

    /**
     * A planned visit of one of the scenario's coach's participants, id and start: planned for
     * Eskilstuna when none is left unused (each mapping meeting of the coming weeks is one).
     */
    synchronized Map.Entry<String, String> visit(boolean allowed) {
        return target("visit", allowed, () -> {
            if (unusedVisits.isEmpty()) {
                post("/api/follow-up/plans", ApiCalls.json("{\"site\": \"eskilstuna\"}"));
                JsonNode week = organiser.get().uri("/api/follow-up/visits?coachId=%s&from=%s&until=%s".formatted(
                        person(Who.COACH).id(), today(), today().plusDays(27))).exchange().expectStatus().isOk()
                        .expectBody(JsonNode.class).returnResult().getResponseBody();
                week.get("visits").forEach(visit -> {
                    // Mapping meetings only: a follow-up at the workplace is kept for the supervisor's requests.
                    if (visit.get("kind").asString().equals("MAPPING_MEETING") && visit.get("completion").isNull()
                            && !visit.at("/appointment/confirmed").asBoolean()) {
                        unusedVisits.add(Map.entry(visit.get("id").asString(), visit.at("/appointment/start").asString()));
                    }
                });
            }
            if (unusedVisits.isEmpty()) {
                throw new IllegalStateException("The plan gave the scenario's coach no visit to use");
            }
            return unusedVisits.pop();
        });
    }

    /**
     * A planned follow-up at the scenario's employer (the trial follow-up of a placement in its trial),
     * one for every request: a supervisor's request for another time replaces the one before.
     */
    synchronized String workplaceVisit() {
        return (String) sharedTargets.computeIfAbsent("workplace visit", kind -> {
            String placement = placementAt(Stage.TRIAL, true);
            post("/api/follow-up/plans", ApiCalls.json("{\"site\": \"eskilstuna\"}"));
            // Planned or not (the scenario's coach carries every participant the tests register): asking is the same.
            JsonNode weeks = organiser.get().uri("/api/follow-up/site-visits?site=eskilstuna&from=%s&until=%s".formatted(
                    today(), today().plusDays(27))).exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            for (String list : List.of("visits", "unplanned")) {
                for (JsonNode visit : weeks.get(list)) {
                    if (placement.equals(visit.get("placementId").asString())) {
                        return visit.get("id").asString();
                    }
                }
            }
            throw new IllegalStateException("The plan gave the trial at the scenario's employer no follow-up");
        });
    }

    /** A participant of Eskilstuna waiting for a place, looked after by the scenario's coach. */
    String readyParticipant(boolean allowed) {
        return target("ready participant", allowed, () -> registerParticipant(
                participantBody(ApiBodies.freshParticipantId(), "eskilstuna"), person(Who.COACH).id()));
    }

    /** The stint of a participant of Eskilstuna waiting for a place, looked after by the scenario's coach. */
    String readyStint(boolean allowed) {
        return target("ready stint", allowed, () -> StintRepository.currentIdOf(registerParticipant(
                participantBody(ApiBodies.freshParticipantId(), "eskilstuna"), person(Who.COACH).id())));
    }

    /** The stint of a participant of Eskilstuna in mapping, with a profile, looked after by the scenario's coach. */
    String mappingStint(boolean allowed) {
        return target("mapping stint", allowed, () -> {
            ObjectNode body = participantBody(ApiBodies.freshParticipantId(), "eskilstuna");
            body.put("phase", "MAPPING");
            body.remove("readySince");
            return StintRepository.currentIdOf(registerParticipant(body, person(Who.COACH).id()));
        });
    }

    /** A new referral of Eskilstuna: waiting in the referral queue, or admitted by the referral group. */
    String referredStint(boolean admitted, boolean allowed) {
        return target("referral, admitted " + admitted, allowed, () -> {
            String id = ApiBodies.freshParticipantId();
            post("/api/stints", referralBody(id, admitted));
            return StintRepository.currentIdOf(id);
        });
    }

    ObjectNode referralBody(String participantId, boolean admitted) {
        return (ObjectNode) ApiBodies.JSON.readTree("""
                {"participantId": "%s", "site": "eskilstuna", "gender": "FEMALE", "%s": "%s"}
                """.formatted(participantId, admitted ? "admittedOn" : "queuedOn", today()));
    }

    /**
     * A placement of a new participant of the scenario's coach, taken along its path to
     * {@code stage}: STUDY_VISIT_BOOKED, TRIAL_AGREED or TRIAL.
     */
    String placementAt(Stage stage, boolean allowed) {
        return target("placement at " + stage, allowed, () -> placementTo(stage));
    }

    private String placementTo(Stage stage) {
        String participantId = readyParticipant(true);
        String id = placements.bookStudyVisit(participantId, pathSlot, today().atTime(8, 0), ORGANISER, null).id();
        if (stage != Stage.STUDY_VISIT_BOOKED) {
            placements.answer(id, VisitAnswer.yes(today()), ORGANISER.accountId());
        }
        if (stage == Stage.TRIAL) {
            placements.startTrial(id, DateSpan.starting(today(), PlacementPath.TRIAL_LENGTH), TERMS, ORGANISER.accountId());
        }
        return id;
    }

    /** Today in the programme's days, as the service reckons them. */
    static LocalDate today() {
        return LocalDate.now(ParticipantRules.PROGRAMME_ZONE);
    }

    /** A supervisor just invited to the scenario's employer. */
    String invitedSupervisor(boolean allowed) {
        return target("supervisor", allowed, this::inviteSupervisor);
    }

    private String inviteSupervisor() {
        return post("/api/employers/" + employer + "/supervisors", invitation("Tillfällig Handledare"))
                .get("supervisor").get("id").asString();
    }

    /** An invitation of a new supervisor, their name and address distinctive. */
    JsonNode invitation(String name) {
        return ApiCalls.json("{\"email\": \"%s\", \"displayName\": \"%s\"}", sent.email("employer.test.example"), sent.text(name));
    }

    /** A hold on the scenario's slot. */
    String freshHold(boolean allowed) {
        return target("hold", allowed, this::hold);
    }

    private String hold() {
        return post("/api/slots/" + slot + "/holds", claim(1)).get("id").asString();
    }

    /** A hold's ({@code days}) or a booking's ({@code null}) body, its reference free text. */
    JsonNode claim(Integer days) {
        ObjectNode body = ApiBodies.JSON.createObjectNode().put("reference", sent.text("Studiebesök"));
        return days == null ? body : body.put("days", days);
    }

    /** A stand-in between two new coaches of Eskilstuna. */
    JsonNode standInBody(boolean allowed) {
        return target("stand-in body", allowed, this::newStandInBody);
    }

    private JsonNode newStandInBody() {
        String absent = newStaff("COACH", "eskilstuna");
        String standIn = newStaff("COACH", "eskilstuna");
        return ApiCalls.json("{\"absentCoachId\": \"%s\", \"standInCoachId\": \"%s\", \"site\": \"eskilstuna\", "
                + "\"from\": \"%s\", \"until\": \"%s\"}", absent, standIn, LocalDate.now(ParticipantRules.PROGRAMME_ZONE), LocalDate.now(ParticipantRules.PROGRAMME_ZONE).plusDays(7));
    }

    String freshStandIn(boolean allowed) {
        return target("stand-in", allowed, () -> post("/api/stand-ins", newStandInBody()).get("id").asString());
    }

    /** A new member of staff's account. */
    String freshStaff(boolean allowed) {
        return target("staff", allowed, () -> newStaff("COACH", "eskilstuna"));
    }

    /** An API token of a new member of staff. */
    String freshToken(boolean allowed) {
        return target("token", allowed, () -> post("/api/admin/api-tokens", tokenRequest(newStaff("COACH", "eskilstuna"), "Tillfällig"))
                .get("id").asString());
    }

    /** A token an admin issued for {@code who}, for them to collect. */
    String tokenFor(Who who, boolean allowed) {
        return target("token of " + who, allowed, () -> post("/api/admin/api-tokens", tokenRequest(person(who).id(), "Att hämta"))
                .get("id").asString());
    }

    /** An API token for the account, for a day, its name free text. */
    JsonNode tokenRequest(String accountId, String name) {
        return ApiCalls.json("{\"accountId\": \"%s\", \"name\": \"%s\", \"validDays\": 1}", accountId, sent.text(name));
    }

    /** A member of staff registered ahead of their first sign-in, their name, address and identity distinctive. */
    JsonNode staffAccount(String role, String site) {
        return ApiCalls.json("""
                {"identity": {"issuer": "https://identity.test.example", "subject": "%s"}, "displayName": "%s", "email": "%s",
                 "roles": ["%s"], "sites": ["%s"]}""", sent.text("subject"), sent.text("Ny Kollega"), sent.email("kommun.test.example"),
                role, site);
    }

    private String newStaff(String role, String site) {
        return post("/api/admin/accounts", staffAccount(role, site)).get("id").asString();
    }

    private String finishedPlan() {
        String job = id(organiser.post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sites\": [\"eskilstuna\"]}").exchange().expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody(), "jobId");
        organiser.mutate().responseTimeout(Duration.ofMinutes(3)).build()
                .get().uri("/api/plans/" + job + "/progress").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk().returnResult(JsonNode.class).getResponseBody().blockLast(Duration.ofMinutes(3));
        return job;
    }

    /** The participant to decide must have a slot in the plan (the slot has seats for forty). */
    private void requirePlaced(String participantId) {
        JsonNode result = organiser.get().uri("/api/plans/" + plan + "/result").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        boolean placed = result.get("assignments").valueStream().anyMatch(line -> !line.get("slot").isNull()
                && line.get("participantId").asString().equals(participantId));
        if (!placed) {
            throw new IllegalStateException("The plan gave " + participantId + " no slot: " + result);
        }
    }

    private static String id(JsonNode node) {
        return id(node, "id");
    }

    private static String id(JsonNode node, String field) {
        return node.get(field).asString();
    }
}
