package se.tuna.placement.participants.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.participants.ParticipantsTestWiring;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantFixtures;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.placement.path.VisitAnswer;

/**
 * The path run by the service on the real Elasticsearch: each step stores the path and brings the
 * seat and the participant's phase to what it says, corrections included, and a placement stored
 * before paths goes on from a trial under way.
 */
@RealElasticsearch
@SpringJUnitConfig(PlacementServiceIntegrationTest.Wiring.class)
class PlacementServiceIntegrationTest {

    private static final DecidedBy SARA = PlacementFixtures.SARA;

    @Configuration(proxyBeanMethods = false)
    @Import(ParticipantsTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(PlacementServiceIntegrationTest.class));
        }
    }

    @Autowired
    PlacementService placements;
    @Autowired
    PlacementRepository repository;
    @Autowired
    ParticipantService participants;
    @Autowired
    EmployerService employers;
    @Autowired
    SlotService slots;
    @Autowired
    SeatBooking booking;

    private final LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);

    @Test
    void aHandOverToAfLeavesTheSeatWithAfAndTakingItBackBooksItAgain() {
        String slot = slot();
        Participant participant = participants.register(ParticipantFixtures.participant());
        String id = inTrial(participant.id(), slot);

        placements.end(id, today, new Ending.HandedOverToAf(today.plusDays(60)), SARA.accountId());

        assertThat(booking.activeClaims(slot)).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo(SeatClaim.Kind.AF_HANDOVER);
            assertThat(claim.reference()).isEqualTo(id);
        });
        assertThat(participants.get(participant.id()).phase()).isEqualTo(Phase.EXITED);

        Placement corrected = placements.correct(id, today, "Fel avslut", SARA.accountId());

        assertThat(corrected.path().stage()).isEqualTo(Stage.TRIAL);
        assertThat(booking.activeClaims(slot)).extracting(SeatClaim::kind).containsExactly(SeatClaim.Kind.BOOKING);
        assertThat(participants.get(participant.id()).phase()).isEqualTo(Phase.PLACED);
    }

    @Test
    void takingBackTheStudyVisitFreesTheSeatAndTheParticipantWaitsOnFromTheSameDay() {
        String slot = slot();
        Participant participant = participants.register(ParticipantFixtures.participant());
        String id = placements.bookStudyVisit(participant.id(), slot, today.atTime(10, 0), SARA, null).id();

        Placement withdrawn = placements.correct(id, today, "Bokat på fel deltagare", SARA.accountId());

        assertThat(withdrawn.path().stage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(booking.activeClaims(slot)).isEmpty();
        assertThat(participants.get(participant.id()).phase()).isEqualTo(Phase.READY);
        assertThat(participants.get(participant.id()).readySince()).isEqualTo(participant.readySince());
    }

    @Test
    void takingBackANoWhenTheSeatHasGoneMeanwhileIsRefusedAndChangesNothing() {
        String slot = slot();
        Participant participant = participants.register(ParticipantFixtures.participant());
        String id = placements.bookStudyVisit(participant.id(), slot, today.atTime(10, 0), SARA, null).id();
        placements.answer(id, VisitAnswer.no(today, "För långt att resa"), SARA.accountId());
        booking.book(slot, "someone-else");

        assertThatThrownBy(() -> placements.correct(id, today, "Svaret var ja", SARA.accountId()))
                .isInstanceOf(ConflictException.class);

        assertThat(placements.get(id).path().stage()).isEqualTo(Stage.ENDED);
        assertThat(booking.activeClaims(slot)).extracting(SeatClaim::reference).containsExactly("someone-else");
        assertThat(participants.get(participant.id()).phase()).isEqualTo(Phase.READY);
    }

    @Test
    void aSecondAnswerIsAConflictAndChangesNothing() {
        String slot = slot();
        Participant participant = participants.register(ParticipantFixtures.participant());
        String id = placements.bookStudyVisit(participant.id(), slot, today.atTime(10, 0), SARA, null).id();
        placements.answer(id, VisitAnswer.yes(today), SARA.accountId());

        assertThatThrownBy(() -> placements.answer(id, VisitAnswer.no(today, "Ångrade sig"), SARA.accountId()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("stage"));

        assertThat(placements.get(id).path().steps()).hasSize(2);
        assertThat(booking.activeClaims(slot)).extracting(SeatClaim::kind).containsExactly(SeatClaim.Kind.BOOKING);
    }

    @Test
    void aPlacementStoredBeforePathsGoesOnFromATrialUnderWayAndAFailedTrialKeepsTheParticipantsReadyDay() {
        String slot = slot();
        Participant participant = participants.register(ParticipantFixtures.participant());
        participants.changePhase(participant.id(), Phase.PLACED, null);
        String id = PlacementService.idFor(participant.id());
        repository.create(new Placement(id, "P-K7M4QX", participant.id(), slot, slots.get(slot).slot().employerId(),
                booking.book(slot, id).id(), null, SARA.accountId(), SARA.name(), Instant.now(), null, null, null));

        assertThat(placements.get(id).path().stage()).isEqualTo(Stage.TRIAL);
        placements.end(id, today, new Ending.FailedTrial("För högljutt"), SARA.accountId());

        assertThat(booking.activeClaims(slot)).isEmpty();
        Participant waiting = participants.get(participant.id());
        assertThat(waiting.phase()).isEqualTo(Phase.READY);
        assertThat(waiting.readySince()).isEqualTo(participant.readySince());
    }

    private String inTrial(String participantId, String slot) {
        return PlacementFixtures.inTrial(placements, participantId, slot, today);
    }

    private String slot() {
        return PlacementFixtures.slot(employers, slots);
    }
}
