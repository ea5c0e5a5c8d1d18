package se.tuna.placement.matcher.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.matcher.planning.PlanningFixtures.ASSESSOR;
import static se.tuna.placement.matcher.planning.PlanningFixtures.ESKILSTUNA_CENTRE;
import static se.tuna.placement.matcher.planning.PlanningFixtures.NEAR_CENTRE;
import static se.tuna.placement.matcher.planning.PlanningFixtures.at;
import static se.tuna.placement.matcher.planning.PlanningFixtures.fact;
import static se.tuna.placement.matcher.planning.PlanningFixtures.participant;
import static se.tuna.placement.matcher.planning.PlanningFixtures.slot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.participants.participant.Participant;

/**
 * A suggestion list comes in one order for the same candidates, whatever order the search gave them in; a plan's
 * checklists show each participant their own share of a shared rule.
 */
class PlanScoringTest {

    private static final PlanScoring SCORING = new PlanScoring(
            SolverFactory.create(SolverConfig.createFromXmlResource("solver/suggest-solver.xml")));

    @Test
    void equalScoresComeShorterTripFirstThenBySlotId() {
        Participant person = participant("D-TIES1");
        // With short trips weighing nothing, all four score the same; only the trip and the id tell them apart.
        TrainingSlot far = at(slot("a-far", "E1"), NEAR_CENTRE);
        TrainingSlot nearD = at(slot("d-near", "E2"), ESKILSTUNA_CENTRE);
        TrainingSlot nearC = at(slot("c-near", "E3"), ESKILSTUNA_CENTRE);
        TrainingSlot nearB = at(slot("b-near", "E4"), ESKILSTUNA_CENTRE);
        List<TrainingSlot> asSearched = List.of(far, nearD, nearB, nearC);

        List<String> order = rank(person, asSearched);
        List<TrainingSlot> otherWayRound = new ArrayList<>(asSearched);
        Collections.reverse(otherWayRound);
        List<String> reversed = rank(person, otherWayRound);

        assertThat(order).containsExactly("b-near", "c-near", "d-near", "a-far");
        assertThat(reversed).isEqualTo(order);
    }

    @Test
    void eachMemberOfASharedRuleShowsItsOwnShareAndTheChecklistsAddUp() {
        // Three at one slot with two free seats, one supervisor, one employer.
        TrainingSlot warehouse = slot("slot-1", "E1");
        SlotFact twoSeats = fact(warehouse, 2);
        List<PlannedPlacement> placements = List.of(
                placedAt(participant("D-SHARE1"), warehouse, twoSeats, 10),
                placedAt(participant("D-SHARE2"), warehouse, twoSeats, 90),
                placedAt(participant("D-SHARE3"), warehouse, twoSeats, 50));
        PlacementPlan plan = new PlacementPlan(placements, List.of(twoSeats), new PlacementWeights());

        Map<String, Map<String, HardMediumSoftScore>> effects = SCORING.effects(plan);

        // One over the seats: the shortest waiting carries it; load 3² × 10 and 3² × 5 in three equal shares.
        assertThat(effect(effects, "D-SHARE1", PlacementWeights.SLOT_SEATS)).isEqualTo(HardMediumSoftScore.ofHard(-1));
        assertThat(effect(effects, "D-SHARE2", PlacementWeights.SLOT_SEATS)).isEqualTo(HardMediumSoftScore.ZERO);
        assertThat(effect(effects, "D-SHARE3", PlacementWeights.SLOT_SEATS)).isEqualTo(HardMediumSoftScore.ZERO);
        for (String id : List.of("D-SHARE1", "D-SHARE2", "D-SHARE3")) {
            assertThat(effect(effects, id, PlacementWeights.SUPERVISOR_LOAD)).isEqualTo(HardMediumSoftScore.ofSoft(-30));
            assertThat(effect(effects, id, PlacementWeights.EMPLOYER_LOAD)).isEqualTo(HardMediumSoftScore.ofSoft(-15));
        }
        SolutionManager<PlacementPlan, HardMediumSoftScore> solutions = SolutionManager.create(
                SolverFactory.<PlacementPlan>create(SolverConfig.createFromXmlResource("solver/suggest-solver.xml")));
        Map<String, HardMediumSoftScore> wholes = new java.util.HashMap<>();
        solutions.explain(plan).getConstraintMatchTotalMap().values()
                .forEach(total -> wholes.put(total.getConstraintName(), total.getScore()));
        for (String rule : List.of(PlacementWeights.SLOT_SEATS, PlacementWeights.SUPERVISOR_LOAD, PlacementWeights.EMPLOYER_LOAD)) {
            HardMediumSoftScore sum = effects.values().stream().map(byRule -> byRule.getOrDefault(rule, HardMediumSoftScore.ZERO))
                    .reduce(HardMediumSoftScore.ZERO, HardMediumSoftScore::add);
            assertThat(sum).as(rule).isEqualTo(wholes.get(rule)).isNotEqualTo(HardMediumSoftScore.ZERO);
        }
    }

    private static PlannedPlacement placedAt(Participant person, TrainingSlot slot, SlotFact fact, int waitingDays) {
        PlannedPlacement placement = new PlannedPlacement(person.id(), true, waitingDays,
                List.of(new Candidate(fact, ASSESSOR.assess(person, slot))));
        placement.setSlot(fact);
        return placement;
    }

    private static HardMediumSoftScore effect(Map<String, Map<String, HardMediumSoftScore>> effects, String id, String rule) {
        return effects.get(id).getOrDefault(rule, HardMediumSoftScore.ZERO);
    }

    private static List<String> rank(Participant person, List<TrainingSlot> slots) {
        List<Candidate> candidates = slots.stream().map(s -> new Candidate(fact(s, 1), ASSESSOR.assess(person, s))).toList();
        PlannedPlacement placement = new PlannedPlacement(person.id(), true, 30, candidates);
        PlacementPlan plan = new PlacementPlan(List.of(placement), candidates.stream().map(Candidate::slot).toList(),
                new PlacementWeights(Map.of(PlacementWeights.SHORT_TRIPS, HardMediumSoftScore.ZERO)));
        return SCORING.rank(plan, placement, 0).stream().map(c -> c.slot().id()).toList();
    }
}
