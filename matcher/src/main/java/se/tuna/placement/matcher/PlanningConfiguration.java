package se.tuna.placement.matcher;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.search.SlotSearch;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexSet;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.matcher.explain.Explainer;
import se.tuna.placement.matcher.fit.PairAssessor;
import se.tuna.placement.matcher.fit.SwedishWords;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.TrialRecords;
import se.tuna.placement.matcher.plan.PlanPreparation;
import se.tuna.placement.matcher.plan.PlanService;
import se.tuna.placement.matcher.plan.PlanStore;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.PlanProblemFactory;
import se.tuna.placement.matcher.planning.PlanScoring;
import se.tuna.placement.matcher.retrieval.CandidateRetrieval;
import se.tuna.placement.matcher.retrieval.TrackRecords;
import se.tuna.placement.matcher.suggest.SuggestionService;
import se.tuna.placement.participants.travel.TravelTimeEstimator;
import se.tuna.placement.matcher.weights.WeightsService;

/**
 * The matching beans: retrieval, the planning model and its scoring, suggestions, plans,
 * decided placements and the rules' weights. Solver settings come from
 * {@code solver/plan-solver.xml} in solver-config; the time limits can be set per installation.
 */
@Configuration(proxyBeanMethods = false)
public class PlanningConfiguration {

    @Bean
    IndexSet planningIndexSet() {
        return new IndexSet("matcher", List.of(WeightsService.SETTINGS, PlanStore.PLANS));
    }

    @Bean
    PairAssessor pairAssessor(TravelTimeEstimator travel, ReferenceData reference) {
        return new PairAssessor(travel, reference.relatedOccupations(), new SwedishWords(reference));
    }

    @Bean
    PlanProblemFactory planProblemFactory(PairAssessor assessor) {
        return new PlanProblemFactory(assessor);
    }

    @Bean
    CandidateRetrieval candidateRetrieval(SlotSearch search, SlotRepository slots, ReferenceData reference,
            TravelTimeEstimator travel, PairAssessor assessor, Clock clock) {
        return new CandidateRetrieval(search, slots, reference.relatedOccupations(), travel, assessor, clock);
    }

    @Bean
    TrackRecords trackRecords(TrialRecords trials) {
        return new TrackRecords(trials);
    }

    @Bean
    Explainer explainer(ReferenceData reference) {
        return new Explainer(reference.occupations());
    }

    @Bean
    WeightsService weightsService(ElasticsearchClient client, IndexNames names, Clock clock) {
        return new WeightsService(client, names, clock);
    }

    /**
     * The planning solver's settings: the XML in solver-config, with this installation's time limits.
     *
     * @param secondsSpentLimit   the longest a plan may take (tuna.planning.seconds-spent-limit)
     * @param unimprovedSeconds   stop once the best plan has not improved for this long (tuna.planning.unimproved-seconds)
     */
    @Bean
    SolverConfig planSolverConfig(@Value("${tuna.planning.seconds-spent-limit:120}") long secondsSpentLimit,
            @Value("${tuna.planning.unimproved-seconds:10}") long unimprovedSeconds) {
        return SolverConfig.createFromXmlResource("solver/plan-solver.xml")
                .withTerminationConfig(new TerminationConfig()
                        .withSecondsSpentLimit(secondsSpentLimit)
                        .withUnimprovedSecondsSpentLimit(unimprovedSeconds));
    }

    /** Explains plans; see {@code solver/suggest-solver.xml}. */
    @Bean
    PlanScoring planScoring() {
        return new PlanScoring(SolverFactory.create(SolverConfig.createFromXmlResource("solver/suggest-solver.xml")));
    }

    @Bean
    SuggestionService suggestionService(ParticipantService participants, CandidateRetrieval retrieval,
            TrackRecords trackRecords, Explainer explainer, WeightsService weights, Clock clock) {
        return new SuggestionService(participants, retrieval, trackRecords, explainer, weights, clock);
    }

    /** One plan solves at a time: the machine has two cores and the service must stay responsive. */
    @Bean(destroyMethod = "close")
    SolverManager<PlacementPlan, String> planSolverManager(SolverConfig planSolverConfig) {
        return SolverManager.create(planSolverConfig, new SolverManagerConfig().withParallelSolverCount("1"));
    }

    /** Where plans are kept, so that they outlive a restart. */
    @Bean
    PlanStore planStore(ElasticsearchClient client, IndexNames names) {
        return new PlanStore(client, names);
    }

    /**
     * The plans' jobs, kept 8 hours after they finish: in memory while this process holds them, and
     * in Elasticsearch, which a restart does not lose.
     *
     * @param mostKept how many plans are kept at once (tuna.planning.most-kept): one more in memory is refused until
     *                 old ones are forgotten, and the store keeps the newest this many
     */
    @Bean(destroyMethod = "close")
    PlanService planService(SolverManager<PlacementPlan, String> solverManager, ParticipantService participants,
            CandidateRetrieval retrieval, PlanProblemFactory problems, TrackRecords trackRecords, WeightsService weights,
            PlanScoring scoring, Explainer explainer, PlacementService placements, SlotService slots, ReferenceData reference,
            Clock clock, PlanStore store,
            @Value("${tuna.planning.most-kept:50}") int mostKept) {
        ExecutorService preparation = Executors.newFixedThreadPool(1, runnable -> {
            Thread thread = new Thread(runnable, "plan-preparation");
            thread.setDaemon(true);
            return thread;
        });
        PlanPreparation planPreparation = new PlanPreparation(participants, retrieval, problems, trackRecords, weights, clock);
        return new PlanService(solverManager, planPreparation, scoring, explainer, placements, slots, reference.sites(), preparation,
                clock, Duration.ofHours(8), mostKept, store);
    }
}
