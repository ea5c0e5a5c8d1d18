package se.tuna.placement.participants.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.CatalogFixtures;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
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
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.TrialRecord;
import se.tuna.placement.participants.placement.TrialRecords;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;
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

    private static final String SARA = "account-sara";
    private static final WeeklyTerms EIGHT_HOURS = new WeeklyTerms(8, new WeeklySchedule(List.of(
            new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))), Set.of());

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
        String employer = employers.register(CatalogFixtures.employer(CatalogFixtures.freshOrganisationNumber(), "Stegvis AB")).id();
        String gone = ParticipantFixtures.freshId();
        enrolled(gone, today.minusDays(40));
        ParticipantsTestWiring.COACHES.add("coach-anna");
        coaching.assign(gone, "coach-anna", today.minusDays(39), SARA);
        String placement = inTrial(gone, slot(employer));
        placements.extend(placement, today, EIGHT_HOURS, SARA);
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

    private String inTrial(String participantId, String slot) {
        String id = placements.bookStudyVisit(participantId, slot, today.atTime(10, 0), new DecidedBy(SARA, "Sara"), null).id();
        placements.answer(id, VisitAnswer.yes(today), SARA);
        placements.startTrial(id, DateSpan.starting(today, PlacementPath.TRIAL_LENGTH), EIGHT_HOURS, SARA);
        return id;
    }

    private String slot(String employer) {
        return slots.register(employer, CatalogFixtures.warehouseSlot()).slot().id();
    }
}
