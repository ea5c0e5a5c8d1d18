package se.tuna.placement.matcher.retrieval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.reference.RelatedOccupations;
import se.tuna.placement.catalog.search.Relevance;
import se.tuna.placement.catalog.search.SeatLoad;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.catalog.search.SlotSearch;
import se.tuna.placement.catalog.search.SlotSearchCriteria;
import se.tuna.placement.catalog.search.SlotSort;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.catalog.store.StoredSlot;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.participant.AvoidedEmployer;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/**
 * Finds the slots worth considering for a participant: Elasticsearch filters out whatever a hard
 * rule rules out and can be told from the slot alone (open with a free seat, the participant's
 * site, overlapping hours under the start ceiling, their weekdays, no demand their limitations
 * rule out, within reach, no avoided employer), and ranks the rest by occupation (exact goal >
 * same group > experience > related), their interests against the tasks, and nearness.
 */
public class CandidateRetrieval {

    static final double GOAL_WEIGHT = 3.0;
    static final double GOAL_GROUP_WEIGHT = 2.0;
    static final double EXPERIENCE_WEIGHT = 1.5;
    static final double RELATED_WEIGHT = 1.0;
    /** Nearness halves its bonus at this distance. */
    static final double HALF_SCORE_KM = 8.0;
    /**
     * A slot is considered if it is open on the day a placement found today would start: after a
     * study visit, about two weeks on. That leaves out slots that have ended or end within two
     * weeks, and those that open later than that.
     */
    static final int DAYS_TO_START = 14;

    private final SlotSearch search;
    private final SlotRepository slots;
    private final RelatedOccupations related;
    private final TravelTimeEstimator travel;
    private final Clock clock;

    public CandidateRetrieval(SlotSearch search, SlotRepository slots, RelatedOccupations related, TravelTimeEstimator travel,
            Clock clock) {
        this.search = search;
        this.slots = slots;
        this.related = related;
        this.travel = travel;
        this.clock = clock;
    }

    /** The best {@code k} slots for one participant, best first. */
    public List<SlotHit> candidates(Participant participant, int k) {
        return candidates(List.of(participant), k).get(0);
    }

    /**
     * The best {@code k} slots for each participant, in one search round trip, then read again in
     * real time: search sees writes only after a refresh (up to a second), and a seat booked or
     * held a moment ago must already count.
     */
    public List<List<SlotHit>> candidates(List<Participant> participants, int k) {
        List<List<SlotHit>> found = search.searchMany(participants.stream().map(p -> criteria(p, k)).toList(),
                participants.stream().map(this::relevance).toList());
        Set<String> ids = new HashSet<>();
        found.forEach(hits -> hits.forEach(hit -> ids.add(hit.slot().id())));
        Map<String, Versioned<StoredSlot>> now = slots.findAll(ids);
        return found.stream().map(hits -> hits.stream()
                .filter(hit -> now.containsKey(hit.slot().id()))
                .map(hit -> new SlotHit(now.get(hit.slot().id()).value().slot(), hit.employerName(), hit.score(), hit.distanceKm()))
                .filter(hit -> hit.slot().status() == SlotStatus.OPEN)
                .toList()).toList();
    }

    /** The load every employer among the candidates carries now, over all its slots. */
    public List<SeatLoad> loadsOfEmployers(List<List<SlotHit>> candidates) {
        Set<String> employers = new HashSet<>();
        candidates.forEach(hits -> hits.forEach(hit -> employers.add(hit.slot().employerId())));
        return search.seatLoads(employers);
    }

    SlotSearchCriteria criteria(Participant p, int k) {
        return new SlotSearchCriteria(null, null, p.home(), reachKm(p), startHours(p), daysOf(p), null, excludedDemands(p),
                liftLimit(p), Set.of(p.site()), Set.of(SlotStatus.OPEN), null, avoidedEmployers(p), startDay(), true,
                SlotSort.RELEVANCE, 0, k)
                .withRequiredAccessibility(requiredAccessibility(p));
    }

    Relevance relevance(Participant p) {
        Map<String, Double> weights = new HashMap<>();
        p.experienceOccupations().forEach(code -> {
            related.relatedTo(code).forEach(r -> weights.merge(r.ssyk4(), RELATED_WEIGHT, Math::max));
            weights.merge(code, EXPERIENCE_WEIGHT, Math::max);
        });
        p.goalOccupations().forEach(code -> {
            related.relatedTo(code).forEach(r -> weights.merge(r.ssyk4(), RELATED_WEIGHT, Math::max));
            weights.merge(code.substring(0, 3), GOAL_GROUP_WEIGHT, Math::max);
            weights.merge(code, GOAL_WEIGHT, Math::max);
        });
        String preferences = String.join(" ", nonNull(p.interests()), nonNull(p.skills()), nonNull(p.strengths())).strip();
        return new Relevance(weights, p.home(), HALF_SCORE_KM, preferences.isEmpty() ? null : preferences);
    }

    private LocalDate startDay() {
        return LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE)).plusDays(DAYS_TO_START);
    }

    /** Only slots whose hours can give a start both accept, under the participant's ceiling. */
    private static HourRange startHours(Participant p) {
        int high = Math.min(p.hours().max(), p.effectiveStartCeiling());
        return new HourRange(p.hours().min(), Math.max(p.hours().min(), high));
    }

    private static Set<java.time.DayOfWeek> daysOf(Participant p) {
        return p.availability() == null ? Set.of() : p.availability().days();
    }

    private static Set<WorkDemand> excludedDemands(Participant p) {
        Set<WorkDemand> excluded = EnumSet.noneOf(WorkDemand.class);
        p.limitations().forEach(limitation -> excluded.addAll(limitation.conflictingDemands()));
        return excluded;
    }

    private static Set<Accessibility> requiredAccessibility(Participant p) {
        Set<Accessibility> required = EnumSet.noneOf(Accessibility.class);
        p.limitations().forEach(limitation -> required.addAll(limitation.requiredAccessibility()));
        return required;
    }

    /** With a lifting limit, only slots that state a lift within it (an unstated lift is left out, to be safe). */
    private static Integer liftLimit(Participant p) {
        return p.has(FunctionalLimitation.LIFTING_LIMIT) ? p.maxLiftKg() : null;
    }

    private static Set<String> avoidedEmployers(Participant p) {
        return p.avoidedEmployers().stream().map(AvoidedEmployer::employerId).collect(java.util.stream.Collectors.toSet());
    }

    private Double reachKm(Participant p) {
        if (p.home() == null || p.maxTravelMinutes() == null || p.travelMode() == null) {
            return null;
        }
        double reach = travel.reachKm(p.travelMode(), p.maxTravelMinutes());
        return Double.isInfinite(reach) ? null : Math.max(0.5, reach);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
