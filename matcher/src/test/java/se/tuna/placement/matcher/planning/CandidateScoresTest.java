package se.tuna.placement.matcher.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.matcher.planning.PlanningFixtures.ASSESSOR;
import static se.tuna.placement.matcher.planning.PlanningFixtures.ESKILSTUNA_CENTRE;
import static se.tuna.placement.matcher.planning.PlanningFixtures.NEAR_CENTRE;
import static se.tuna.placement.matcher.planning.PlanningFixtures.at;
import static se.tuna.placement.matcher.planning.PlanningFixtures.fact;
import static se.tuna.placement.matcher.planning.PlanningFixtures.participant;
import static se.tuna.placement.matcher.planning.PlanningFixtures.slot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.demo.DemoBankGenerator;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.participants.participant.DemoParticipantGenerator;
import se.tuna.placement.participants.participant.Participant;

/**
 * A suggestion's direct score is the plan model's: for demo participants and slots (feasible or not, with seats,
 * loads and track records drawn at random), the order, the scores and what each rule did, as {@link CandidateScores}
 * works them out, equal what the solver's public {@link SolutionManager} gives for the one-participant plan with the
 * same candidates and weights, defaults and changed alike.
 */
class CandidateScoresTest {

    private static final long SEED = 2008;
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);
    private static final SolutionManager<PlacementPlan, HardMediumSoftScore> SOLUTIONS = SolutionManager.create(
            SolverFactory.create(SolverConfig.createFromXmlResource("solver/suggest-solver.xml")));

    @Test
    void rankingScoresAndEffectsEqualTheSolversWithDefaultWeights() {
        sameAsTheModel(new PlacementWeights());
    }

    @Test
    void rankingScoresAndEffectsEqualTheSolversWithChangedSoftWeights() {
        // Every soft rule changed, one switched off, short trips heavy enough to reorder the lists.
        sameAsTheModel(new PlacementWeights(Map.of(
                PlacementWeights.OCCUPATION_AND_INTEREST_FIT, HardMediumSoftScore.ofSoft(2),
                PlacementWeights.SHORT_TRIPS, HardMediumSoftScore.ofSoft(7),
                PlacementWeights.SUPPORT_FOR_NEEDS, HardMediumSoftScore.ZERO,
                PlacementWeights.SUPERVISOR_LOAD, HardMediumSoftScore.ofSoft(1),
                PlacementWeights.EMPLOYER_LOAD, HardMediumSoftScore.ofSoft(13),
                PlacementWeights.PROVEN_EMPLOYER, HardMediumSoftScore.ofSoft(4))));
    }

    @Test
    void equalScoresComeShorterTripFirstThenBySlotId() {
        Participant person = participant("D-TIES1");
        // With short trips weighing nothing, all four score the same; only the trip and the id tell them apart.
        TrainingSlot far = at(slot("a-far", "E1"), NEAR_CENTRE);
        TrainingSlot nearD = at(slot("d-near", "E2"), ESKILSTUNA_CENTRE);
        TrainingSlot nearC = at(slot("c-near", "E3"), ESKILSTUNA_CENTRE);
        TrainingSlot nearB = at(slot("b-near", "E4"), ESKILSTUNA_CENTRE);
        List<TrainingSlot> asSearched = List.of(far, nearD, nearB, nearC);
        PlacementWeights weights = new PlacementWeights(Map.of(PlacementWeights.SHORT_TRIPS, HardMediumSoftScore.ZERO));

        List<String> order = ids(CandidateScores.rank(candidates(person, asSearched), weights));
        List<TrainingSlot> otherWayRound = new ArrayList<>(asSearched);
        Collections.reverse(otherWayRound);
        List<String> reversed = ids(CandidateScores.rank(candidates(person, otherWayRound), weights));

        assertThat(order).containsExactly("b-near", "c-near", "d-near", "a-far");
        assertThat(reversed).isEqualTo(order);
    }

    private static void sameAsTheModel(PlacementWeights weights) {
        ReferenceData reference = ReferenceData.loadFromClasspath();
        DemoBank bank = new DemoBankGenerator(reference).generate(SEED, 80, 400, AS_OF);
        List<Participant> people = new DemoParticipantGenerator(reference).generate(SEED, 40, bank, AS_OF);
        Random random = new Random(SEED);
        int hardBroken = 0;
        int compared = 0;
        for (Participant person : people) {
            List<TrainingSlot> slots = new ArrayList<>(bank.slots());
            Collections.shuffle(slots, random);
            List<Candidate> candidates = slots.subList(0, 30).stream()
                    .map(slot -> new Candidate(randomFact(slot, random), ASSESSOR.assess(person, slot))).toList();
            PlannedPlacement placement = new PlannedPlacement(person.id(), random.nextBoolean(), random.nextInt(200),
                    candidates);
            PlacementPlan plan = new PlacementPlan(List.of(placement), candidates.stream().map(Candidate::slot).toList(),
                    weights);

            List<CandidateScores.Scored> byModel = new ArrayList<>();
            for (Candidate candidate : candidates) {
                placement.setSlot(candidate.slot());
                HardMediumSoftScore score = SOLUTIONS.update(plan);
                byModel.add(new CandidateScores.Scored(candidate, score));
                assertThat(CandidateScores.effectsAlone(candidate, weights)).as("%s at %s", person.id(), candidate.slot())
                        .isEqualTo(totalsByRule(plan));
                hardBroken += score.hardScore() < 0 ? 1 : 0;
                compared++;
            }
            byModel.sort(CandidateScores.bestFirst());
            List<CandidateScores.Scored> direct = CandidateScores.rank(candidates, weights);

            assertThat(direct).as(person.id()).isEqualTo(byModel);
        }
        // The comparison covered both kinds of candidate.
        assertThat(hardBroken).isPositive().isLessThan(compared);
    }

    /** The solver's per-rule totals of the plan as it stands, rules that did nothing left out. */
    private static Map<String, HardMediumSoftScore> totalsByRule(PlacementPlan plan) {
        Map<String, HardMediumSoftScore> totals = new HashMap<>();
        SOLUTIONS.explain(plan).getConstraintMatchTotalMap().values().stream()
                .filter(total -> !total.getScore().isZero())
                .forEach(total -> totals.put(total.getConstraintName(), total.getScore()));
        return totals;
    }

    /** The slot with seats, loads, a named supervisor or not and a track record drawn at random. */
    private static SlotFact randomFact(TrainingSlot slot, Random random) {
        int trials = random.nextInt(6);
        return new SlotFact(slot.id(), slot.title(), slot.employerId(), slot.employerId(),
                random.nextBoolean() ? slot.employerId() + "/handledare" : null, random.nextInt(5) - 1,
                random.nextInt(7), random.nextInt(9), new EmployerTrackRecord(trials, trials == 0 ? 0 : random.nextInt(trials + 1)));
    }

    private static List<Candidate> candidates(Participant person, List<TrainingSlot> slots) {
        return slots.stream().map(s -> new Candidate(fact(s, 1), ASSESSOR.assess(person, s))).toList();
    }

    private static List<String> ids(List<CandidateScores.Scored> ranked) {
        return ranked.stream().map(scored -> scored.candidate().slot().id()).toList();
    }
}
