package se.tuna.placement.matcher.plan;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

import org.optaplanner.core.api.solver.SolverManager;
import se.tuna.placement.catalog.reference.ProgrammeSites;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.matcher.explain.Explainer;
import se.tuna.placement.matcher.participant.ParticipantService;
import se.tuna.placement.matcher.placement.PlacementService;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.PlanProblemFactory;
import se.tuna.placement.matcher.planning.PlanScoring;
import se.tuna.placement.matcher.retrieval.CandidateRetrieval;
import se.tuna.placement.matcher.weights.WeightsService;

/** Builds a {@link PlanService} with its package-private parts. */
public final class PlanServices {

    private PlanServices() {
    }

    /**
     * @param keepFinished how long a finished plan is kept for coordinators to decide from
     * @param mostJobs     how many plans are kept at most
     */
    public static PlanService create(SolverManager<PlacementPlan, String> solverManager, ParticipantService participants,
            CandidateRetrieval retrieval, PlanProblemFactory problems, WeightsService weights, PlanScoring scoring,
            Explainer explainer, PlacementService placements, SlotService slots, ProgrammeSites sites,
            ExecutorService preparationPool, Clock clock, Duration keepFinished, int mostJobs) {
        return new PlanService(solverManager, new PlanPreparation(participants, retrieval, problems, weights, clock), scoring,
                explainer, placements, slots, sites, preparationPool, clock, keepFinished, mostJobs);
    }
}
