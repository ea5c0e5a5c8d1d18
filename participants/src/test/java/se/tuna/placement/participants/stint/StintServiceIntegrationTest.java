package se.tuna.placement.participants.stint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.participants.ParticipantsTestWiring;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantFixtures;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.PlacementFixtures;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.placement.path.Stage;

/**
 * A stint run by the services on the real Elasticsearch: consent before any profile, a declined
 * enrolment kept only as an anonymous record, the phase following the stint, an exit that ends the
 * placement under way and frees its seat, and a second stint after the first.
 */
@RealElasticsearch
@SpringJUnitConfig(StintServiceIntegrationTest.Wiring.class)
class StintServiceIntegrationTest {

    private static final String SARA = PlacementFixtures.SARA.accountId();

    @Configuration(proxyBeanMethods = false)
    @Import(ParticipantsTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(StintServiceIntegrationTest.class));
        }
    }

    @Autowired
    StintService stints;
    @Autowired
    StintRepository repository;
    @Autowired
    PlacementService placements;
    @Autowired
    ParticipantService participants;
    @Autowired
    EmployerService employers;
    @Autowired
    SlotService slots;
    @Autowired
    SeatBooking booking;
    @Autowired
    StintLengths lengths;

    private final LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);

    @Test
    void noProfileIsStoredWithoutConsent() {
        Participant profile = ParticipantFixtures.participant();

        assertThatThrownBy(() -> stints.registerProfile(profile, null, SARA)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("consent");
        assertThatThrownBy(() -> stints.registerProfile(profile, new Enrolment(null, today, Consent.DECLINED, Compensation.NONE),
                SARA)).isInstanceOf(InvalidInputException.class).hasMessageContaining("enrolment.consent");

        assertThat(participants.find(profile.id())).isEmpty();
        assertThat(stints.currentOf(profile.id())).isEmpty();
    }

    @Test
    void aDeclinedEnrolmentKeepsOnlyAnAnonymousStatisticsRecord() {
        String id = ParticipantFixtures.freshId();
        Stint referred = stints.refer(id, "strangnas", Gender.MALE, today.minusDays(20), today.minusDays(10), SARA);

        Stint anonymous = stints.enrol(referred.id(), today, Consent.DECLINED, Compensation.INCOME_SUPPORT, SARA);

        assertThat(anonymous.participantId()).isNull();
        assertThat(anonymous.id()).isNotEqualTo(referred.id());
        assertThat(stints.currentOf(id)).as("nothing left under the person's id").isEmpty();
        assertThat(stints.allOf(id)).isEmpty();
        Stint stored = stints.get(anonymous.id());
        assertThat(List.<Object>of(stored.gender(), stored.stage(), stored.compensation().orElseThrow()))
                .containsExactly(Gender.MALE, StintStage.MAPPING, Compensation.INCOME_SUPPORT);
        assertThatThrownBy(() -> stints.registerProfile(ParticipantFixtures.draft().id(id).build(), null, SARA))
                .isInstanceOf(ConflictException.class);

        Stint exited = stints.exit(anonymous.id(), today, ExitOutcome.BELOW_AF_LEVEL, SARA);
        assertThat(exited.exit().orElseThrow().outcome()).isEqualTo(ExitOutcome.BELOW_AF_LEVEL);
    }

    @Test
    void thePhaseFollowsTheStint() {
        Participant profile = enrolledAndRegistered();
        String stint = StintRepository.currentIdOf(profile.id());
        assertThat(participants.get(profile.id()).phase()).isEqualTo(Phase.MAPPING);

        stints.ready(stint, today, SARA);
        assertThat(participants.get(profile.id())).extracting(Participant::phase, Participant::readySince)
                .containsExactly(Phase.READY, today);

        stints.backToMapping(stint, today, SARA);
        assertThat(participants.get(profile.id())).extracting(Participant::phase, Participant::readySince)
                .containsExactly(Phase.MAPPING, null);

        stints.exit(stint, today, ExitOutcome.BACK_TO_CARE, SARA);
        assertThat(participants.get(profile.id()).phase()).isEqualTo(Phase.EXITED);

        stints.correct(stint, today, "Avslutad av misstag", SARA);
        assertThat(participants.get(profile.id()).phase()).isEqualTo(Phase.MAPPING);
    }

    @Test
    void anExitDuringATrialEndsThePlacementAndFreesItsSeat() {
        Participant profile = enrolledAndRegistered();
        String stint = StintRepository.currentIdOf(profile.id());
        stints.ready(stint, today, SARA);
        String slot = PlacementFixtures.slot(employers, slots);
        String placement = PlacementFixtures.inTrial(placements, profile.id(), slot, today);
        assertThat(participants.get(profile.id()).phase()).isEqualTo(Phase.PLACED);
        assertThatThrownBy(() -> stints.exit(stint, today, ExitOutcome.OTHER, SARA)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("placement is under way");

        Stint exited = placements.exit(stint, today, ExitOutcome.OTHER, null, SARA);

        assertThat(exited.exit().orElseThrow().outcome()).isEqualTo(ExitOutcome.OTHER);
        assertThat(placements.get(placement).path().stage()).isEqualTo(Stage.ENDED);
        assertThat(booking.activeClaims(slot)).isEmpty();
        assertThat(participants.get(profile.id()).phase()).isEqualTo(Phase.EXITED);
    }

    @Test
    void endingAPlacementToWorkEndsTheStintWithThatOutcome() {
        Participant profile = enrolledAndRegistered();
        String stint = StintRepository.currentIdOf(profile.id());
        stints.ready(stint, today, SARA);
        String placement = PlacementFixtures.inTrial(placements, profile.id(), PlacementFixtures.slot(employers, slots), today);

        placements.end(placement, today, new Ending.WorkOrStudies(Ending.Destination.STUDIES), SARA);

        assertThat(stints.get(stint).exit().orElseThrow()).satisfies(exit -> {
            assertThat(exit.outcome()).isEqualTo(ExitOutcome.STUDIES);
            assertThat(exit.on()).isEqualTo(today);
        });
        assertThat(participants.get(profile.id()).phase()).isEqualTo(Phase.EXITED);
    }

    @Test
    void aPersonIsEnrolledAgainInANewStintAndTheFirstIsKept() {
        Participant profile = enrolledAndRegistered();
        String stint = StintRepository.currentIdOf(profile.id());
        assertThatThrownBy(() -> stints.refer(profile.id(), profile.site(), null, null, today, SARA))
                .isInstanceOf(ConflictException.class).hasMessageContaining("under way");
        stints.exit(stint, today, ExitOutcome.OTHER, SARA);

        Stint second = stints.refer(profile.id(), profile.site(), null, null, today, SARA);
        stints.enrol(second.id(), today, Consent.GIVEN, Compensation.NONE, SARA);

        assertThat(stints.allOf(profile.id())).extracting(Stint::stage).containsExactlyInAnyOrder(StintStage.MAPPING,
                StintStage.EXITED);
        assertThat(participants.get(profile.id()).phase()).as("back in mapping in the new stint").isEqualTo(Phase.MAPPING);
    }

    @Test
    void thoseWithinAMonthOfTheirLastDayAreListedTheNearestFirst() {
        Participant near = registered(today.minusYears(1).plusDays(20));
        Participant nearer = registered(today.minusYears(1).plusDays(5));
        Participant far = registered(today.minusMonths(6));

        List<String> listed = stints.nearingLastDay("eskilstuna", lengths, null).stream().map(Stint::participantId).toList();

        assertThat(listed).containsSubsequence(nearer.id(), near.id()).doesNotContain(far.id());
        assertThat(stints.nearingLastDay("eskilstuna", lengths, Set.of(near.id()))).extracting(Stint::participantId)
                .containsExactly(near.id());
    }

    @Test
    void anUnknownStintIsNotFound() {
        assertThatThrownBy(() -> stints.admit("no-such-stint", today, SARA)).isInstanceOf(NotFoundException.class);
    }

    private Participant registered(LocalDate enrolledOn) {
        Participant draft = ParticipantFixtures.draft().id(ParticipantFixtures.freshId()).build();
        return stints.registerProfile(draft.withPhase(Phase.MAPPING, null),
                new Enrolment(null, enrolledOn, Consent.GIVEN, Compensation.NONE), SARA);
    }

    private Participant enrolledAndRegistered() {
        Participant draft = ParticipantFixtures.draft().id(ParticipantFixtures.freshId()).build();
        return stints.registerProfile(draft.withPhase(Phase.MAPPING, null),
                new Enrolment(today.minusDays(30), today.minusDays(20), Consent.GIVEN, Compensation.SICKNESS_BENEFIT), SARA);
    }
}
