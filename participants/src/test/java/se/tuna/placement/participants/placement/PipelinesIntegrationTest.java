package se.tuna.placement.participants.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

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
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantFixtures;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.Phase;
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

    private static final String SARA = PlacementFixtures.SARA.accountId();
    private static final String SITE = "strangnas";

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
        placements.bookStudyVisit(enrolled(Phase.READY).id(), slot(), today.atTime(10, 0), PlacementFixtures.SARA, null);
        PlacementFixtures.inTrial(placements, enrolled(Phase.READY).id(), slot(), today);
        String training = PlacementFixtures.inTrial(placements, enrolled(Phase.READY).id(), slot(), today);
        placements.extend(training, today, PlacementFixtures.EIGHT_HOURS, SARA);

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

    private String slot() {
        return PlacementFixtures.slot(employers, slots);
    }
}
