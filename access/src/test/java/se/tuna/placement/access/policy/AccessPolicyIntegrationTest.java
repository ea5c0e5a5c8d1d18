package se.tuna.placement.access.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tuna.placement.access.AccessFixtures.ADMIN;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.access.AccessFixtures;
import se.tuna.placement.access.AccessTestWiring;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.catalog.MutableClock;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantFixtures;
import se.tuna.placement.participants.participant.ParticipantQuery;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;

@RealElasticsearch
@SpringJUnitConfig(AccessPolicyIntegrationTest.Wiring.class)
class AccessPolicyIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(AccessTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(AccessPolicyIntegrationTest.class));
        }
    }

    private static final String ESKILSTUNA = "eskilstuna";
    private static final String STRANGNAS = "strangnas";

    @Autowired
    ReferenceData reference;
    @Autowired
    AccessPolicy policy;
    @Autowired
    ParticipantService participants;
    @Autowired
    Coaching coaching;
    @Autowired
    SlotService slots;
    @Autowired
    AccountService accounts;
    @Autowired
    EmployerService employerService;

    Employer employer;

    @BeforeEach
    void registerEmployer() {
        employer = AccessFixtures.employer(employerService);
    }

    // --- One participant ---

    @Test
    void aCoordinatorSeesAParticipantOfTheirSite() {
        Participant participant = participantAt(ESKILSTUNA);

        assertThat(policy.participant(coordinatorOf(ESKILSTUNA), participant.id())).isEqualTo(participant);
    }

    @Test
    void aCoordinatorIsRefusedAParticipantOfAnotherSite() {
        Participant participant = participantAt(STRANGNAS);

        assertThatThrownBy(() -> policy.participant(coordinatorOf(ESKILSTUNA), participant.id()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCoachSeesAParticipantAssignedToThem() {
        Participant participant = participantAt(ESKILSTUNA);
        Actor coach = coach();
        coaching.assign(participant.id(), coach.accountId(), null, ADMIN);

        assertThat(policy.participant(coach, participant.id())).isEqualTo(participant);
    }

    @Test
    void aCoachIsRefusedAParticipantAssignedToAnotherCoach() {
        Participant participant = participantAt(ESKILSTUNA);
        coaching.assign(participant.id(), coach().accountId(), null, ADMIN);
        Actor otherCoach = coach();

        assertThatThrownBy(() -> policy.participant(otherCoach, participant.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCoachIsRefusedAParticipantOfTheirSiteWithoutBeingTheirCoach() {
        Participant participant = participantAt(ESKILSTUNA);
        Actor coach = coach();

        assertThatThrownBy(() -> policy.participant(coach, participant.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aStandInSeesTheAbsentCoachsParticipantOnTheStandInsDaysOnly() {
        Participant participant = participantAt(ESKILSTUNA);
        Actor absent = coach();
        Actor standIn = coach();
        coaching.assign(participant.id(), absent.accountId(), null, ADMIN);
        coaching.arrangeStandIn(absent.accountId(), standIn.accountId(), ESKILSTUNA, today().plusDays(2), today().plusDays(3), ADMIN);
        MutableClock clock = MutableClock.now();
        AccessPolicy policyAt = new AccessPolicy(participants, coaching, slots, reference.sites(), clock);

        assertThatThrownBy(() -> policyAt.participant(standIn, participant.id())).isInstanceOf(AccessRefusedException.class);
        clock.advance(Duration.ofDays(2));
        assertThat(policyAt.participant(standIn, participant.id())).isEqualTo(participant);
        clock.advance(Duration.ofDays(1));
        assertThat(policyAt.participant(standIn, participant.id())).isEqualTo(participant);
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> policyAt.participant(standIn, participant.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void staffWhoNeitherCoordinateNorCoachSeeNoParticipant() {
        Participant participant = participantAt(ESKILSTUNA);
        Actor management = new Actor("management-" + UUID.randomUUID(), "Ledning", Set.of(Role.MANAGEMENT, Role.ADMIN),
                Set.of(ESKILSTUNA), null);

        assertThatThrownBy(() -> policy.participant(management, participant.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theCoordinatorOfTheSiteDecidesForAParticipant() {
        Participant participant = participantAt(ESKILSTUNA);

        assertThat(policy.coordinatedParticipant(coordinatorOf(ESKILSTUNA), participant.id())).isEqualTo(participant);
    }

    @Test
    void theirCoachDoesNotDecideForAParticipant() {
        Participant participant = participantAt(ESKILSTUNA);
        Actor coach = coach();
        coaching.assign(participant.id(), coach.accountId(), null, ADMIN);

        assertThatThrownBy(() -> policy.coordinatedParticipant(coach, participant.id())).isInstanceOf(AccessRefusedException.class);
    }

    // --- Reports (aggregates only) ---

    @Test
    void managementCountsAnySiteAndEveryOneWhenNoneIsAsked() {
        Actor management = new Actor("management-" + UUID.randomUUID(), "Ledning", Set.of(Role.MANAGEMENT), Set.of(), null);

        assertThat(policy.reportSites(management, List.of(STRANGNAS))).containsExactly(STRANGNAS);
        assertThat(policy.reportSites(management, null)).contains(ESKILSTUNA, STRANGNAS);
    }

    @Test
    void aCoordinatorCountsTheirOwnSitesOnly() {
        assertThat(policy.reportSites(coordinatorOf(ESKILSTUNA), null)).containsExactly(ESKILSTUNA);
        assertThat(policy.reportSites(coordinatorOf(ESKILSTUNA, STRANGNAS), List.of(STRANGNAS, ESKILSTUNA, STRANGNAS)))
                .containsExactly(ESKILSTUNA, STRANGNAS);
        assertThatThrownBy(() -> policy.reportSites(coordinatorOf(ESKILSTUNA), List.of(STRANGNAS)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> policy.reportSites(coach(), null)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void anUnknownSiteInAReportIsInvalidInput() {
        assertThatThrownBy(() -> policy.reportSites(coordinatorOf(ESKILSTUNA), List.of("uppsala")))
                .isInstanceOf(se.tuna.placement.catalog.error.InvalidInputException.class);
    }

    @Test
    void oneSitesAggregatesAreManagementsAndItsCoordinatorsAndAnUnknownSiteIsNamed() {
        Actor management = new Actor("management-" + UUID.randomUUID(), "Ledning", Set.of(Role.MANAGEMENT), Set.of(), null);

        policy.requireReportSite(management, STRANGNAS);
        policy.requireReportSite(coordinatorOf(ESKILSTUNA), ESKILSTUNA);
        assertThatThrownBy(() -> policy.requireReportSite(coordinatorOf(ESKILSTUNA), STRANGNAS))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> policy.requireReportSite(coach(), ESKILSTUNA)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> policy.requireReportSite(management, "uppsala"))
                .isInstanceOfSatisfying(se.tuna.placement.catalog.error.InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("site"));
    }

    @Test
    void aPersonLevelReportIsACoordinatorsOfTheirOwnSitesAndNeverManagements() {
        Actor management = new Actor("management-" + UUID.randomUUID(), "Ledning", Set.of(Role.MANAGEMENT), Set.of(), null);

        assertThat(policy.personLevelReportSites(coordinatorOf(ESKILSTUNA), null)).containsExactly(ESKILSTUNA);
        assertThatThrownBy(() -> policy.personLevelReportSites(coordinatorOf(ESKILSTUNA), List.of(STRANGNAS)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> policy.personLevelReportSites(management, List.of(STRANGNAS)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> policy.personLevelReportSites(management, null)).isInstanceOf(AccessRefusedException.class);
    }

    // --- Lists of participants ---

    @Test
    void aCoordinatorsListHoldsTheParticipantsOfTheirSitesOnly() {
        Participant eskilstuna = participantAt(ESKILSTUNA);
        Participant strangnas = participantAt(STRANGNAS);
        Participant nykoping = participantAt("nykoping-oxelosund");

        ParticipantQuery query = policy.visibleParticipants(coordinatorOf(ESKILSTUNA, STRANGNAS), null, null);

        assertThat(query.sites()).containsExactlyInAnyOrder(ESKILSTUNA, STRANGNAS);
        assertThat(listed(query)).extracting(Participant::id).contains(eskilstuna.id(), strangnas.id())
                .doesNotContain(nykoping.id());
    }

    @Test
    void aCoordinatorMayNarrowTheListToOneOfTheirSites() {
        Participant eskilstuna = participantAt(ESKILSTUNA);
        Participant strangnas = participantAt(STRANGNAS);

        ParticipantQuery query = policy.visibleParticipants(coordinatorOf(ESKILSTUNA, STRANGNAS), STRANGNAS, null);

        assertThat(listed(query)).extracting(Participant::id).contains(strangnas.id()).doesNotContain(eskilstuna.id());
    }

    @Test
    void aCoordinatorCannotListAnotherSite() {
        assertThatThrownBy(() -> policy.visibleParticipants(coordinatorOf(ESKILSTUNA), STRANGNAS, null))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCoordinatorWithoutSitesListsNone() {
        participantAt(ESKILSTUNA);

        ParticipantQuery query = policy.visibleParticipants(coordinatorOf(), null, null);

        assertThat(listed(query)).isEmpty();
    }

    @Test
    void aCoachsListHoldsTheirOwnParticipantsOnly() {
        Actor coach = coach();
        Participant own = participantAt(ESKILSTUNA);
        Participant othersAtTheSameSite = participantAt(ESKILSTUNA);
        coaching.assign(own.id(), coach.accountId(), null, ADMIN);
        coaching.assign(othersAtTheSameSite.id(), coach().accountId(), null, ADMIN);

        ParticipantQuery query = policy.visibleParticipants(coach, null, null);

        assertThat(listed(query)).extracting(Participant::id).containsExactly(own.id());
    }

    @Test
    void aCoachsListHoldsTheParticipantsOfTheCoachTheyStandInForToday() {
        Actor absent = coach();
        Actor standIn = coach();
        Participant absentsOwn = participantAt(STRANGNAS);
        coaching.assign(absentsOwn.id(), absent.accountId(), null, ADMIN);
        coaching.arrangeStandIn(absent.accountId(), standIn.accountId(), STRANGNAS, today(), today().plusDays(1), ADMIN);

        ParticipantQuery query = policy.visibleParticipants(standIn, null, null);

        assertThat(listed(query)).extracting(Participant::id).containsExactly(absentsOwn.id());
    }

    @Test
    void aStandInTakesOverTheAbsentCoachsParticipantsOfItsOwnSiteOnly() {
        Actor absent = coach();
        Actor standIn = coach();
        Participant atTheStandInsSite = participantAt(ESKILSTUNA);
        Participant elsewhere = participantAt(STRANGNAS);
        coaching.assign(atTheStandInsSite.id(), absent.accountId(), null, ADMIN);
        coaching.assign(elsewhere.id(), absent.accountId(), null, ADMIN);
        coaching.arrangeStandIn(absent.accountId(), standIn.accountId(), ESKILSTUNA, today(), today().plusDays(1), ADMIN);

        assertThat(listed(policy.visibleParticipants(standIn, null, null))).extracting(Participant::id)
                .containsExactly(atTheStandInsSite.id());
        assertThat(policy.participant(standIn, atTheStandInsSite.id())).isEqualTo(atTheStandInsSite);
        assertThatThrownBy(() -> policy.participant(standIn, elsewhere.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCoachSeesNoParticipantOfASiteTheyNoLongerServe() {
        Account coach = AccessFixtures.coach(accounts, ESKILSTUNA, STRANGNAS);
        Participant participant = participantAt(STRANGNAS);
        coaching.assign(participant.id(), coach.id(), null, ADMIN);
        Actor onlyEskilstunaNow = Actor.of(accounts.changeAccess(coach.id(), Set.of(Role.COACH), Set.of(ESKILSTUNA), ADMIN));

        assertThatThrownBy(() -> policy.participant(onlyEskilstunaNow, participant.id())).isInstanceOf(AccessRefusedException.class);
        assertThat(listed(policy.visibleParticipants(onlyEskilstunaNow, null, null))).isEmpty();
    }

    @Test
    void aParticipantIsNeverGivenACoachWhoDoesNotWorkAtTheirSite() {
        Participant participant = participantAt(STRANGNAS);
        Account eskilstunasCoach = AccessFixtures.coach(accounts, ESKILSTUNA);

        assertThatThrownBy(() -> coaching.assign(participant.id(), eskilstunasCoach.id(), null, ADMIN))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> coaching.arrangeStandIn(AccessFixtures.coach(accounts, STRANGNAS).id(), eskilstunasCoach.id(),
                STRANGNAS, today(), today().plusDays(1), ADMIN)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nobodyCoordinatesAnUnknownSite() {
        assertThatThrownBy(() -> policy.requireCoordinatorOf(coordinatorOf(ESKILSTUNA), "atlantis"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCoachsListLeavesOutTheParticipantsOfAStandInThatHasNotBegun() {
        Actor absent = coach();
        Actor standIn = coach();
        Participant absentsOwn = participantAt(STRANGNAS);
        coaching.assign(absentsOwn.id(), absent.accountId(), null, ADMIN);
        coaching.arrangeStandIn(absent.accountId(), standIn.accountId(), STRANGNAS, today().plusDays(1), today().plusDays(2),
                ADMIN);

        ParticipantQuery query = policy.visibleParticipants(standIn, null, null);

        assertThat(listed(query)).isEmpty();
    }

    @Test
    void aCoachWithoutParticipantsListsNone() {
        participantAt(ESKILSTUNA);

        ParticipantQuery query = policy.visibleParticipants(coach(), null, null);

        assertThat(query.ids()).isEmpty();
        assertThat(listed(query)).isEmpty();
    }

    @Test
    void aCoachMayNarrowTheirListBySite() {
        Actor coach = coach();
        Participant eskilstuna = participantAt(ESKILSTUNA);
        Participant strangnas = participantAt(STRANGNAS);
        coaching.assign(eskilstuna.id(), coach.accountId(), null, ADMIN);
        coaching.assign(strangnas.id(), coach.accountId(), null, ADMIN);

        ParticipantQuery query = policy.visibleParticipants(coach, STRANGNAS, null);

        assertThat(listed(query)).extracting(Participant::id).containsExactly(strangnas.id());
    }

    @Test
    void theListIsNarrowedByPhase() {
        Actor coach = coach();
        Participant ready = participantAt(ESKILSTUNA);
        Participant mapping = participantAt(ESKILSTUNA);
        participants.changePhase(mapping.id(), Phase.MAPPING, null);
        coaching.assign(ready.id(), coach.accountId(), null, ADMIN);
        coaching.assign(mapping.id(), coach.accountId(), null, ADMIN);

        ParticipantQuery query = policy.visibleParticipants(coach, null, Phase.MAPPING);

        assertThat(listed(query)).extracting(Participant::id).containsExactly(mapping.id());
    }

    @Test
    void staffWhoNeitherCoordinateNorCoachHaveNoList() {
        Actor management = new Actor("management-" + UUID.randomUUID(), "Ledning", Set.of(Role.MANAGEMENT), Set.of(), null);

        assertThatThrownBy(() -> policy.visibleParticipants(management, null, null)).isInstanceOf(AccessRefusedException.class);
    }

    // --- Plans ---

    @Test
    void aPlanCoversAllTheCoordinatorsSitesWhenNoneAreAsked() {
        assertThat(policy.planSites(coordinatorOf(ESKILSTUNA, STRANGNAS), Set.of()))
                .containsExactlyInAnyOrder(ESKILSTUNA, STRANGNAS);
        assertThat(policy.planSites(coordinatorOf(ESKILSTUNA, STRANGNAS), null))
                .containsExactlyInAnyOrder(ESKILSTUNA, STRANGNAS);
    }

    @Test
    void aPlanCoversTheSitesAskedFor() {
        assertThat(policy.planSites(coordinatorOf(ESKILSTUNA, STRANGNAS), Set.of(STRANGNAS))).containsExactly(STRANGNAS);
    }

    @Test
    void aPlanCannotCoverASiteTheCoordinatorDoesNotCoordinate() {
        assertThatThrownBy(() -> policy.planSites(coordinatorOf(ESKILSTUNA), Set.of(ESKILSTUNA, STRANGNAS)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCoordinatorWithoutSitesCannotPlan() {
        assertThatThrownBy(() -> policy.planSites(coordinatorOf(), Set.of())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCoachCannotPlan() {
        Actor coach = new Actor("coach-" + UUID.randomUUID(), "Coach", Set.of(Role.COACH), Set.of(ESKILSTUNA), null);

        assertThatThrownBy(() -> policy.planSites(coach, null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> policy.planSites(coach, Set.of(ESKILSTUNA))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCoordinatorOfEveryOneOfAPlansSitesMayOpenIt() {
        assertThatCode(() -> policy.requirePlan(coordinatorOf(ESKILSTUNA, STRANGNAS), Set.of(ESKILSTUNA)))
                .doesNotThrowAnyException();
    }

    @Test
    void aPlanWithASiteTheCoordinatorDoesNotCoordinateIsRefused() {
        assertThatThrownBy(() -> policy.requirePlan(coordinatorOf(ESKILSTUNA), Set.of(ESKILSTUNA, STRANGNAS)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCoachMayNotOpenAPlan() {
        Actor coach = new Actor("coach-" + UUID.randomUUID(), "Coach", Set.of(Role.COACH), Set.of(ESKILSTUNA), null);

        assertThatThrownBy(() -> policy.requirePlan(coach, Set.of(ESKILSTUNA))).isInstanceOf(AccessRefusedException.class);
    }

    // --- Employers and slots ---

    @Test
    void aSupervisorReachesTheirOwnEmployer() {
        assertThatCode(() -> policy.requireEmployer(supervisorOf(employer), employer.id())).doesNotThrowAnyException();
    }

    @Test
    void aSupervisorIsRefusedAnotherEmployer() {
        Employer other = AccessFixtures.employer(employerService);

        assertThatThrownBy(() -> policy.requireEmployer(supervisorOf(employer), other.id()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void staffReachEveryEmployer() {
        assertThatCode(() -> policy.requireEmployer(coordinatorOf(ESKILSTUNA), employer.id())).doesNotThrowAnyException();
    }

    @Test
    void aSupervisorReachesTheirEmployersSlots() {
        String slotId = slots.register(employer.id(), CatalogFixtures.warehouseSlot()).slot().id();

        assertThatCode(() -> policy.requireSlot(supervisorOf(employer), slotId)).doesNotThrowAnyException();
    }

    @Test
    void aSupervisorIsRefusedAnotherEmployersSlot() {
        Employer other = AccessFixtures.employer(employerService);
        String othersSlot = slots.register(other.id(), CatalogFixtures.warehouseSlot()).slot().id();

        assertThatThrownBy(() -> policy.requireSlot(supervisorOf(employer), othersSlot))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void staffReachEverySlot() {
        String slotId = slots.register(employer.id(), CatalogFixtures.warehouseSlot()).slot().id();

        assertThatCode(() -> policy.requireSlot(coordinatorOf(STRANGNAS), slotId)).doesNotThrowAnyException();
    }

    // --- Fixtures ---

    private Participant participantAt(String site) {
        return participants.register(ParticipantFixtures.draft().id(ParticipantFixtures.freshId()).site(site).build());
    }

    /** An actor coordinating these sites; the policy reads no account, so none is stored. */
    private static Actor coordinatorOf(String... sites) {
        return new Actor("coordinator-" + UUID.randomUUID(), "Samordnare", Set.of(Role.COORDINATOR), Set.of(sites), null);
    }

    /** A stored coach account (the coach directory reads it when the coach is assigned), as the actor it signs in as. */
    private Actor coach() {
        return Actor.of(AccessFixtures.coach(accounts, ESKILSTUNA, STRANGNAS));
    }

    private static Actor supervisorOf(Employer employer) {
        return new Actor("supervisor-" + UUID.randomUUID(), "Handledare", Set.of(Role.SUPERVISOR), Set.of(), employer.id());
    }

    private List<Participant> listed(ParticipantQuery query) {
        return participants.list(query, 0, 1_000).items();
    }

    private static LocalDate today() {
        return LocalDate.now(ParticipantRules.PROGRAMME_ZONE);
    }
}
