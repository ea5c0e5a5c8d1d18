package se.tuna.placement.participants.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.demo.DemoBankGenerator;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.importer.BankImport;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;
import se.tuna.placement.participants.ParticipantsTestWiring;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.TrialRecord;
import se.tuna.placement.participants.placement.TrialRecords;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.participants.stint.StintStage;

/**
 * The demo's history loaded as the embedded default loads it, into a real node with the demo bank:
 * the repositories count Strängnäs's 40 active and Eskilstuna's 110 or so by phase, the stints
 * agree, and the slots' seat claims are exactly the placements in training.
 */
@RealElasticsearch
@SpringJUnitConfig(DemoHistoryIntegrationTest.Wiring.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @Import(ParticipantsTestWiring.class)
    static class Wiring {
        @Bean
        IndexNames indexNames() {
            return new IndexNames(ElasticsearchExtension.indexPrefix(DemoHistoryIntegrationTest.class));
        }
    }

    /** The embedded default's seed ({@code TUNA_DEMO_SEED}'s default). */
    private static final long DEMO_SEED = 2026;

    @Autowired
    ReferenceData reference;
    @Autowired
    BankImport bankImport;
    @Autowired
    DemoHistoryWriter writer;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    StintRepository stints;
    @Autowired
    PlacementRepository placements;
    @Autowired
    SlotRepository slots;
    @Autowired
    TrialRecords trialRecords;
    @Autowired
    Clock clock;

    DemoBank bank;
    DemoHistory history;

    @BeforeAll
    void loadTheDemo() {
        LocalDate today = LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
        bank = new DemoBankGenerator(reference).generate(DEMO_SEED, DemoBankGenerator.DEFAULT_EMPLOYERS,
                DemoBankGenerator.DEFAULT_SLOTS, today);
        bankImport.importBank(bank.employers(), bank.slots(), ImportMode.STORE);
        history = new DemoHistoryGenerator(reference).generate(DEMO_SEED, bank, today);
        writer.write(history);
    }

    @Test
    void strangnasHasTheReportsFortyActiveAndEskilstunaAHundredAndTenOrSo() {
        Map<String, Map<Phase, Long>> counts = participants.countBySiteAndPhase();

        assertThat(counts.get("strangnas")).containsEntry(Phase.PLACED, 26L).containsEntry(Phase.READY, 6L)
                .containsEntry(Phase.MAPPING, 8L).doesNotContainKey(Phase.STUDY_VISIT);
        assertThat(active(counts.get("eskilstuna"))).isBetween(105L, 115L);
    }

    @Test
    void theStintsAgreeWithThePhases() {
        assertThat(stints.list("strangnas", StintStage.MAPPING, 0, 1).total()).isEqualTo(8);
        // In training or waiting, the stint is at READY: the placement tells them apart.
        assertThat(stints.list("strangnas", StintStage.READY, 0, 1).total()).isEqualTo(26 + 6);
        assertThat(stints.list("strangnas", StintStage.QUEUED, 0, 1).total()).isZero();
        assertThat(stints.list("eskilstuna", StintStage.QUEUED, 0, 1).total()).isPositive();
    }

    @Test
    void theSlotsSeatClaimsAreExactlyThePlacementsInTraining() {
        List<TrainingSlot> stored = slots.findAll(bank.slots().stream().map(TrainingSlot::id).toList()).values().stream()
                .map(read -> read.value().slot()).toList();
        Set<String> claimedFor = stored.stream().flatMap(slot -> slot.seatClaims().stream()).map(SeatClaim::reference)
                .collect(Collectors.toSet());
        Set<String> inTraining = history.inTraining().stream().map(Placement::id).collect(Collectors.toSet());

        assertThat(claimedFor).hasSize(96).isEqualTo(inTraining);
        assertThat(stored).allMatch(slot -> slot.seatClaims().size() <= slot.seats());
        assertThat(inTraining).allSatisfy(id -> {
            Placement placement = placements.find(id).orElseThrow();
            assertThat(stored.stream().filter(slot -> slot.id().equals(placement.slotId())).findFirst().orElseThrow().seatClaims())
                    .anyMatch(claim -> claim.id().equals(placement.seatClaimId()) && claim.kind() == SeatClaim.Kind.BOOKING);
        });
    }

    @Test
    void employersHaveTrialRecords() {
        Collection<TrialRecord> records = trialRecords.byEmployer(bank.employers().stream().map(employer -> employer.id()).toList())
                .values();

        assertThat(records).isNotEmpty();
    }

    private static long active(Map<Phase, Long> byPhase) {
        return byPhase.entrySet().stream().filter(entry -> entry.getKey() != Phase.EXITED).mapToLong(Map.Entry::getValue).sum();
    }
}
