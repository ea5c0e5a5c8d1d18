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
import se.tuna.placement.matcher.planning.Seating;
import se.tuna.placement.matcher.retrieval.CandidatePool;
import se.tuna.placement.matcher.retrieval.CandidateRetrieval;
import se.tuna.placement.matcher.retrieval.TrackRecords;
import se.tuna.placement.matcher.weights.WeightsService;

/**
 * Ranked placement suggestions for one participant: the placement bank's best candidates for
 * them (Elasticsearch), each scored by the planning model as if they took it, with seats already
 * booked or held counted; whatever breaks a hard rule is never suggested. A slot whose only open
 * question is an unstated heaviest lift (the participant has a lifting limit) comes after every
 * feasible one, marked to be confirmed.
 */
public class SuggestionService {

    /**
     * At least this many slots that pass every hard rule the pair decides are judged, so the
     * model's ranking (which weighs rules the search cannot) has room to choose the best.
     */
    static final int CANDIDATES = 100;
    /** The mark of a slot that could fit once the employer states its heaviest lift. */
    static final String LIFT_TO_CONFIRM = "Att bekräfta: fråga arbetsgivaren om tyngsta lyft";

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

    /**
     * Up to {@code count} slots that pass every hard rule, best first, then up to {@code count}
     * slots to be confirmed (an unstated heaviest lift for a participant with a lifting limit),
     * best first among themselves. The search is read on until {@code max(count, CANDIDATES)}
     * feasible slots are found or the bank is exhausted, so asking for N gives N whenever N qualify.
     */
    public Suggestions suggest(String participantId, int count) {
        Participant participant = participants.get(participantId);
        CandidatePool pool = retrieval.suggestionPool(participant, Math.max(count, CANDIDATES), count);
        List<SlotHit> all = pool.all();
        Instant now = clock.instant();
        var loads = retrieval.loadsOfEmployers(List.of(all));
        var records = trackRecords.of(List.of(all));
        var rules = weights.current();
        List<Suggestion> suggestions = new ArrayList<>();
        int broken = rank(participant, pool.feasible(), problems.build(List.of(participant), List.of(pool.feasible()), loads,
                records, rules, now), count, null, suggestions);
        int shown = suggestions.size();
        int brokenToConfirm = rank(participant, pool.unconfirmed(), problems.build(List.of(participant),
                List.of(pool.unconfirmed()), loads, records, rules, now), shown + count, LIFT_TO_CONFIRM, suggestions);
        // Feasible and to-be-confirmed slots are counted apart: their searches stop at different points.
        long considered = pool.matching() >= 0 ? pool.matching() : pool.feasible().size() + pool.rejected();
        long toConfirm = pool.unconfirmedMatching() >= 0 ? pool.unconfirmedMatching()
                : pool.unconfirmed().size() + pool.unconfirmedRejected();
        return new Suggestions(participant.id(), (int) Math.min(Integer.MAX_VALUE, considered), pool.rejected() + broken,
                (int) Math.min(Integer.MAX_VALUE, toConfirm), pool.unconfirmedRejected() + brokenToConfirm, suggestions);
    }

    /** Adds the hits that keep a hard score of 0, best first, up to {@code until}; returns how many broke a hard rule. */
    private int rank(Participant participant, List<SlotHit> hits, PlacementPlan plan, int until, String toConfirm,
            List<Suggestion> suggestions) {
        if (hits.isEmpty()) {
            return 0;
        }
        PlannedPlacement placement = plan.getPlacements().get(0);
        Map<String, SlotHit> byId = hits.stream().collect(Collectors.toMap(hit -> hit.slot().id(), Function.identity(),
                (a, b) -> a));
        List<ScoredCandidate> ranked = scoring.rank(plan, placement, until - suggestions.size()).stream()
                .filter(candidate -> candidate.score().hardScore() == 0)
                .toList();
        for (ScoredCandidate candidate : ranked) {
            if (suggestions.size() >= until) {
                break;
            }
            SlotHit hit = byId.get(candidate.slot().id());
            suggestions.add(new Suggestion(suggestions.size() + 1, hit.slot(), hit.employerName(),
                    candidate.score().hardScore(), candidate.score().softScore(),
                    explainer.explain(participant, hit.slot(), candidate.slot(), placement.assessmentOf(candidate.slot()),
                            Seating.alone(candidate.slot()),
                            candidate.effects()), toConfirm));
        }
        return hits.size() - ranked.size();
    }
}
