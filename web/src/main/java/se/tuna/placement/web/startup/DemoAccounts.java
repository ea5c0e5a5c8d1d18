package se.tuna.placement.web.startup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.tuna.placement.access.account.AccountIds;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.web.config.ElasticsearchConfiguration.EmbeddedElasticsearch;

/**
 * The demo accounts of the embedded default, one for every role (listed in the README), all with
 * the same documented password. They exist only while the demo is on, and only in a node the demo
 * filled ({@link DemoMarker}): at every start they are made or refreshed then, and removed, with
 * their passwords, otherwise. The demo coaches get the demo participants of their site, once.
 */
@Component
@Order(2)
class DemoAccounts implements StorageStartup.FirstStartTask {

    /** The demo accounts' password, printed in the README: the demo holds no real person's data. */
    static final String PASSWORD = "tuna-demo-2026";
    /** The supervisor's employer is sought among this many of Eskilstuna's, by name. */
    private static final int EMPLOYERS_LOOKED_AT = 50;
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final EmbeddedElasticsearch embedded;
    private final DemoProperties demo;
    private final AccountService accounts;
    private final PasswordCredentials credentials;
    private final EmployerService employers;
    private final ParticipantService participants;
    private final Coaching coaching;
    private final PlacementRepository placements;
    private final DemoMarker marker;
    private final Clock clock;

    DemoAccounts(EmbeddedElasticsearch embedded, DemoProperties demo, AccountService accounts, PasswordCredentials credentials,
            EmployerService employers, ParticipantService participants, Coaching coaching, PlacementRepository placements,
            DemoMarker marker, Clock clock) {
        this.placements = placements;
        this.marker = marker;
        this.embedded = embedded;
        this.demo = demo;
        this.accounts = accounts;
        this.credentials = credentials;
        this.employers = employers;
        this.participants = participants;
        this.coaching = coaching;
        this.clock = clock;
    }

    /**
     * A demo account.
     *
     * @param email  its address, under the reserved .example domain
     * @param name   its name
     * @param roles  its roles
     * @param sites  its sites
     */
    record DemoAccount(String email, String name, Set<Role> roles, Set<String> sites) {
    }

    static final DemoAccount COORDINATOR = new DemoAccount("samordnare@tuna.example", "Sara Samordnare",
            Set.of(Role.COORDINATOR), Set.of("eskilstuna", "strangnas"));
    static final DemoAccount COACH_ESKILSTUNA = new DemoAccount("coach.eskilstuna@tuna.example", "Erik Coach",
            Set.of(Role.COACH), Set.of("eskilstuna"));
    static final DemoAccount COACH_STRANGNAS = new DemoAccount("coach.strangnas@tuna.example", "Stina Coach",
            Set.of(Role.COACH), Set.of("strangnas"));
    static final DemoAccount MANAGEMENT = new DemoAccount("ledning@tuna.example", "Lars Ledning", Set.of(Role.MANAGEMENT),
            Set.of());
    static final DemoAccount ADMIN = new DemoAccount("admin@tuna.example", "Anna Admin", Set.of(Role.ADMIN), Set.of());
    static final DemoAccount SUPERVISOR = new DemoAccount("handledare@tuna.example", "Hanna Handledare", Set.of(Role.SUPERVISOR),
            Set.of());
    /** Their colleagues, so each coach carries 20–25 participants as in the programme (Eskilstuna 4.5 coaches, Strängnäs 2). */
    static final List<DemoAccount> COLLEAGUES = List.of(
            new DemoAccount("coach2.eskilstuna@tuna.example", "Elin Coach", Set.of(Role.COACH), Set.of("eskilstuna")),
            new DemoAccount("coach3.eskilstuna@tuna.example", "Emir Coach", Set.of(Role.COACH), Set.of("eskilstuna")),
            new DemoAccount("coach4.eskilstuna@tuna.example", "Eva Coach", Set.of(Role.COACH), Set.of("eskilstuna")),
            new DemoAccount("coach5.eskilstuna@tuna.example", "Einar Coach", Set.of(Role.COACH), Set.of("eskilstuna")),
            new DemoAccount("coach2.strangnas@tuna.example", "Sven Coach", Set.of(Role.COACH), Set.of("strangnas")));
    /** Einar works half time: half the share of participants. */
    static final String PART_TIME_COACH = "coach5.eskilstuna@tuna.example";
    static final List<DemoAccount> STAFF = Stream.concat(
            List.of(COORDINATOR, COACH_ESKILSTUNA, COACH_STRANGNAS, MANAGEMENT, ADMIN).stream(), COLLEAGUES.stream()).toList();

    @Override
    public void run() {
        Optional<DemoMarker.Demo> loaded = embedded.running() && demo.enabled() ? marker.find() : Optional.empty();
        if (loaded.isPresent()) {
            ensure(loaded.get());
        } else {
            remove();
        }
    }

    private void ensure(DemoMarker.Demo loaded) {
        STAFF.forEach(account -> credentials.setDemoPassword(
                accounts.ensureDemo(account.email(), account.name(), account.roles(), account.sites(), null).id(), PASSWORD));
        demoEmployer().ifPresent(employer -> credentials.setDemoPassword(accounts.ensureDemo(SUPERVISOR.email(), SUPERVISOR.name(),
                SUPERVISOR.roles(), SUPERVISOR.sites(), employer.id()).id(), PASSWORD));
        if (!loaded.coachesAssigned()) {
            assignCoaches(loaded.participantIds());
            marker.write(loaded.withCoachesAssigned());
        }
        log.info("Demo accounts ready (password in the README): {}, {}", STAFF.stream().map(DemoAccount::email).toList(),
                SUPERVISOR.email());
    }

    /**
     * Each demo participant gets one of the demo coaches of their site, in turn (by id), the
     * part-time coach every other turn.
     */
    private void assignCoaches(List<String> demoParticipants) {
        Map<String, List<String>> turnsBySite = new LinkedHashMap<>();
        STAFF.stream().filter(account -> account.roles().contains(Role.COACH)).forEach(coach -> coach.sites().forEach(site -> {
            List<String> turns = turnsBySite.computeIfAbsent(site, any -> new ArrayList<>());
            turns.add(AccountIds.forEmail(coach.email()));
            if (!coach.email().equals(PART_TIME_COACH)) {
                turns.add(AccountIds.forEmail(coach.email()));
            }
        }));
        Map<String, String> coachByParticipant = new LinkedHashMap<>();
        Map<String, Integer> turnAt = new HashMap<>();
        new TreeMap<>(participants.sitesOf(demoParticipants)).forEach((participant, site) -> {
            List<String> turns = turnsBySite.get(site);
            if (turns != null) {
                int turn = turnAt.merge(site, 1, Integer::sum) - 1;
                coachByParticipant.put(participant, turns.get(turn % turns.size()));
            }
        });
        coaching.assignFirstCoaches(coachByParticipant, LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE)), null);
    }

    /**
     * The demo supervisor's employer: the first demo employer of Eskilstuna by name with someone in training there
     * (so the supervisor sees placements and the coaches' planned follow-ups), else the first.
     */
    private Optional<Employer> demoEmployer() {
        List<Employer> candidates = employers.list("eskilstuna", null, 0, EMPLOYERS_LOOKED_AT).items();
        return candidates.stream().filter(employer -> placements.atEmployer(employer.id()).stream()
                        .anyMatch(placement -> placement.path().stage() == Stage.WORK_TRAINING))
                .findFirst().or(() -> candidates.stream().findFirst());
    }

    private void remove() {
        List<String> demoAccounts = accounts.demoAccountIds();
        demoAccounts.forEach(id -> {
            credentials.forget(id);
            accounts.delete(id);
        });
        if (!demoAccounts.isEmpty()) {
            log.info("The demo is off: removed its {} demo accounts", demoAccounts.size());
        }
    }
}
