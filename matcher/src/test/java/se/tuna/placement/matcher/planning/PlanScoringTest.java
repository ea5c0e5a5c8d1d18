package se.tuna.placement.matcher.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tuna.placement.matcher.planning.PlanningFixtures.ASSESSOR;
import static se.tuna.placement.matcher.planning.PlanningFixtures.fact;
import static se.tuna.placement.matcher.planning.PlanningFixtures.participant;
import static se.tuna.placement.matcher.planning.PlanningFixtures.slot;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.participants.participant.Participant;

/** A plan's checklists show each participant their own share of a shared rule. */
class PlanScoringTest {

    private static final PlanScoring SCORING = new PlanScoring(
            SolverFactory.create(SolverConfig.createFromXmlResource("solver/suggest-solver.xml")));

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
}
