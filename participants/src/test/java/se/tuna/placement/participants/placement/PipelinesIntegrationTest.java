package se.tuna.placement.participants.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantFixtures;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.Enrolment;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintService;

/**
 * A site's pipeline counted on the real Elasticsearch: the referral queue from the stints, mapping
 * and waiting from the phases plus the anonymous records, study visits, trials and work training
 * from the current placements.
 */
@RealElasticsearch
@SpringJUnitConfig(PipelinesIntegrationTest.Wiring.class)
class PipelinesIntegrationTest {

    private static final String SARA = "account-sara";
    private static final String SITE = "strangnas";
    private static final WeeklyTerms EIGHT_HOURS = new WeeklyTerms(8, new WeeklySchedule(List.of(
            new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))), Set.of());

    @Configuration(proxyBeanMethods = false)
    @Import(ParticipantsTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(PipelinesIntegrationTest.class));
        }
    }

    @Autowired
    Pipelines pipelines;
    @Autowired
    StintService stints;
    @Autowired
    PlacementService placements;
    @Autowired
    EmployerService employers;
    @Autowired
    SlotService slots;

    private final LocalDate today = LocalDate.now(ParticipantRules.PROGRAMME_ZONE);

    @Test
    void eachParticipantIsCountedOnceWhereTheyAreAlongThePath() {
        stints.refer(ParticipantFixtures.freshId(), SITE, null, today.minusDays(3), null, SARA);
        stints.refer(ParticipantFixtures.freshId(), SITE, null, null, today.minusDays(2), SARA);
        Stint declined = stints.refer(ParticipantFixtures.freshId(), SITE, null, null, today.minusDays(2), SARA);
        stints.enrol(declined.id(), today, Consent.DECLINED, Compensation.NONE, SARA);
        enrolled(Phase.MAPPING);
        enrolled(Phase.READY);
        placements.bookStudyVisit(enrolled(Phase.READY).id(), slot(), today.atTime(10, 0), new DecidedBy(SARA, "Sara"), null);
        inTrial(enrolled(Phase.READY).id(), slot());
        String training = inTrial(enrolled(Phase.READY).id(), slot());
        placements.extend(training, today, EIGHT_HOURS, SARA);

        Pipeline pipeline = pipelines.of(List.of(SITE, "eskilstuna")).get(SITE);

        assertThat(pipeline).isEqualTo(new Pipeline(2, 2, 1, 1, 1, 1));
        assertThat(pipeline.active()).isEqualTo(6);
        assertThat(pipelines.of(List.of("eskilstuna")).get("eskilstuna")).isEqualTo(new Pipeline(0, 0, 0, 0, 0, 0));
    }

    private Participant enrolled(Phase phase) {
        Participant draft = ParticipantFixtures.draft().id(ParticipantFixtures.freshId()).site(SITE).build();
        return stints.registerProfile(phase == Phase.READY ? draft.withPhase(Phase.READY, today.minusDays(10))
                : draft.withPhase(Phase.MAPPING, null),
                new Enrolment(null, today.minusDays(20), Consent.GIVEN, Compensation.SICKNESS_BENEFIT), SARA);
    }

    private String inTrial(String participantId, String slot) {
        String id = placements.bookStudyVisit(participantId, slot, today.atTime(10, 0), new DecidedBy(SARA, "Sara"), null).id();
        placements.answer(id, VisitAnswer.yes(today), SARA);
        placements.startTrial(id, DateSpan.starting(today, PlacementPath.TRIAL_LENGTH), EIGHT_HOURS, SARA);
        return id;
    }

    private String slot() {
        String employer = employers.register(CatalogFixtures.employer(CatalogFixtures.freshOrganisationNumber(), "Stegvis AB")).id();
        return slots.register(employer, CatalogFixtures.warehouseSlot()).slot().id();
    }
}
