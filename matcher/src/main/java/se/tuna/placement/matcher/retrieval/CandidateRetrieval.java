package se.tuna.placement.matcher.retrieval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.reference.RelatedOccupations;
import se.tuna.placement.catalog.search.CandidatePage;
import se.tuna.placement.catalog.search.Relevance;
import se.tuna.placement.catalog.search.SeatLoad;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.catalog.search.SlotSearch;
import se.tuna.placement.catalog.search.SlotSearchCriteria;
import se.tuna.placement.catalog.search.SlotSort;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.catalog.store.StoredSlot;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.matcher.fit.AssessedHit;
import se.tuna.placement.matcher.fit.PairAssessment;
import se.tuna.placement.matcher.fit.PairAssessor;
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
    /** Bounds of one search page while reading on (search_after). */
    static final int MIN_PAGE = 20;
    static final int MAX_PAGE = 1_000;

    private final SlotSearch search;
    private final SlotRepository slots;
    private final RelatedOccupations related;
    private final TravelTimeEstimator travel;
    private final PairAssessor assessor;
    private final Clock clock;

    public CandidateRetrieval(SlotSearch search, SlotRepository slots, RelatedOccupations related, TravelTimeEstimator travel,
            PairAssessor assessor, Clock clock) {
        this.search = search;
        this.assessor = assessor;
        this.slots = slots;
        this.related = related;
        this.travel = travel;
        this.clock = clock;
    }

    /**
     * The slots for one participant's suggestions, best first by the search's ranking: read page
     * after page until {@code k} pass every hard rule the pair decides (or the bank is
     * exhausted); and, for a participant with a lifting limit, in a search of their own, up to
     * {@code unconfirmed} slots that pass every other hard rule but do not state their heaviest
     * lift (to be confirmed with the employer), so they show however many feasible slots rank above.
     */
    public CandidatePool suggestionPool(Participant participant, int k, int unconfirmed) {
        Relevance relevance = relevance(participant);
        Map<String, String> interests = assessor.interestWords(participant);
        Read feasible = new Read(participant, criteria(participant, k), relevance, interests, k, false);
        if (liftLimit(participant) == null || unconfirmed <= 0) {
            collect(List.of(feasible), true);
            return new CandidatePool(feasible.feasible, List.of(), feasible.total, feasible.rejected, 0, 0);
        }
        // Both searches go in the same _msearch rounds, read in the same real-time reads.
        Read unstated = new Read(participant, criteria(participant, unconfirmed).withUnstatedLiftOnly(true), relevance,
                interests, unconfirmed, true);
        collect(List.of(feasible, unstated), true);
        // Counted apart: the two searches stop at different points (k and unconfirmed passing).
        return new CandidatePool(feasible.feasible, unstated.feasible, feasible.total, feasible.rejected,
                unstated.total, unstated.rejected);
    }

    /**
     * The JSON body of the first candidate search {@link #suggestionPool} sends for this
     * participant (for the load benchmark's bare query, sent straight to Elasticsearch).
     */
    public String firstPageRequestBody(Participant participant, int k) {
        return search.pageRequestBody(criteria(participant, k).withPage(0, pageSize(k, 0, true)), relevance(participant), true);
    }

    /**
     * The best {@code k} slots for each participant that pass every hard rule the pair decides
     * (the slots' seats are the plan's to share out), best first by the search's ranking; an
     * unstated lift for a participant with a lifting limit is left out until confirmed. One
     * {@code _msearch} round per page; only participants still short of {@code k} read on.
     */
    public List<List<AssessedHit>> candidates(List<Participant> participants, int k) {
        List<Read> reads = participants.stream().map(p -> new Read(p, criteria(p, k), relevance(p),
                assessor.interestWords(p), k, false)).toList();
        collect(reads, false);
        return reads.stream().map(read -> List.copyOf(read.feasible)).toList();
    }

    /** The best {@code k} slots for one participant that pass every hard rule the pair decides. */
    public List<AssessedHit> candidates(Participant participant, int k) {
        return candidates(List.of(participant), k).get(0);
    }

    /**
     * Reads each participant's search page by page (relevance, then slot id, continued with
     * {@code search_after}) and checks every hit exactly ({@link #check}). One {@code _msearch}
     * round per page; only participants still short of {@code k} read on.
     *
     * <p>All pages of one read go with one {@code preference} (the same shard copies answer
     * every page); a slot a page repeats (a write between pages moved its score across the
     * cursor) is dropped, so no slot is counted, checked or returned twice.
     */
    private void collect(List<Read> reads, boolean countTotal) {
        String preference = "collect-" + UUID.randomUUID();
        List<Read> open = reads.stream().filter(read -> read.k > 0).toList();
        boolean first = true;
        while (!open.isEmpty()) {
            List<CandidatePage> pages = nextPages(open, first && countTotal, first, preference);
            Set<String> ids = new HashSet<>();
            pages.forEach(page -> page.hits().forEach(hit -> ids.add(hit.slot().id())));
            Map<String, Versioned<StoredSlot>> now = slots.findAll(ids);
            List<Read> stillShort = new ArrayList<>();
            for (int j = 0; j < open.size(); j++) {
                Read read = open.get(j);
                CandidatePage page = pages.get(j);
                if (first) {
                    read.total = page.total();
                }
                check(read, page, now);
                read.cursor = page.next();
                if (read.feasible.size() < read.k && page.next() != null) {
                    stillShort.add(read);
                }
            }
            open = stillShort;
            first = false;
        }
    }

    /** The next page of each open read, in one {@code _msearch}. */
    private List<CandidatePage> nextPages(List<Read> open, boolean countTotal, boolean first, String preference) {
        List<SlotSearchCriteria> criteria = new ArrayList<>(open.size());
        List<Relevance> relevance = new ArrayList<>(open.size());
        List<CandidatePage.Cursor> after = new ArrayList<>(open.size());
        for (Read read : open) {
            criteria.add(read.criteria.withPage(0, pageSize(read.k, read.feasible.size(), first)));
            relevance.add(read.relevance);
            after.add(read.cursor);
        }
        return search.searchPages(criteria, relevance, after, countTotal, preference);
    }

    /**
     * Checks a page's new hits in order until the read has its {@code k}: the slot read again in real time
     * ({@code now}: search sees writes only after a refresh, and a seat booked or held a moment ago must
     * already count) must still be open, and the pair must pass the hard rules the planning model judges
     * per pair ({@link PairAssessment#feasible()}: limitations, start hours, schedule, trip time, avoided
     * employer). The pair is judged in full, once: the plan and the suggestion's score read this assessment.
     */
    private void check(Read read, CandidatePage page, Map<String, Versioned<StoredSlot>> now) {
        for (SlotHit hit : unseen(page.hits(), read.seen)) {
            if (read.feasible.size() >= read.k) {
                return;
            }
            Versioned<StoredSlot> current = now.get(hit.slot().id());
            if (current == null || current.value().slot().status() != SlotStatus.OPEN) {
                read.rejected++;
                continue;
            }
            TrainingSlot slot = current.value().slot();
            PairAssessment pair = assessor.assess(read.participant, slot, read.interests, assessor.taskStems(slot));
            // An unstated lift (null) is what the second search looks for, and what the first refuses.
            if (pair.feasible() && (pair.liftTooHeavy() == null) == read.unstatedLift) {
                read.feasible.add(new AssessedHit(new SlotHit(slot, hit.employerName(), hit.score(), hit.distanceKm()), pair));
            } else {
                read.rejected++;
            }
        }
    }

    /**
     * One participant's search while it is read: what it wants ({@code k} passing; with {@code unstatedLift}
     * the slots that do not state their heaviest lift, else those that pass every hard rule), where it
     * stands and what passed so far; the filters' count ({@code total}, -1 if not counted) and how many
     * hits it refused.
     */
    private static final class Read {
        final Participant participant;
        final SlotSearchCriteria criteria;
        final Relevance relevance;
        final Map<String, String> interests;
        final int k;
        final boolean unstatedLift;
        final List<AssessedHit> feasible = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        int rejected;
        long total = -1;
        CandidatePage.Cursor cursor;

        Read(Participant participant, SlotSearchCriteria criteria, Relevance relevance, Map<String, String> interests,
                int k, boolean unstatedLift) {
            this.participant = participant;
            this.criteria = criteria;
            this.relevance = relevance;
            this.interests = interests;
            this.k = k;
            this.unstatedLift = unstatedLift;
        }
    }

    /**
     * The page's hits not seen on an earlier page of the same read, in order; marks them seen. A
     * hit after the participant has enough is marked too, harmlessly: no later page is read then.
     */
    static List<SlotHit> unseen(List<SlotHit> page, Set<String> seen) {
        return page.stream().filter(hit -> seen.add(hit.slot().id())).toList();
    }

    /**
     * The first page asks for twice {@code k}: about a third of the hits fail the exact check (on
     * the demo bank of 100,000 slots, half the participants read 150 hits or more for 100 that pass,
     * four in five at most 250), and a page of only {@code k} sent nearly every suggestion a second
     * round (an {@code _msearch} and a real-time read). A further page asks for twice what is still
     * missing, at least {@link #MIN_PAGE}, so a participant whose hits mostly fail reaches the end of
     * the bank in few rounds.
     */
    static int pageSize(int k, int found, boolean first) {
        int wanted = 2 * (first ? k : k - found);
        return Math.max(MIN_PAGE, Math.min(MAX_PAGE, wanted));
    }

    /** The load every employer among the candidates carries now, over all its slots. */
    public List<SeatLoad> loadsOfEmployers(Set<String> employerIds) {
        return search.seatLoads(employerIds);
    }

    SlotSearchCriteria criteria(Participant p, int k) {
        return new SlotSearchCriteria(null, null, p.home(), reachKm(p), startHours(p), daysOf(p), null, excludedDemands(p),
                liftLimit(p), Set.of(p.site()), Set.of(SlotStatus.OPEN), null, avoidedEmployers(p), startDay(), true,
                SlotSort.RELEVANCE, 0, k)
                .withRequiredAccessibility(requiredAccessibility(p))
                .withWorkingWithin(p.workingWindows());
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

    /**
     * With a lifting limit, only slots that state a lift within it; a slot that does not state it
     * is an unknown to confirm: kept apart for suggestions, left out of plans.
     */
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
