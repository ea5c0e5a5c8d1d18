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
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.participants.participant.Participant;

/** A suggestion list comes in one order for the same candidates, whatever order the search gave them in. */
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

    private static List<String> rank(Participant person, List<TrainingSlot> slots) {
        List<Candidate> candidates = slots.stream().map(s -> new Candidate(fact(s, 1), ASSESSOR.assess(person, s))).toList();
        PlannedPlacement placement = new PlannedPlacement(person.id(), true, 30, candidates);
        PlacementPlan plan = new PlacementPlan(List.of(placement), candidates.stream().map(Candidate::slot).toList(),
                new PlacementWeights(Map.of(PlacementWeights.SHORT_TRIPS, HardMediumSoftScore.ZERO)));
        return SCORING.rank(plan, placement, 0).stream().map(c -> c.slot().id()).toList();
    }
}
