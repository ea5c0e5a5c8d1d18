package se.tuna.placement.matcher.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.search.SeatLoad;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.matcher.fit.AssessedHit;
import se.tuna.placement.matcher.fit.PairAssessor;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.participant.Phase;

/**
 * Builds the planning problem from participants and the slots retrieved for each: one shared
 * fact per slot (its free seats now, and the load its supervisor and employer already carry),
 * and for each participant their candidates with the pair judged rule by rule (by the retrieval,
 * which judged each pair once while checking the search's hits).
 */
public class PlanProblemFactory {

    private final PairAssessor assessor;

    public PlanProblemFactory(PairAssessor assessor) {
        this.assessor = assessor;
    }

    /**
     * For callers without the whole bank or the pairs judged (benchmarks): judges each pair here and
     * counts the load as far as the candidates themselves tell it.
     *
     * @param participants  who to plan for
     * @param candidates    for each participant (same order), the slots retrieved for them
     * @param trackRecords  how earlier trials went, by employer id
     * @param weights       the rules' weights
     * @param now           the moment seats are counted at
     */
    public PlacementPlan build(List<Participant> participants, List<List<SlotHit>> candidates,
            Map<String, EmployerTrackRecord> trackRecords, PlacementWeights weights, Instant now) {
        List<List<AssessedHit>> assessed = new ArrayList<>(participants.size());
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            Map<String, String> interests = assessor.interestWords(participant);
            assessed.add(candidates.get(i).stream().map(hit -> new AssessedHit(hit, assessor.assess(participant, hit.slot(),
                    interests, assessor.taskStems(hit.slot())))).toList());
        }
        return build(participants, assessed, loadsOf(candidates, now), trackRecords, weights, now);
    }

    /**
     * The plan of the participants on the candidates retrieved for each (same order), as the retrieval
     * judged them, with the load the candidates' employers and supervisors carry counted over all their
     * slots ({@code loads}), not only the candidates.
     */
    public PlacementPlan build(List<Participant> participants, List<List<AssessedHit>> candidates, List<SeatLoad> loads,
            Map<String, EmployerTrackRecord> trackRecords, PlacementWeights weights, Instant now) {
        Map<String, SlotHit> slotsById = new LinkedHashMap<>();
        candidates.forEach(hits -> hits.forEach(hit -> slotsById.putIfAbsent(hit.hit().slot().id(), hit.hit())));
        Map<String, SlotFact> facts = slotFacts(slotsById.values(), loads, trackRecords, now);
        LocalDate today = LocalDate.ofInstant(now, ParticipantRules.PROGRAMME_ZONE);
        List<PlannedPlacement> placements = new ArrayList<>(participants.size());
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            placements.add(new PlannedPlacement(participant.id(), participant.phase() == Phase.READY,
                    waitingDays(participant, today), candidatesOn(candidates.get(i), facts)));
        }
        return new PlacementPlan(placements, List.copyOf(facts.values()), weights);
    }

    /**
     * One participant's candidates as the planning model sees them (a suggestion's, scored without a
     * plan): each slot's fact (free seats now, the load its supervisor and employer carry over all their
     * slots, its employer's track record) with the pair as the retrieval judged it.
     */
    public static List<Candidate> candidates(List<AssessedHit> hits, List<SeatLoad> loads,
            Map<String, EmployerTrackRecord> trackRecords, Instant now) {
        return candidatesOn(hits, slotFacts(hits.stream().map(AssessedHit::hit).toList(), loads, trackRecords, now));
    }

    private static List<Candidate> candidatesOn(List<AssessedHit> hits, Map<String, SlotFact> facts) {
        return hits.stream().map(hit -> new Candidate(facts.get(hit.hit().slot().id()), hit.assessment())).toList();
    }

    static int waitingDays(Participant participant, LocalDate today) {
        return participant.readySince() == null ? 0
                : (int) Math.max(0, ChronoUnit.DAYS.between(participant.readySince(), today));
    }

    private static Map<String, SlotFact> slotFacts(Iterable<SlotHit> hits, List<SeatLoad> loads,
            Map<String, EmployerTrackRecord> trackRecords, Instant now) {
        Map<String, Integer> supervisorLoad = new HashMap<>();
        Map<String, Integer> employerLoad = new HashMap<>();
        for (SeatLoad load : loads) {
            employerLoad.merge(load.employerId(), load.booked(), Integer::sum);
            String supervisor = supervisorKey(load.employerId(), load.supervisor());
            if (supervisor != null) {
                supervisorLoad.merge(supervisor, load.booked(), Integer::sum);
            }
        }
        Map<String, SlotFact> facts = new LinkedHashMap<>();
        for (SlotHit hit : hits) {
            TrainingSlot slot = hit.slot();
            String supervisor = supervisorKey(slot.employerId(), slot.supervisor());
            facts.put(slot.id(), new SlotFact(slot.id(), slot.title(), slot.employerId(), hit.employerName(), supervisor,
                    slot.freeSeats(now), supervisor == null ? 0 : supervisorLoad.getOrDefault(supervisor, 0),
                    employerLoad.getOrDefault(slot.employerId(), 0), trackRecords.get(slot.employerId())));
        }
        return facts;
    }

    /** The load as far as the candidates themselves tell it, for callers without the whole bank. */
    private static List<SeatLoad> loadsOf(List<List<SlotHit>> candidates, Instant now) {
        Map<String, SlotHit> unique = new LinkedHashMap<>();
        candidates.forEach(hits -> hits.forEach(hit -> unique.putIfAbsent(hit.slot().id(), hit)));
        return unique.values().stream().map(hit -> new SeatLoad(hit.slot().employerId(), hit.slot().supervisor(),
                booked(hit.slot(), now))).toList();
    }

    private static int booked(TrainingSlot slot, Instant now) {
        return (int) slot.seatClaims().stream()
                .filter(claim -> claim.kind() == SeatClaim.Kind.BOOKING && claim.isActiveAt(now)).count();
    }

    /** A supervisor is known by name within their employer; none when the slot does not say. */
    static String supervisorKey(String employerId, String supervisor) {
        return supervisor == null || supervisor.isBlank() ? null
                : employerId + "/" + supervisor.strip().toLowerCase(Locale.ROOT);
    }
}
