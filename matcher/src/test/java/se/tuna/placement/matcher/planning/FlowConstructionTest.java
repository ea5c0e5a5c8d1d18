package se.tuna.placement.matcher.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.matcher.planning.PlanningFixtures.ASSESSOR;
import static se.tuna.placement.matcher.planning.PlanningFixtures.at;
import static se.tuna.placement.matcher.planning.PlanningFixtures.fact;
import static se.tuna.placement.matcher.planning.PlanningFixtures.ofOccupation;
import static se.tuna.placement.matcher.planning.PlanningFixtures.participant;
import static se.tuna.placement.matcher.planning.PlanningFixtures.slot;
import static se.tuna.placement.matcher.planning.PlanningFixtures.withAvailability;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.Phase;

/** The flow's plan is the best the rules allow, checked against every plan of small problems. */
class FlowConstructionTest {

    private final SolverFactory<PlacementPlan> scoring = SolverFactory.create(new SolverConfig()
            .withSolutionClass(PlacementPlan.class)
            .withEntityClasses(PlannedPlacement.class)
            .withConstraintProviderClass(PlacementConstraints.class));
    private final SolutionManager<PlacementPlan, HardMediumSoftScore> scores = SolutionManager.create(scoring);

    @Test
    void placesAsManyAsTheSeatsAllowWithTheBestFitAndSpreadLoad() {
        SplittableRandom random = new SplittableRandom(2008);
        for (int round = 0; round < 40; round++) {
            PlacementPlan plan = randomPlan(random, round % 3 == 0);

            HardMediumSoftScore flow = scoreOf(plan, FlowConstruction.optimalSlots(plan, true));

            assertThat(flow).as("round %d", round).isEqualTo(bestByEnumeration(plan));
        }
    }

    @Test
    void withoutLoadsTheFlowStillPlacesAsManyAndNeverBreaksAHardRule() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 20; round++) {
            PlacementPlan plan = randomPlan(random, false);

            HardMediumSoftScore flow = scoreOf(plan, FlowConstruction.optimalSlots(plan, false));

            HardMediumSoftScore best = bestByEnumeration(plan);
            assertThat(flow.hardScore()).isZero();
            assertThat(flow.mediumScore()).as("round %d", round).isEqualTo(best.mediumScore());
        }
    }

    @Test
    void aPinnedPlacementKeepsItsSlotAndItsSeatCountsFirst() {
        TrainingSlot only = slot("slot-1", "employer-1");
        SlotFact oneSeat = fact(only, 1);
        PlannedPlacement pinned = placement(participant("D-AAAA1"), 10, List.of(only), List.of(oneSeat));
        pinned.pinnedTo(oneSeat);
        PlannedPlacement waitedLonger = placement(participant("D-AAAA2"), 300, List.of(only), List.of(oneSeat));
        PlacementPlan plan = new PlacementPlan(List.of(pinned, waitedLonger), List.of(oneSeat), new PlacementWeights());

        List<SlotFact> slots = FlowConstruction.optimalSlots(plan, true);

        assertThat(slots).containsExactly(oneSeat, null);
    }

    @Test
    void asTheSolversConstructionPhaseItLeavesTheBestPlan() {
        PlacementPlan plan = randomPlan(new SplittableRandom(99), false);
        SolverConfig config = new SolverConfig()
                .withSolutionClass(PlacementPlan.class)
                .withEntityClasses(PlannedPlacement.class)
                .withConstraintProviderClass(PlacementConstraints.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(FlowConstruction.class)));
        Solver<PlacementPlan> solver = SolverFactory.<PlacementPlan>create(config).buildSolver();

        PlacementPlan solved = solver.solve(plan);

        assertThat(solved.getScore()).isEqualTo(bestByEnumeration(plan));
    }

    /**
     * Up to four participants and four slots of two employers, one supervisor each; seats,
     * hours and occupations drawn so that some pairs break hard rules and seats run short.
     */
    private static PlacementPlan randomPlan(SplittableRandom random, boolean withPin) {
        int slotCount = 1 + random.nextInt(4);
        // As PlanProblemFactory counts them: one existing load per supervisor and per employer.
        int[] supervisorLoad = {random.nextInt(4), random.nextInt(4)};
        int[] employerLoad = {supervisorLoad[0] + random.nextInt(3), supervisorLoad[1] + random.nextInt(3)};
        List<TrainingSlot> slots = new ArrayList<>();
        List<SlotFact> facts = new ArrayList<>();
        for (int s = 0; s < slotCount; s++) {
            int employerIndex = random.nextInt(2);
            String employer = "employer-" + employerIndex;
            TrainingSlot slot = at(ofOccupation(slot("slot-" + s, employer), random.nextBoolean() ? "4322" : "5120"),
                    new Coordinates(59.37 + random.nextDouble() * 0.05, 16.50 + random.nextDouble() * 0.05));
            slots.add(slot);
            facts.add(new SlotFact(slot.id(), slot.title(), employer, employer, employer + "/per holm", random.nextInt(3),
                    supervisorLoad[employerIndex], employerLoad[employerIndex], EmployerTrackRecord.NONE));
        }
        int people = 1 + random.nextInt(4);
        List<PlannedPlacement> placements = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            Participant participant = participant("D-AAAA" + p);
            if (random.nextInt(4) == 0) {
                participant = withAvailability(participant, PlanningFixtures.mornings(DayOfWeek.FRIDAY), 4);
            }
            if (random.nextInt(5) == 0) {
                participant = participant.withPhase(Phase.MAPPING, null);
            }
            List<TrainingSlot> own = new ArrayList<>();
            List<SlotFact> ownFacts = new ArrayList<>();
            for (int s = 0; s < slotCount; s++) {
                if (random.nextDouble() < 0.7) {
                    own.add(slots.get(s));
                    ownFacts.add(facts.get(s));
                }
            }
            placements.add(placement(participant, random.nextInt(200), own, ownFacts));
        }
        if (withPin && !placements.get(0).getCandidateSlots().isEmpty()) {
            placements.get(0).pinnedTo(placements.get(0).getCandidateSlots().get(0));
        }
        return new PlacementPlan(placements, facts, new PlacementWeights());
    }

    private static PlannedPlacement placement(Participant participant, int waitingDays, List<TrainingSlot> slots,
            List<SlotFact> facts) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            candidates.add(new Candidate(facts.get(i), ASSESSOR.assess(participant, slots.get(i))));
        }
        return new PlannedPlacement(participant.id(), participant.phase() == Phase.READY, waitingDays, candidates);
    }

    private HardMediumSoftScore scoreOf(PlacementPlan plan, List<SlotFact> slots) {
        for (int i = 0; i < slots.size(); i++) {
            plan.getPlacements().get(i).setSlot(slots.get(i));
        }
        return scores.update(plan);
    }

    private HardMediumSoftScore bestByEnumeration(PlacementPlan plan) {
        List<SlotFact> was = plan.getPlacements().stream().map(PlannedPlacement::getSlot).toList();
        HardMediumSoftScore best = enumerate(plan, 0);
        for (int i = 0; i < was.size(); i++) {
            plan.getPlacements().get(i).setSlot(was.get(i));
        }
        return best;
    }

    private HardMediumSoftScore enumerate(PlacementPlan plan, int index) {
        if (index == plan.getPlacements().size()) {
            return scores.update(plan);
        }
        PlannedPlacement placement = plan.getPlacements().get(index);
        if (placement.isPinned()) {
            return enumerate(plan, index + 1);
        }
        placement.setSlot(null);
        HardMediumSoftScore best = enumerate(plan, index + 1);
        for (SlotFact slot : placement.getCandidateSlots()) {
            placement.setSlot(slot);
            HardMediumSoftScore score = enumerate(plan, index + 1);
            if (score.compareTo(best) > 0) {
                best = score;
            }
        }
        placement.setSlot(null);
        return best;
    }
}
