package se.tuna.placement.matcher.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.matcher.fit.AssessedHit;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantService;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.PlanProblemFactory;
import se.tuna.placement.matcher.retrieval.CandidateRetrieval;
import se.tuna.placement.matcher.retrieval.TrackRecords;
import se.tuna.placement.matcher.weights.WeightsService;

/** Reads a waiting list and the candidates of each participant, and builds the planning problem. */
public class PlanPreparation {

    /** Slots judged per participant; the best of the bank for them, by the search's ranking. */
    static final int CANDIDATES_PER_PARTICIPANT = 50;
    private static final int SEARCH_BATCH = 100;

    private final ParticipantService participants;
    private final CandidateRetrieval retrieval;
    private final PlanProblemFactory problems;
    private final TrackRecords trackRecords;
    private final WeightsService weights;
    private final Clock clock;

    public PlanPreparation(ParticipantService participants, CandidateRetrieval retrieval, PlanProblemFactory problems,
            TrackRecords trackRecords, WeightsService weights, Clock clock) {
        this.participants = participants;
        this.retrieval = retrieval;
        this.problems = problems;
        this.trackRecords = trackRecords;
        this.weights = weights;
        this.clock = clock;
    }

    PreparedPlan prepare(Set<String> sites) {
        List<Participant> waiting = waitingList(sites);
        List<List<AssessedHit>> candidates = new ArrayList<>(waiting.size());
        for (int from = 0; from < waiting.size(); from += SEARCH_BATCH) {
            candidates.addAll(retrieval.candidates(waiting.subList(from, Math.min(waiting.size(), from + SEARCH_BATCH)),
                    CANDIDATES_PER_PARTICIPANT));
        }
        Instant now = clock.instant();
        Set<String> employers = new HashSet<>();
        candidates.forEach(hits -> hits.forEach(hit -> employers.add(hit.hit().slot().employerId())));
        PlacementPlan plan = problems.build(waiting, candidates, retrieval.loadsOfEmployers(employers),
                trackRecords.of(employers), weights.current(), now);
        Map<String, Participant> byId = new LinkedHashMap<>();
        waiting.forEach(p -> byId.put(p.id(), p));
        Map<String, SlotHit> slots = new HashMap<>();
        candidates.forEach(hits -> hits.forEach(hit -> slots.putIfAbsent(hit.hit().slot().id(), hit.hit())));
        return new PreparedPlan(plan, byId, slots);
    }

    /** The ready participants of the sites (all sites when none given), longest waiting first. */
    private List<Participant> waitingList(Set<String> sites) {
        if (sites.isEmpty()) {
            return participants.listAll(null, Phase.READY);
        }
        List<Participant> waiting = new ArrayList<>();
        sites.forEach(site -> waiting.addAll(participants.listAll(site, Phase.READY)));
        // One waiting list across the sites, in the same order each site's list has.
        waiting.sort(Comparator.comparing(Participant::readySince, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Participant::id));
        return waiting;
    }
}
