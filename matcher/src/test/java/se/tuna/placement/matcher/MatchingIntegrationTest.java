package se.tuna.placement.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.NoFreeSeatException;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.matcher.explain.CriterionResult;
import se.tuna.placement.matcher.explain.CriterionStatus;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.matcher.plan.PlanResult;
import se.tuna.placement.matcher.plan.PlanService;
import se.tuna.placement.matcher.plan.PlanStatus;
import se.tuna.placement.matcher.plan.PlannedAssignment;
import se.tuna.placement.matcher.planning.PlanningFixtures;
import se.tuna.placement.matcher.suggest.Suggestion;
import se.tuna.placement.matcher.suggest.SuggestionService;

/** Suggestions and plans end to end: real Elasticsearch, the real solver, the production wiring. */
@RealElasticsearch
@SpringJUnitConfig(MatchingIntegrationTest.Wiring.class)
@TestPropertySource(properties = {"tuna.planning.unimproved-seconds=2", "tuna.planning.seconds-spent-limit=60"})
class MatchingIntegrationTest {

    private static final DecidedBy SARA = new DecidedBy("account-sara", "Samordnare Sara");
    private static final LocalDateTime STUDY_VISIT = LocalDate.now().plusDays(3).atTime(10, 0);

    @Configuration(proxyBeanMethods = false)
    @Import(MatcherTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(MatchingIntegrationTest.class));
        }
    }

    @Autowired
    EmployerService employers;
    @Autowired
    SlotService slots;
    @Autowired
    SeatBooking booking;
    @Autowired
    ParticipantService participants;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    PlanService plans;
    @Autowired
    PlacementService placementService;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    IndexNames names;

    Employer employer;

    @BeforeEach
    void registerEmployer() {
        employer = employers.register(CatalogFixtures.employer(CatalogFixtures.freshOrganisationNumber(), "Lagercentralen AB"));
    }

    @Test
    void aSlotWhoseDemandsConflictWithALimitationIsNeverSuggested() {
        TrainingSlot fitting = register(CatalogFixtures.warehouseSlot(), 2);
        TrainingSlot withCustomers = register(demanding(CatalogFixtures.warehouseSlot(), WorkDemand.CUSTOMER_CONTACT), 2);
        Participant participant = participants.register(noCustomerContact(PlanningFixtures.participant(freshParticipantId())));

        List<String> suggested = suggestions.suggest(participant.id(), 20).suggestions().stream()
                .map(suggestion -> suggestion.slot().id()).toList();

        assertThat(suggested).contains(fitting.id()).doesNotContain(withCustomers.id());
    }

    @Test
    void aSlotWithNoFreeSeatIsNeverSuggested() {
        TrainingSlot open = register(CatalogFixtures.warehouseSlot(), 1);
        TrainingSlot full = register(CatalogFixtures.warehouseSlot(), 1);
        booking.book(full.id(), "someone-else");
        Participant participant = participants.register(PlanningFixtures.participant(freshParticipantId()));

        List<Suggestion> ranked = suggestions.suggest(participant.id(), 20).suggestions();

        assertThat(ranked).extracting(suggestion -> suggestion.slot().id()).contains(open.id()).doesNotContain(full.id());
        // The full slot is no candidate, yet its booking counts in its employer's load.
        Suggestion atOpen = ranked.stream().filter(s -> s.slot().id().equals(open.id())).findFirst().orElseThrow();
        assertThat(atOpen.explanation().criteria()).filteredOn(line -> line.label().equals("Arbetsgivarens belastning"))
                .singleElement().satisfies(line -> {
                    assertThat(line.status()).isEqualTo(CriterionStatus.PARTLY);
                    assertThat(line.detail()).contains("har redan 1 deltagare");
                });
    }

    @Test
    void aSlotEndingBeforeAPlacementCouldStartIsNotSuggested() {
        TrainingSlot lasting = register(CatalogFixtures.warehouseSlot(), 1);
        TrainingSlot s = CatalogFixtures.warehouseSlot();
        TrainingSlot endingSoon = slots.register(employer.id(), new TrainingSlot(null, null, s.title(), s.tasks(),
                s.occupationCode(), s.locality(), s.coordinates(), s.sites(), s.hours(), s.schedule(), 1,
                LocalDate.of(2026, 1, 1), LocalDate.now().plusDays(3), s.demands(), s.heaviestLiftKg(), s.support(),
                s.accessibility(), s.supervisor(), s.status(), null)).slot();
        Participant participant = participants.register(PlanningFixtures.participant(freshParticipantId()));

        List<String> suggested = suggestions.suggest(participant.id(), 20).suggestions().stream()
                .map(suggestion -> suggestion.slot().id()).toList();

        assertThat(suggested).contains(lasting.id()).doesNotContain(endingSoon.id());
    }

    @Test
    void suggestionsAreRankedByTheModelAndExplainedRuleByRule() {
        register(CatalogFixtures.warehouseSlot(), 1);
        Participant participant = participants.register(PlanningFixtures.participant(freshParticipantId()));

        List<Suggestion> ranked = suggestions.suggest(participant.id(), 10).suggestions();

        assertThat(ranked).isNotEmpty();
        assertThat(ranked).extracting(Suggestion::softScore).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        List<CriterionResult> checklist = ranked.get(0).explanation().criteria();
        assertThat(checklist).extracting(CriterionResult::label)
                .contains("Lediga platser", "Begränsningar och krav", "Timmar vid start", "Dagar och tider",
                        "Restid inom gränsen", "Yrke och intressen");
        assertThat(checklist).allSatisfy(line -> assertThat(line.detail()).isNotBlank());
        assertThat(checklist).filteredOn(line -> line.label().equals("Yrke och intressen"))
                .extracting(CriterionResult::status).containsExactly(CriterionStatus.MET);
        assertThat(checklist).filteredOn(line -> line.label().equals("Tidigare provtider"))
                .extracting(CriterionResult::status).containsExactly(CriterionStatus.UNKNOWN);
    }

    @Test
    void aPlanIsSolvedDecidedAndSolvedAgainAroundTheDecision() {
        TrainingSlot slot = register(CatalogFixtures.warehouseSlot(), 3);
        Participant first = participants.register(PlanningFixtures.participant(freshParticipantId()));
        participants.register(PlanningFixtures.participant(freshParticipantId()));

        String jobId = plans.start(Set.of("eskilstuna"), "Samordnare Sara").jobId();
        awaitFinished(jobId);
        PlanResult plan = plans.result(jobId);
        PlannedAssignment firstLine = lineOf(plan, first.id());
        assertThat(firstLine.slot()).isNotNull();
        assertThat(firstLine.explanation().feasible()).isTrue();

        PlannedAssignment decided = plans.decide(jobId, first.id(), STUDY_VISIT, SARA);

        assertThat(decided.decided()).isTrue();
        // The plan may choose a slot other tests of this class also hold seats at: look at this placement's own.
        assertThat(booking.activeClaims(decided.slot().id()))
                .filteredOn(claim -> claim.reference().equals(PlacementService.idFor(first.id()))).singleElement()
                .satisfies(claim -> assertThat(claim.kind()).isEqualTo(SeatClaim.Kind.HOLD));
        // On their way to a study visit, with a seat held: off the waiting list until the answer.
        assertThat(participants.get(first.id()).phase()).isEqualTo(Phase.STUDY_VISIT);

        plans.resolve(jobId);
        awaitFinished(jobId);
        PlannedAssignment afterResolve = lineOf(plans.result(jobId), first.id());
        assertThat(afterResolve.decided()).isTrue();
        assertThat(afterResolve.slot().id()).isEqualTo(decided.slot().id());
        assertThat(slot.id()).isNotNull();
    }

    @Test
    void solvingAgainReadsTheSeatsAsTheyAreNowAndCountsTheDecidedOnesOwnHoldAsTheirs() {
        for (int i = 0; i < 3; i++) {
            register(CatalogFixtures.warehouseSlot(), 1);
        }
        Participant decided = participants.register(PlanningFixtures.participant(freshParticipantId()));
        Participant open = participants.register(PlanningFixtures.participant(freshParticipantId()));
        String jobId = plans.start(Set.of("eskilstuna"), "Samordnare Sara").jobId();
        awaitFinished(jobId);
        String decidedSlot = plans.decide(jobId, decided.id(), STUDY_VISIT, SARA).slot().id();
        String openSlot = lineOf(plans.result(jobId), open.id()).slot().id();
        // Since the plan was made, others take every seat left at both slots.
        takeEveryFreeSeat(decidedSlot);
        takeEveryFreeSeat(openSlot);

        plans.resolve(jobId);
        awaitFinished(jobId);

        PlanResult again = plans.result(jobId);
        PlannedAssignment stillDecided = lineOf(again, decided.id());
        assertThat(stillDecided.slot().id()).isEqualTo(decidedSlot);
        assertThat(stillDecided.explanation().feasible()).as("the decided placement's own hold is its seat").isTrue();
        PlannedAssignment moved = lineOf(again, open.id());
        assertThat(moved.slot()).as("a slot with a seat free now").isNotNull()
                .extracting(TrainingSlot::id).isNotIn(openSlot, decidedSlot);
        assertThat(moved.explanation().feasible()).isTrue();
    }

    @Test
    void aParticipantGetsOnePlacementAndBookingItAgainTakesNoSecondSeat() {
        TrainingSlot first = register(CatalogFixtures.warehouseSlot(), 2);
        TrainingSlot second = register(CatalogFixtures.warehouseSlot(), 2);
        Participant participant = participants.register(PlanningFixtures.participant(freshParticipantId()));

        Placement decided = placementService.bookStudyVisit(participant.id(), first.id(), STUDY_VISIT, SARA, null);
        Placement again = placementService.bookStudyVisit(participant.id(), first.id(), STUDY_VISIT, SARA, null);

        assertThat(again).isEqualTo(decided);
        assertThat(decided.decidedBy()).isEqualTo(SARA.accountId());
        assertThat(decided.decidedByName()).isEqualTo(SARA.name());
        assertThat(booking.activeClaims(first.id())).hasSize(1);
        assertThatThrownBy(() -> placementService.bookStudyVisit(participant.id(), second.id(), STUDY_VISIT, SARA, null))
                .isInstanceOf(ConflictException.class);
        assertThat(booking.activeClaims(second.id())).isEmpty();
    }

    @Test
    void aStudyVisitAtAFullSlotIsRefusedWithoutWritingAPlacementAndTheParticipantKeepsWaiting() throws IOException {
        TrainingSlot full = register(CatalogFixtures.warehouseSlot(), 1);
        booking.book(full.id(), "someone-else");
        Participant participant = participants.register(PlanningFixtures.participant(freshParticipantId()));
        long placementWritesBefore = placementWrites();

        assertThatThrownBy(() -> placementService.bookStudyVisit(participant.id(), full.id(), STUDY_VISIT, SARA, null))
                .isInstanceOf(NoFreeSeatException.class);

        assertThat(placementWrites()).as("placements written or deleted by the refused study visit").isEqualTo(placementWritesBefore);

        assertThat(participants.get(participant.id()).phase()).isEqualTo(Phase.READY);
        TrainingSlot other = register(CatalogFixtures.warehouseSlot(), 1);
        assertThat(placementService.bookStudyVisit(participant.id(), other.id(), STUDY_VISIT, SARA, null).slotId()).isEqualTo(other.id());
    }

    private void takeEveryFreeSeat(String slotId) {
        int free = slots.get(slotId).slot().freeSeats(Instant.now());
        for (int i = 0; i < free; i++) {
            booking.book(slotId, "someone-else-" + UUID.randomUUID());
        }
    }

    /** Every write and delete the placements' index has had, counted as it is done: one written and taken back counts. */
    private long placementWrites() throws IOException {
        return elasticsearch.indices().stats(s -> s.index(names.alias(PlacementRepository.PLACEMENTS)).metric("indexing"))
                .indices().values().stream()
                .mapToLong(index -> index.primaries().indexing().indexTotal() + index.primaries().indexing().deleteTotal())
                .sum();
    }

    private void awaitFinished(String jobId) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> plans.progress(jobId).status(), status -> status == PlanStatus.FINISHED || status == PlanStatus.FAILED);
        assertThat(plans.progress(jobId).status()).isEqualTo(PlanStatus.FINISHED);
    }

    private static PlannedAssignment lineOf(PlanResult plan, String participantId) {
        return plan.assignments().stream().filter(line -> line.participantId().equals(participantId)).findFirst().orElseThrow();
    }

    private TrainingSlot register(TrainingSlot draft, int seats) {
        TrainingSlot s = draft;
        return slots.register(employer.id(), new TrainingSlot(s.id(), s.employerId(), s.title(), s.tasks(), s.occupationCode(),
                s.locality(), s.coordinates(), s.sites(), s.hours(), s.schedule(), seats, LocalDate.of(2026, 1, 1), null,
                s.demands(), s.heaviestLiftKg(), s.support(), s.accessibility(), s.supervisor(), s.status(), null)).slot();
    }

    private static TrainingSlot demanding(TrainingSlot s, WorkDemand... demands) {
        return new TrainingSlot(s.id(), s.employerId(), s.title(), s.tasks(), s.occupationCode(), s.locality(), s.coordinates(),
                s.sites(), s.hours(), s.schedule(), s.seats(), s.availableFrom(), s.availableUntil(), Set.of(demands),
                s.heaviestLiftKg(), s.support(), s.accessibility(), s.supervisor(), s.status(), s.seatClaims());
    }

    private static Participant noCustomerContact(Participant p) {
        return PlanningFixtures.withLimitations(p, null, FunctionalLimitation.NO_CUSTOMER_CONTACT);
    }

    private static String freshParticipantId() {
        return "D-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase();
    }
}
