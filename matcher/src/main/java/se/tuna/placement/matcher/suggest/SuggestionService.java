package se.tuna.placement.matcher.suggest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.tuna.placement.catalog.search.SeatLoad;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.matcher.explain.Explainer;
import se.tuna.placement.matcher.fit.AssessedHit;
import se.tuna.placement.matcher.planning.Candidate;
import se.tuna.placement.matcher.planning.CandidateScores;
import se.tuna.placement.matcher.planning.CandidateScores.Scored;
import se.tuna.placement.matcher.planning.EmployerTrackRecord;
import se.tuna.placement.matcher.planning.PlacementWeights;
import se.tuna.placement.matcher.planning.PlanProblemFactory;
import se.tuna.placement.matcher.planning.Seating;
import se.tuna.placement.matcher.retrieval.CandidatePool;
import se.tuna.placement.matcher.retrieval.CandidateRetrieval;
import se.tuna.placement.matcher.retrieval.TrackRecords;
import se.tuna.placement.matcher.weights.WeightsService;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantService;

/**
 * Ranked placement suggestions for one participant: the placement bank's best candidates for
 * them (Elasticsearch), each scored by the planning model's rules as if they took it alone (worked out
 * directly from the pair's assessment, {@link CandidateScores}, equal to the solver's score of that
 * one-participant plan), with seats already booked or held counted; whatever breaks a hard rule is
 * never suggested. A slot whose only open
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
    private final TrackRecords trackRecords;
    private final Explainer explainer;
    private final WeightsService weights;
    private final Clock clock;

    public SuggestionService(ParticipantService participants, CandidateRetrieval retrieval, TrackRecords trackRecords,
            Explainer explainer, WeightsService weights, Clock clock) {
        this.participants = participants;
        this.retrieval = retrieval;
        this.trackRecords = trackRecords;
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
        Instant now = clock.instant();
        Set<String> employers = pool.employerIds();
        List<SeatLoad> loads = employers.isEmpty() ? List.of() : retrieval.loadsOfEmployers(employers);
        Map<String, EmployerTrackRecord> records = employers.isEmpty() ? Map.of() : trackRecords.of(employers);
        PlacementWeights rules = weights.current();
        List<Suggestion> suggestions = new ArrayList<>();
        int broken = rank(participant, PlanProblemFactory.candidates(pool.feasible(), loads, records, now), pool.feasible(),
                rules, count, null, suggestions);
        int shown = suggestions.size();
        int brokenToConfirm = rank(participant, PlanProblemFactory.candidates(pool.unconfirmed(), loads, records, now),
                pool.unconfirmed(), rules, shown + count, LIFT_TO_CONFIRM, suggestions);
        // Feasible and to-be-confirmed slots are counted apart: their searches stop at different points.
        long considered = pool.matching() >= 0 ? pool.matching() : pool.feasible().size() + pool.rejected();
        long toConfirm = pool.unconfirmedMatching() >= 0 ? pool.unconfirmedMatching()
                : pool.unconfirmed().size() + pool.unconfirmedRejected();
        return new Suggestions(participant.id(), (int) Math.min(Integer.MAX_VALUE, considered), pool.rejected() + broken,
                (int) Math.min(Integer.MAX_VALUE, toConfirm), pool.unconfirmedRejected() + brokenToConfirm, suggestions);
    }

    /**
     * Adds the candidates that keep a hard score of 0, best first by the model's score of the participant
     * taking each alone ({@link CandidateScores}), up to {@code until}, each explained with the rules' effects
     * worked out the same way; returns how many broke a hard rule (a seat taken since the search, say).
     */
    private int rank(Participant participant, List<Candidate> candidates, List<AssessedHit> hits, PlacementWeights rules,
            int until, String toConfirm, List<Suggestion> suggestions) {
        Map<String, SlotHit> byId = new HashMap<>(hits.size() * 2);
        hits.forEach(hit -> byId.putIfAbsent(hit.hit().slot().id(), hit.hit()));
        List<Scored> ranked = CandidateScores.rank(candidates, rules).stream()
                .filter(scored -> scored.score().hardScore() == 0)
                .toList();
        for (Scored scored : ranked) {
            if (suggestions.size() >= until) {
                break;
            }
            Candidate candidate = scored.candidate();
            SlotHit hit = byId.get(candidate.slot().id());
            suggestions.add(new Suggestion(suggestions.size() + 1, hit.slot(), hit.employerName(),
                    scored.score().hardScore(), scored.score().softScore(),
                    explainer.explain(participant, hit.slot(), candidate.slot(), candidate.assessment(),
                            Seating.alone(candidate.slot()), CandidateScores.effectsAlone(candidate, rules)), toConfirm));
        }
        return candidates.size() - ranked.size();
    }
}
