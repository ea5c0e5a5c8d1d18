package se.tuna.placement.participants.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.participants.ParticipantsTestWiring;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantFixtures;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.PlacementFixtures;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.TrialRecord;
import se.tuna.placement.participants.placement.TrialRecords;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.Enrolment;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.participants.stint.StintService;

/**
 * The scheduled anonymisation on the real Elasticsearch: a participant whose stint ended more than
 * the retention period ago loses profile, coach and placements; their stint stays as an anonymous
 * statistics record and their trials stay in the employer's counts. Someone whose stint ended
 * recently, or who is enrolled again, is left alone; a second run changes nothing.
 */
@RealElasticsearch
@SpringJUnitConfig(AnonymisationIntegrationTest.Wiring.class)
class AnonymisationIntegrationTest {

    private static final String SARA = PlacementFixtures.SARA.accountId();

    @Configuration(proxyBeanMethods = false)
    @Import(ParticipantsTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(AnonymisationIntegrationTest.class));
        }
    }

    private final LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);

    @Autowired
    Anonymisation anonymisation;
    @Autowired
    StintService stints;
    @Autowired
    StintRepository stintRepository;
    @Autowired
    ParticipantService participants;
    @Autowired
    PlacementService placements;
    @Autowired
    TrialRecords trialRecords;
    @Autowired
    Coaching coaching;
    @Autowired
    EmployerService employers;
    @Autowired
    SlotService slots;

    @Test
    void aParticipantAYearGoneIsAnonymisedKeepingTheStatisticsAndTheEmployersTrialCounts() {
        String gone = ParticipantFixtures.freshId();
        enrolled(gone, today.minusDays(40));
        ParticipantsTestWiring.COACHES.add("coach-anna");
        coaching.assign(gone, "coach-anna", today.minusDays(39), SARA);
        String slot = PlacementFixtures.slot(employers, slots);
        String employer = slots.get(slot).slot().employerId();
        String placement = PlacementFixtures.inTrial(placements, gone, slot, today);
        placements.extend(placement, today, PlacementFixtures.EIGHT_HOURS, SARA);
        placements.end(placement, today, new Ending.WorkOrStudies(Ending.Destination.WORK), SARA);
        TrialRecord before = trialRecords.byEmployer(List.of(employer)).get(employer);
        assertThat(before).isEqualTo(new TrialRecord(1, 1));

        assertThat(anonymisation.anonymiseDue(today.plusMonths(6))).as("within the year after the exit").isZero();
        assertThat(participants.find(gone)).isPresent();

        assertThat(anonymisation.anonymiseDue(today.plusYears(1))).isEqualTo(1);

        assertThat(participants.find(gone)).isEmpty();
        assertThat(coaching.assignmentOf(gone)).isEmpty();
        assertThat(placements.allOf(gone)).isEmpty();
        assertThat(stints.allOf(gone)).isEmpty();
        Stint record = stintRepository.find(StintRepository.currentIdOf(gone)).orElseThrow().value();
        assertThat(record.participantId()).isNull();
        assertThat(record.exit().orElseThrow().outcome()).isEqualTo(ExitOutcome.WORK);
        assertThat(trialRecords.byEmployer(List.of(employer))).isEqualTo(Map.of(employer, before));

        assertThat(anonymisation.anonymiseDue(today.plusYears(1))).as("nothing left to do").isZero();
        assertThat(trialRecords.byEmployer(List.of(employer))).isEqualTo(Map.of(employer, before));
    }

    @Test
    void someoneEnrolledAgainIsLeftAlone() {
        String back = ParticipantFixtures.freshId();
        enrolled(back, today.minusDays(40));
        stints.exit(StintRepository.currentIdOf(back), today.minusDays(30), ExitOutcome.OTHER, SARA);
        Stint again = stints.refer(back, "eskilstuna", null, null, today.minusDays(5), SARA);
        stints.enrol(again.id(), today.minusDays(4), Consent.GIVEN, Compensation.NONE, SARA);

        anonymisation.anonymiseDue(today.plusYears(2));

        assertThat(participants.find(back)).isPresent();
        assertThat(stints.allOf(back)).hasSize(2);
    }

    private Participant enrolled(String id, LocalDate on) {
        Participant draft = ParticipantFixtures.draft().id(id).build();
        return stints.registerProfile(draft.withPhase(Phase.READY, on.plusDays(10)),
                new Enrolment(null, on, Consent.GIVEN, Compensation.SICKNESS_BENEFIT), SARA);
    }

}
