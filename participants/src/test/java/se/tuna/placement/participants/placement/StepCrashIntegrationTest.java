package se.tuna.placement.participants.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.SlotChanges;
import se.tuna.placement.catalog.store.SlotDocumentMapper;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.participants.ParticipantsTestWiring;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantDocumentMapper;
import se.tuna.placement.participants.participant.ParticipantFixtures;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.participant.StoredParticipant;
import se.tuna.placement.participants.placement.ReconciliationReport.Reason;
import se.tuna.placement.participants.placement.ReconciliationReport.Unresolved;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.SeatEffect;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.stint.StintLengths;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.participants.stint.PlacementPhases;
import se.tuna.placement.participants.stint.StintService;

/**
 * The seat belongs to the placement, even when a step is cut short: every step of the path is
 * taken with a failure injected at each of its writes in turn (the placement's create, replace,
 * keep and delete, every seat booking call, the participant's phase), as a crash between two writes
 * would leave it; then, as after a restart, fresh objects on the same indices run the
 * reconciliation, and the seat's holder, its kind and end day, the claim the placement names and
 * the participant's phase are what the placement's path says.
 */
@RealElasticsearch
@SpringJUnitConfig(StepCrashIntegrationTest.Wiring.class)
class StepCrashIntegrationTest {

    private static final DecidedBy SARA = PlacementFixtures.SARA;
    private static final String ACCOUNT = SARA.accountId();
    private static final LocalDate TODAY = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);

    @Configuration(proxyBeanMethods = false)
    @Import(ParticipantsTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(StepCrashIntegrationTest.class));
        }
    }

    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexNames names;
    @Autowired
    Clock clock;
    @Autowired
    ReferenceData reference;
    @Autowired
    SlotDocumentMapper slotMapper;
    @Autowired
    ParticipantDocumentMapper participantMapper;
    @Autowired
    SlotRepository slotRepository;
    @Autowired
    SlotChanges slotChanges;
    @Autowired
    EmployerRepository employerRepository;
    @Autowired
    PlacementService placements;
    @Autowired
    PlacementRepository repository;
    @Autowired
    ParticipantService participants;
    @Autowired
    ParticipantRepository participantRepository;
    @Autowired
    EmployerService employers;
    @Autowired
    SlotService slots;
    @Autowired
    SeatBooking booking;
    @Autowired
    StintLengths stintLengths;
    @Autowired
    StintService stints;
    @Autowired
    StintRepository stintRepository;

    /** A participant waiting for a place and a slot with one seat, their own. */
    record Subject(String participantId, String slotId) {
        String placementId() {
            return PlacementService.idFor(participantId);
        }
    }

    /** A step taken on a placement brought to where it allows it; {@code movesSeatOrPhase} if cutting it short can leave them wrong. */
    record StepCase(String name, BiConsumer<PlacementService, Subject> before, BiConsumer<PlacementService, Subject> step,
            boolean movesSeatOrPhase) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<StepCase> steps() {
        return Stream.of(
                new StepCase("book a study visit", (service, s) -> { }, StepCrashIntegrationTest::book, true),
                new StepCase("book a study visit after an ended placement", (service, s) -> {
                    book(service, s);
                    service.answer(s.placementId(), VisitAnswer.no(TODAY, "För långt"), ACCOUNT);
                }, StepCrashIntegrationTest::book, true),
                new StepCase("answer yes", StepCrashIntegrationTest::book,
                        (service, s) -> service.answer(s.placementId(), VisitAnswer.yes(TODAY), ACCOUNT), true),
                new StepCase("answer no", StepCrashIntegrationTest::book,
                        (service, s) -> service.answer(s.placementId(), VisitAnswer.no(TODAY, "För långt"), ACCOUNT), true),
                new StepCase("start the trial", StepCrashIntegrationTest::agreed, StepCrashIntegrationTest::startTrial, false),
                new StepCase("extend", StepCrashIntegrationTest::inTrial,
                        (service, s) -> service.extend(s.placementId(), TODAY, PlacementFixtures.EIGHT_HOURS, ACCOUNT), false),
                ending("end for work", new Ending.WorkOrStudies(Ending.Destination.WORK)),
                ending("end with a failed trial", new Ending.FailedTrial("För högljutt")),
                ending("end as moved to another slot", new Ending.Moved()),
                ending("end with a hand-over to AF", new Ending.HandedOverToAf(TODAY.plusDays(60))),
                new StepCase("correct: take back the yes", StepCrashIntegrationTest::agreed, StepCrashIntegrationTest::correct, true),
                new StepCase("correct: take back the no", (service, s) -> {
                    book(service, s);
                    service.answer(s.placementId(), VisitAnswer.no(TODAY, "För långt"), ACCOUNT);
                }, StepCrashIntegrationTest::correct, true),
                new StepCase("correct: take back the hand-over to AF", (service, s) -> {
                    inTrial(service, s);
                    service.end(s.placementId(), TODAY, new Ending.HandedOverToAf(TODAY.plusDays(60)), ACCOUNT);
                }, StepCrashIntegrationTest::correct, true),
                new StepCase("correct: take back the study visit", StepCrashIntegrationTest::book, StepCrashIntegrationTest::correct,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void aStepCutShortAtAnyOfItsWritesLeavesSeatAndPlacementAgreeingAfterTheReconciliation(StepCase step) {
        List<String> leftWrong = new ArrayList<>();
        int failAt = 1;
        while (true) {
            Subject subject = subject();
            step.before().accept(placements, subject);
            Crash crash = new Crash(failAt);
            try {
                step.step().accept(crashing(crash), subject);
            } catch (SimulatedCrash expected) {
                // The step stopped here, as a crash would stop it.
            }
            if (crash.at() == null) {
                assertThat(disagreements(subject)).as("%s with no failure", step).isEmpty();
                break;
            }
            // A restart: new objects on the same indices, and the reconciliation runs.
            if (!disagreements(subject).isEmpty()) {
                leftWrong.add(crash.at());
            }
            ReconciliationReport report = reconciliation().run();

            assertThat(disagreements(subject)).as("%s cut short at write %d (%s)", step, failAt, crash.at()).isEmpty();
            assertThat(report.needsCoordinator()).extracting(Unresolved::placementId).doesNotContain(subject.placementId());
            assertThat(reconciliation().run().repairs()).as("a second run right after").isZero();
            failAt++;
        }
        assertThat(failAt).as("writes of %s", step).isGreaterThan(2);
        if (step.movesSeatOrPhase()) {
            // Without the reconciliation some cut leaves them wrong: the test would fail without it.
            assertThat(leftWrong).as("cuts of %s that left the seat or the phase wrong", step).isNotEmpty();
        }
    }

    @Test
    void aStudyVisitBookedAgainAfterACrashWhenTheSlotHasFilledMeanwhileIsTakenBack() {
        Subject subject = subject();
        crashAtTheHold(subject);
        booking.book(subject.slotId(), "someone-else");

        assertThatThrownBy(() -> book(placements, subject)).isInstanceOf(ConflictException.class);

        assertThat(repository.find(subject.placementId())).isEmpty();
        assertThat(booking.activeClaims(subject.slotId())).extracting(SeatClaim::reference).containsExactly("someone-else");
        assertThat(participants.get(subject.participantId()).phase()).isEqualTo(Phase.READY);
    }

    @Test
    void aPlacementWhoseSeatWentToSomeoneElseIsReportedForACoordinator() {
        Subject subject = subject();
        crashAtTheHold(subject);
        booking.book(subject.slotId(), "someone-else");

        ReconciliationReport report = reconciliation().run();

        assertThat(report.needsCoordinator()).contains(new Unresolved(subject.placementId(), subject.slotId(), Reason.NO_FREE_SEAT));
        assertThat(booking.activeClaims(subject.slotId())).extracting(SeatClaim::reference).containsExactly("someone-else");
        placements.correct(subject.placementId(), TODAY, "Platsen gick till en annan", ACCOUNT);
    }

    @Test
    void aSeatClaimedForAPlacementThatDoesNotExistIsReleasedAndOthersAreLeftAlone() {
        String slot = slot();
        String noPlacement = PlacementService.idFor(ParticipantFixtures.freshId());
        booking.book(slot, noPlacement);
        String otherSlot = slot();
        booking.book(otherSlot, "someone-else");

        ReconciliationReport report = reconciliation().run();

        assertThat(report.orphanClaimsReleased()).isPositive();
        assertThat(booking.activeClaims(slot)).isEmpty();
        assertThat(booking.activeClaims(otherSlot)).extracting(SeatClaim::reference).containsExactly("someone-else");
    }

    @Test
    void aBookingAfterTheHoldWentIsTheClaimThePlacementNames() {
        Subject subject = subject();
        book(placements, subject);
        String held = repository.find(subject.placementId()).orElseThrow().seatClaimId();
        booking.releaseFor(subject.slotId(), subject.placementId());

        Placement agreed = placements.answer(subject.placementId(), VisitAnswer.yes(TODAY), ACCOUNT);

        SeatClaim booked = booking.activeClaims(subject.slotId()).get(0);
        assertThat(booked.id()).isNotEqualTo(held);
        assertThat(agreed.seatClaimId()).isEqualTo(booked.id());
        assertThat(repository.find(subject.placementId()).orElseThrow().seatClaimId()).isEqualTo(booked.id());
    }

    @Test
    void aStepTakenWhileTheReconciliationWorksThroughAPageIsNotUndone() {
        Subject subject = subject();
        inTrial(placements, subject);
        booking.releaseFor(subject.slotId(), subject.placementId());
        // The page shows the trial without its seat; the participant leaves for work before the run gets to it.
        PlacementRepository readingBeforeTheEnd = new PlacementRepository(client, names,
                new PlacementDocumentMapperImpl(slotMapper, new PathDocumentMapperImpl(slotMapper))) {
            @Override
            public List<Placement> pageAfter(String afterId, int size) {
                List<Placement> page = super.pageAfter(afterId, size);
                if (page.stream().anyMatch(placement -> placement.id().equals(subject.placementId()))) {
                    placements.end(subject.placementId(), TODAY, new Ending.WorkOrStudies(Ending.Destination.WORK), ACCOUNT);
                }
                return page;
            }
        };
        PlacementService restarted = new PlacementService(readingBeforeTheEnd, booking, slots, participants, stints, stintLengths, clock);

        new SeatReconciliation(readingBeforeTheEnd, restarted, booking, participantRepository, clock, Duration.ZERO).run();

        assertThat(booking.activeClaims(subject.slotId())).isEmpty();
        assertThat(participants.get(subject.participantId()).phase()).isEqualTo(Phase.EXITED);
        assertThat(disagreements(subject)).isEmpty();
    }

    /** Books a study visit and cuts it short right after the placement is stored, before its seat is held. */
    private void crashAtTheHold(Subject subject) {
        assertThatThrownBy(() -> book(crashing(new Crash(2)), subject)).isInstanceOf(SimulatedCrash.class);
        assertThat(repository.find(subject.placementId())).isPresent();
        assertThat(booking.activeClaims(subject.slotId())).isEmpty();
    }

    /** What differs between the subject's seat and phase and what its placement's path says; empty when they agree. */
    private List<String> disagreements(Subject subject) {
        List<String> found = new ArrayList<>();
        List<SeatClaim> claims = booking.activeClaims(subject.slotId());
        Optional<Placement> placement = repository.find(subject.placementId());
        Optional<SeatEffect> seat = placement.map(p -> p.path().seat()).filter(StepCrashIntegrationTest::takesSeatNow);
        if (seat.isEmpty()) {
            if (!claims.isEmpty()) {
                found.add("seat held by " + claims.stream().map(SeatClaim::reference).toList() + " for no path that needs it");
            }
        } else if (claims.size() != 1 || !claims.get(0).reference().equals(subject.placementId())) {
            found.add("seat held by " + claims.stream().map(SeatClaim::reference).toList() + ", not by its placement");
        } else {
            SeatClaim claim = claims.get(0);
            if (!(kindOf(seat.get()) == claim.kind() && Optional.ofNullable(lastDayOf(seat.get())).equals(lastDayOf(claim)))) {
                found.add("seat is " + claim.kind() + " through " + lastDayOf(claim) + ", the path says " + seat.get());
            }
            if (!claim.id().equals(placement.get().seatClaimId())) {
                found.add("placement names claim " + placement.get().seatClaimId() + ", its seat is " + claim.id());
            }
        }
        Phase expected = placement.map(StepCrashIntegrationTest::phaseOf).orElse(Phase.READY);
        Phase phase = participants.get(subject.participantId()).phase();
        if (phase != expected) {
            found.add("participant is " + phase + ", the path says " + expected);
        }
        return found;
    }

    private static boolean takesSeatNow(SeatEffect seat) {
        return seat instanceof SeatEffect.Book || lastDayOf(seat) != null && !lastDayOf(seat).isBefore(TODAY);
    }

    private static SeatClaim.Kind kindOf(SeatEffect seat) {
        return seat instanceof SeatEffect.Hold ? SeatClaim.Kind.HOLD
                : seat instanceof SeatEffect.HandOverToAf ? SeatClaim.Kind.AF_HANDOVER : SeatClaim.Kind.BOOKING;
    }

    private static LocalDate lastDayOf(SeatEffect seat) {
        return seat instanceof SeatEffect.Hold hold ? hold.until()
                : seat instanceof SeatEffect.HandOverToAf handOver ? handOver.until() : null;
    }

    private static Optional<LocalDate> lastDayOf(SeatClaim claim) {
        return Optional.ofNullable(claim.expiresAt())
                .map(lapse -> LocalDate.ofInstant(lapse.minusSeconds(1), ParticipantRules.PROGRAMME_ZONE));
    }

    private static Phase phaseOf(Placement placement) {
        return switch (placement.path().standing()) {
            case STUDY_VISIT -> Phase.STUDY_VISIT;
            case WAITING -> Phase.READY;
            case IN_TRAINING -> Phase.PLACED;
            case EXITED -> Phase.EXITED;
        };
    }

    /** The reconciliation as a restarted service builds it, leaving no claim alone for its age. */
    private SeatReconciliation reconciliation() {
        PlacementService restarted = new PlacementService(repository, booking, slots, participants, stints, stintLengths, clock);
        return new SeatReconciliation(repository, restarted, booking, participantRepository, clock, Duration.ZERO);
    }

    /** The placement service on stores that fail at the write {@code crash} names, and work before it. */
    private PlacementService crashing(Crash crash) {
        PlacementRepository crashingPlacements = new PlacementRepository(client, names,
                new PlacementDocumentMapperImpl(slotMapper, new PathDocumentMapperImpl(slotMapper))) {
            @Override
            public void create(Placement placement) {
                crash.write("placement create");
                super.create(placement);
            }

            @Override
            public void replace(Placement placement) {
                crash.write("placement replace");
                super.replace(placement);
            }

            @Override
            public void replace(Placement placement, Versioned<Placement> read) {
                crash.write("placement replace if unchanged");
                super.replace(placement, read);
            }

            @Override
            public void keepEnded(Placement ended) {
                crash.write("placement keepEnded");
                super.keepEnded(ended);
            }

            @Override
            public void delete(String id) {
                crash.write("placement delete");
                super.delete(id);
            }
        };
        SeatBooking crashingBooking = new SeatBooking(slotRepository, slotChanges, clock) {
            @Override
            public SeatClaim hold(String slotId, String reference, Duration duration) {
                crash.write("seat hold");
                return super.hold(slotId, reference, duration);
            }

            @Override
            public SeatClaim book(String slotId, String reference) {
                crash.write("seat book");
                return super.book(slotId, reference);
            }

            @Override
            public SeatClaim holdThrough(String slotId, String reference, LocalDate until) {
                crash.write("seat holdThrough");
                return super.holdThrough(slotId, reference, until);
            }

            @Override
            public SeatClaim handOverToAf(String slotId, String reference, LocalDate until) {
                crash.write("seat handOverToAf");
                return super.handOverToAf(slotId, reference, until);
            }

            @Override
            public void releaseFor(String slotId, String reference) {
                crash.write("seat releaseFor");
                super.releaseFor(slotId, reference);
            }

            @Override
            public void release(String slotId, String claimId) {
                crash.write("seat release");
                super.release(slotId, claimId);
            }
        };
        ParticipantRepository crashingParticipants = new ParticipantRepository(client, names, participantMapper, clock) {
            @Override
            public StoredParticipant replace(Participant participant, Versioned<StoredParticipant> read) {
                crash.write("participant phase");
                return super.replace(participant, read);
            }
        };
        ParticipantService participantService = new ParticipantService(crashingParticipants, employerRepository,
                new ParticipantRules(reference.occupations(), reference.sites(), clock), reference.localities(), clock);
        // The participants here have no stint, so the stints are never written; their participant writes would crash too.
        StintService stintService = new StintService(stintRepository, participantService,
                new ParticipantRules(reference.occupations(), reference.sites(), clock), PlacementPhases.NONE, clock);
        return new PlacementService(crashingPlacements, crashingBooking, slots, participantService, stintService, stintLengths, clock);
    }

    /** Counts a step's writes and fails the one numbered {@code failAt}, before it is made. */
    private static final class Crash {
        private final int failAt;
        private int writes;
        private String at;

        Crash(int failAt) {
            this.failAt = failAt;
        }

        void write(String what) {
            writes++;
            if (writes == failAt) {
                at = what;
                throw new SimulatedCrash(what);
            }
        }

        /** The write that failed; {@code null} if the step made fewer. */
        String at() {
            return at;
        }
    }

    private static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String write) {
            super("crashed before " + write);
        }
    }

    private Subject subject() {
        return new Subject(participants.register(ParticipantFixtures.participant()).id(), slot());
    }

    private String slot() {
        String employer = employers.register(CatalogFixtures.employer(CatalogFixtures.freshOrganisationNumber(), "Stegvis AB")).id();
        return slots.register(employer, CatalogFixtures.warehouseSlot()).slot().id();
    }

    private static StepCase ending(String name, Ending ending) {
        return new StepCase(name, StepCrashIntegrationTest::inTrial, (service, s) -> service.end(s.placementId(), TODAY, ending, ACCOUNT),
                true);
    }

    private static void book(PlacementService service, Subject subject) {
        service.bookStudyVisit(subject.participantId(), subject.slotId(), TODAY.atTime(10, 0), SARA, null);
    }

    private static void agreed(PlacementService service, Subject subject) {
        book(service, subject);
        service.answer(subject.placementId(), VisitAnswer.yes(TODAY), ACCOUNT);
    }

    private static void startTrial(PlacementService service, Subject subject) {
        service.startTrial(subject.placementId(), DateSpan.starting(TODAY, PlacementPath.TRIAL_LENGTH), PlacementFixtures.EIGHT_HOURS, ACCOUNT);
    }

    private static void inTrial(PlacementService service, Subject subject) {
        agreed(service, subject);
        startTrial(service, subject);
    }

    private static void correct(PlacementService service, Subject subject) {
        service.correct(subject.placementId(), TODAY, "Fel steg", ACCOUNT);
    }
}
