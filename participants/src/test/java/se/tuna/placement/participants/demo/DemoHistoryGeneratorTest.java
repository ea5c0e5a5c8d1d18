package se.tuna.placement.participants.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.demo.DemoBankGenerator;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.participants.participant.DemoParticipantGenerator;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.path.PathStep;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.placement.path.TrialOutcome;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.participants.stint.StintStage;
import se.tuna.placement.participants.stint.StintStep;

class DemoHistoryGeneratorTest {

    private static final ReferenceData REFERENCE = ReferenceData.loadFromClasspath();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);
    private static final DemoBank BANK = new DemoBankGenerator(REFERENCE).generate(DemoBankGenerator.DEFAULT_SEED,
            DemoBankGenerator.DEFAULT_EMPLOYERS, DemoBankGenerator.DEFAULT_SLOTS, AS_OF);
    private static final DemoHistory HISTORY = new DemoHistoryGenerator(REFERENCE).generate(DemoParticipantGenerator.DEFAULT_SEED,
            BANK, AS_OF);
    private static final Map<String, Stint> STINTS = HISTORY.stints().stream().collect(Collectors.toMap(Stint::id, Function.identity()));
    private static final Map<String, Placement> PLACEMENTS = HISTORY.placements().stream()
            .collect(Collectors.toMap(Placement::id, Function.identity()));
    private static final Map<String, TrainingSlot> SLOTS = BANK.slots().stream()
            .collect(Collectors.toMap(TrainingSlot::id, Function.identity()));

    @Test
    void theSameSeedGivesTheSameHistory() {
        DemoHistory again = new DemoHistoryGenerator(REFERENCE).generate(DemoParticipantGenerator.DEFAULT_SEED, BANK, AS_OF);

        assertThat(again).isEqualTo(HISTORY);
    }

    @ParameterizedTest
    @ValueSource(longs = {2026, 1, 2, 3})
    void anySeedGivesStrangnasItsFortyAndNoSlotMoreThanItsSeats(long seed) {
        DemoBank bank = new DemoBankGenerator(REFERENCE).generate(seed, DemoBankGenerator.DEFAULT_EMPLOYERS,
                DemoBankGenerator.DEFAULT_SLOTS, AS_OF);
        DemoHistory history = new DemoHistoryGenerator(REFERENCE).generate(seed, bank, AS_OF);
        Map<String, Integer> seats = bank.slots().stream().collect(Collectors.toMap(TrainingSlot::id, TrainingSlot::seats));

        assertThat(history.participants().stream().filter(participant -> participant.site().equals("strangnas")
                && participant.phase() != Phase.EXITED).count()).isEqualTo(40);
        assertThat(history.inTraining().stream().collect(Collectors.groupingBy(Placement::slotId, Collectors.counting())))
                .allSatisfy((slotId, count) -> assertThat(count).isLessThanOrEqualTo(seats.get(slotId)));
    }

    @Test
    void itsParticipantsAreTheOneGeneratorsWithThePhasesTheirHistoryGives() {
        List<Participant> generated = new DemoParticipantGenerator(REFERENCE).generate(DemoParticipantGenerator.DEFAULT_SEED,
                DemoParticipantGenerator.DEFAULT_COUNT, BANK, AS_OF);

        assertThat(HISTORY.participants()).extracting(Participant::id).isEqualTo(generated.stream().map(Participant::id).toList());
        assertThat(HISTORY.participants()).extracting(Participant::phase)
                .isEqualTo(generated.stream().map(Participant::phase).toList());
    }

    @Test
    void strangnasHasExactlyTheReportsFortyActiveAndEskilstunaAHundredAndTenOrSo() {
        Map<String, Map<Phase, Long>> counts = HISTORY.participants().stream().collect(Collectors.groupingBy(Participant::site,
                Collectors.groupingBy(Participant::phase, Collectors.counting())));

        assertThat(counts.get("strangnas")).containsEntry(Phase.PLACED, 26L).containsEntry(Phase.READY, 6L)
                .containsEntry(Phase.MAPPING, 8L).doesNotContainKey(Phase.STUDY_VISIT);
        long eskilstunaActive = counts.get("eskilstuna").entrySet().stream().filter(entry -> entry.getKey() != Phase.EXITED)
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(eskilstunaActive).isBetween(105L, 115L);
    }

    @Test
    void strangnasActiveLiveOnTheReportsCompensations() {
        Map<Compensation, Long> compensations = HISTORY.participants().stream()
                .filter(participant -> participant.site().equals("strangnas") && participant.phase() != Phase.EXITED)
                .map(participant -> stintOf(participant).compensation().orElseThrow())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(compensations).containsExactlyInAnyOrderEntriesOf(Map.of(Compensation.INCOME_SUPPORT, 6L,
                Compensation.ACTIVITY_SUPPORT, 6L, Compensation.SICKNESS_BENEFIT, 23L, Compensation.ACTIVITY_COMPENSATION, 4L,
                Compensation.NONE, 1L));
    }

    @Test
    void strangnasExitsHaveTheReportsOutcomes() {
        Map<ExitOutcome, Long> outcomes = HISTORY.participants().stream()
                .filter(participant -> participant.site().equals("strangnas") && participant.phase() == Phase.EXITED)
                .map(participant -> stintOf(participant).exit().orElseThrow().outcome())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(outcomes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(14);
        assertThat(outcomes).containsEntry(ExitOutcome.WORK, 2L).containsEntry(ExitOutcome.STUDIES, 1L)
                .containsEntry(ExitOutcome.HANDED_OVER_TO_AF, 2L);
    }

    @Test
    void everyPhaseIsBackedByItsStintAndPlacement() {
        assertThat(HISTORY.participants()).allSatisfy(participant -> {
            Stint stint = stintOf(participant);
            assertThat(stint.consented()).as(participant.id()).isTrue();
            assertThat(stint.site()).isEqualTo(participant.site());
            Optional<Placement> current = Optional.ofNullable(PLACEMENTS.get(PlacementService.idFor(participant.id())));
            switch (participant.phase()) {
                case MAPPING -> {
                    assertThat(stint.stage()).isEqualTo(StintStage.MAPPING);
                    assertThat(current).isEmpty();
                }
                case READY -> {
                    assertThat(stint.stage()).isEqualTo(StintStage.READY);
                    assertThat(stint.readySince()).contains(participant.readySince());
                    assertThat(current).isEmpty();
                }
                case PLACED -> {
                    assertThat(stint.stage()).isEqualTo(StintStage.READY);
                    Placement placement = current.orElseThrow();
                    assertThat(placement.path().stage()).isIn(Stage.TRIAL, Stage.WORK_TRAINING);
                    var period = placement.path().currentPeriod().orElseThrow().span();
                    assertThat(AS_OF).isBetween(period.start(), period.end());
                }
                case EXITED -> {
                    assertThat(stint.stage()).isEqualTo(StintStage.EXITED);
                    assertThat(stint.exit()).isPresent();
                    assertThat(current).isEmpty();
                }
                case STUDY_VISIT -> throw new AssertionError("The demo books no study visit");
            }
        });
    }

    @Test
    void everyStintReadsInOrderAndLastsAtMostAYear() {
        assertThat(HISTORY.stints()).allSatisfy(stint -> {
            List<StintStep.Forward> steps = stint.stepsInForce();
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i).on()).as(stint.id()).isAfterOrEqualTo(steps.get(i - 1).on());
            }
            assertThat(steps.get(steps.size() - 1).on()).isBeforeOrEqualTo(AS_OF);
            stint.enrolledOn().ifPresent(enrolled -> {
                LocalDate last = stint.exit().map(StintStep.Exited::on).orElse(AS_OF);
                assertThat(ChronoUnit.DAYS.between(enrolled, last)).as(stint.id()).isLessThan(365);
            });
        });
    }

    @Test
    void everyPlacementReadsInOrderAtARealEmployersSlotOfTheParticipantsSite() {
        Map<String, String> sites = HISTORY.participants().stream().collect(Collectors.toMap(Participant::id, Participant::site));
        assertThat(HISTORY.placements()).allSatisfy(placement -> {
            List<PathStep.Forward> steps = placement.path().stepsInForce();
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i).on()).as(placement.id()).isAfterOrEqualTo(steps.get(i - 1).on());
            }
            assertThat(steps.get(steps.size() - 1).on()).isBeforeOrEqualTo(AS_OF);
            TrainingSlot slot = SLOTS.get(placement.slotId());
            assertThat(slot.employerId()).isEqualTo(placement.employerId());
            assertThat(BANK.employers()).anyMatch(employer -> employer.id().equals(placement.employerId()));
            assertThat(slot.sites()).contains(sites.get(placement.participantId()));
        });
    }

    @Test
    void placementsInTrainingNeverTakeMoreSeatsThanAnOpenSlotHas() {
        Map<String, Long> taken = HISTORY.inTraining().stream().collect(Collectors.groupingBy(Placement::slotId, Collectors.counting()));

        assertThat(HISTORY.inTraining()).hasSize(96);
        assertThat(taken).allSatisfy((slotId, count) -> {
            assertThat(count).isLessThanOrEqualTo(SLOTS.get(slotId).seats());
            assertThat(SLOTS.get(slotId).status()).isEqualTo(SlotStatus.OPEN);
        });
    }

    @Test
    void mostInTrainingAreAtASlotOfTheirGoal() {
        Map<String, Participant> people = HISTORY.participants().stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        long atGoal = HISTORY.inTraining().stream()
                .filter(placement -> people.get(placement.participantId()).goalOccupations()
                        .contains(SLOTS.get(placement.slotId()).occupationCode())).count();

        assertThat(atGoal).isGreaterThan(HISTORY.inTraining().size() / 2);
    }

    @Test
    void endedPlacementsAreKeptUnderTheirOwnIdsAndGiveEmployersTrialRecords() {
        List<Placement> ended = HISTORY.placements().stream().filter(placement -> placement.path().stage() == Stage.ENDED).toList();

        assertThat(ended).isNotEmpty().allSatisfy(placement -> assertThat(placement.id())
                .isEqualTo(PlacementRepository.keptIdOf(placement.withId(PlacementService.idFor(placement.participantId())))));
        assertThat(ended).anyMatch(placement -> placement.path().trialOutcome().equals(Optional.of(TrialOutcome.NOT_CONTINUED)));
        assertThat(ended).anyMatch(placement -> placement.path().trialOutcome().equals(Optional.of(TrialOutcome.CONTINUED)));
        assertThat(ended).anyMatch(placement -> placement.path().trialOutcome().isEmpty());
    }

    @Test
    void eskilstunaHasAReferralQueueAndBothSitesAnonymousRecords() {
        List<Stint> withoutProfile = HISTORY.stints().stream().filter(stint -> stint.participantId() == null
                || HISTORY.participants().stream().noneMatch(participant -> participant.id().equals(stint.participantId()))).toList();

        assertThat(withoutProfile).filteredOn(stint -> stint.stage() == StintStage.QUEUED || stint.stage() == StintStage.ADMITTED)
                .isNotEmpty().allMatch(stint -> stint.site().equals("eskilstuna"));
        assertThat(withoutProfile).filteredOn(stint -> stint.participantId() == null)
                .allMatch(stint -> stint.consent().equals(Optional.of(Consent.DECLINED)))
                .extracting(Stint::site).contains("eskilstuna", "strangnas");
        assertThat(withoutProfile).filteredOn(stint -> stint.site().equals("strangnas")).allMatch(stint -> !stint.stage().isActive());
    }

    private static Stint stintOf(Participant participant) {
        return STINTS.get(StintRepository.currentIdOf(participant.id()));
    }
}
