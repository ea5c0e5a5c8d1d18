package se.tuna.placement.matcher.suggest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.matcher.explain.Explainer;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.PlanProblemFactory;
import se.tuna.placement.matcher.planning.PlanScoring;
import se.tuna.placement.matcher.planning.PlanScoring.ScoredCandidate;
import se.tuna.placement.matcher.planning.PlannedPlacement;
import se.tuna.placement.matcher.retrieval.CandidateRetrieval;
import se.tuna.placement.matcher.retrieval.TrackRecords;
import se.tuna.placement.matcher.weights.WeightsService;

/**
 * Ranked placement suggestions for one participant: the placement bank's best candidates for
 * them (Elasticsearch), each scored by the planning model as if they took it, with seats already
 * booked or held counted; whatever breaks a hard rule is never suggested.
 */
public class SuggestionService {

    /** How many slots to judge; the search ranks well enough that the best are among these. */
    static final int CANDIDATES = 100;

    private final ParticipantService participants;
    private final CandidateRetrieval retrieval;
    private final PlanProblemFactory problems;
    private final TrackRecords trackRecords;
    private final PlanScoring scoring;
    private final Explainer explainer;
    private final WeightsService weights;
    private final Clock clock;

    public SuggestionService(ParticipantService participants, CandidateRetrieval retrieval, PlanProblemFactory problems,
            TrackRecords trackRecords, PlanScoring scoring, Explainer explainer, WeightsService weights, Clock clock) {
        this.participants = participants;
        this.retrieval = retrieval;
        this.problems = problems;
        this.trackRecords = trackRecords;
        this.scoring = scoring;
        this.explainer = explainer;
        this.weights = weights;
        this.clock = clock;
    }

    public Suggestions suggest(String participantId, int count) {
        Participant participant = participants.get(participantId);
        List<SlotHit> hits = retrieval.candidates(participant, CANDIDATES);
        Instant now = clock.instant();
        PlacementPlan plan = problems.build(List.of(participant), List.of(hits), retrieval.loadsOfEmployers(List.of(hits)),
                trackRecords.of(List.of(hits)), weights.current(), now);
        return rank(participant, hits, plan, count);
    }

    private Suggestions rank(Participant participant, List<SlotHit> hits, PlacementPlan plan, int count) {
        PlannedPlacement placement = plan.getPlacements().get(0);
        Map<String, SlotHit> byId = hits.stream().collect(Collectors.toMap(hit -> hit.slot().id(), Function.identity(),
                (a, b) -> a));
        List<ScoredCandidate> ranked = scoring.rank(plan, placement, count).stream()
                .filter(candidate -> candidate.score().hardScore() == 0)
                .toList();
        List<Suggestion> suggestions = new ArrayList<>();
        for (ScoredCandidate candidate : ranked.subList(0, Math.min(count, ranked.size()))) {
            SlotHit hit = byId.get(candidate.slot().id());
            suggestions.add(new Suggestion(suggestions.size() + 1, hit.slot(), hit.employerName(),
                    candidate.score().hardScore(), candidate.score().softScore(),
                    explainer.explain(participant, hit.slot(), candidate.slot(), placement.assessmentOf(candidate.slot()), 1,
                            candidate.effects())));
        }
        return new Suggestions(participant.id(), hits.size(), hits.size() - ranked.size(), suggestions);
    }
}
