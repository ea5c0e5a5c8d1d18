package se.tuna.placement.benchmarks;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.reference.RelatedOccupations;
import se.tuna.placement.matcher.fit.PairAssessor;
import se.tuna.placement.participants.participant.AvoidedEmployer;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/**
 * Ranks a bank's slots for a participant the way {@code CandidateRetrieval} asks Elasticsearch to,
 * in memory: the same filters (open, the participant's site, within travel reach, hours that give a
 * start under the ceiling, a shared weekday, no ruled-out demand, a lift within the limit, the
 * accessibility needed, no avoided employer) and a score of the same parts (occupation boosts
 * exact 3 / group 2 / experience 1.5 / related 1, summed as Elasticsearch sums should-clauses;
 * the participant's words found in title and tasks, standing in for BM25; nearness as the gauss
 * decay 2 · 0.5^((d/8 km)²)). Free seats are left to the caller, which books seats afterwards.
 *
 * <p>For big banks only a pool is scored first: the slots of the occupations the participant aims
 * for or knows; then those of the goals' groups and related occupations, then the whole site,
 * while the pool gives too few.
 */
final class RetrievalEmulator {

    static final double GOAL_WEIGHT = 3.0;
    static final double GOAL_GROUP_WEIGHT = 2.0;
    static final double EXPERIENCE_WEIGHT = 1.5;
    static final double RELATED_WEIGHT = 1.0;
    static final double HALF_SCORE_KM = 8.0;
    static final double NEARNESS_WEIGHT = 2.0;
    /** Each of the participant's words in the tasks adds this, up to three words. */
    static final double WORD_WEIGHT = 1.0;
    private static final int FULL_SCAN_BELOW = 5_000;
    private static final double KM_PER_DEGREE = 6371.0088 * Math.PI / 180;
    /** Distances are measured on a plane through the bank's latitude: well under 0.1 % off within the county. */
    private static final double COS_LAT = Math.cos(Math.toRadians(59.4));
    private static final double LN_HALF = Math.log(0.5);
    /** Scores stay far below this many millionths; bank indices below 2^24. */
    private static final long MOST_MICROS = 1L << 38;

    private final List<TrainingSlot> slots;
    private final RelatedOccupations related;
    private final TravelTimeEstimator travel;
    private final PairAssessor assessor;
    private final Map<String, SiteIndex> sites = new HashMap<>();
    /** Slots share few distinct titles and tasks: each slot's text number, and each text's stems. */
    private final int[] textOf;
    private final List<Set<String>> textStems = new ArrayList<>();
    private int[] sharedStamp;
    private int[] sharedWords;
    private final int[] mark;
    // per slot, for fast filtering: hours, weekdays, demands, accessibility as bits, position in km
    private final int[] minHours;
    private final int[] maxHours;
    private final int[] dayBits;
    private final long[] demandBits;
    private final int[] accessBits;
    private final double[] northKm;
    private final double[] eastKm;
    private final String[] groups;
    private int stamp;
    long pooled;
    int widened;
    int scanned;

    /** The open slots of one site, by occupation and group. */
    private static final class SiteIndex {
        final List<Integer> all = new ArrayList<>();
        final Map<String, List<Integer>> byCode = new HashMap<>();
        final Map<String, List<Integer>> byGroup = new HashMap<>();
    }

    RetrievalEmulator(List<TrainingSlot> slots, RelatedOccupations related, TravelTimeEstimator travel, PairAssessor assessor) {
        this.slots = slots;
        this.related = related;
        this.travel = travel;
        this.assessor = assessor;
        this.textOf = new int[slots.size()];
        Map<String, Integer> texts = new HashMap<>();
        this.mark = new int[slots.size()];
        int n = slots.size();
        minHours = new int[n];
        maxHours = new int[n];
        dayBits = new int[n];
        demandBits = new long[n];
        accessBits = new int[n];
        northKm = new double[n];
        eastKm = new double[n];
        groups = new String[n];
        for (int i = 0; i < n; i++) {
            TrainingSlot slot = slots.get(i);
            minHours[i] = slot.hours().min();
            maxHours[i] = slot.hours().max();
            for (var window : slot.schedule().windows()) {
                dayBits[i] |= 1 << window.day().ordinal();
            }
            for (WorkDemand demand : slot.demands()) {
                demandBits[i] |= 1L << demand.ordinal();
            }
            for (Accessibility access : slot.accessibility()) {
                accessBits[i] |= 1 << access.ordinal();
            }
            groups[i] = slot.occupationCode().substring(0, 3).intern();
            textOf[i] = texts.computeIfAbsent(slot.title() + "\u0000" + slot.tasks(), text -> {
                textStems.add(assessor.taskStems(slot));
                return textStems.size() - 1;
            });
            northKm[i] = slot.coordinates().lat() * KM_PER_DEGREE;
            eastKm[i] = slot.coordinates().lon() * KM_PER_DEGREE * COS_LAT;
        }
        sharedStamp = new int[textStems.size()];
        sharedWords = new int[textStems.size()];
        for (int i = 0; i < n; i++) {
            TrainingSlot slot = slots.get(i);
            if (slot.status() != SlotStatus.OPEN) {
                continue;
            }
            for (String site : slot.sites()) {
                SiteIndex index = sites.computeIfAbsent(site, s -> new SiteIndex());
                index.all.add(i);
                index.byCode.computeIfAbsent(slot.occupationCode(), c -> new ArrayList<>()).add(i);
                index.byGroup.computeIfAbsent(slot.occupationCode().substring(0, 3), c -> new ArrayList<>()).add(i);
            }
        }
    }

    /**
     * Up to {@code depth} slot indices that pass the filters, best first; the whole site is scanned
     * when the pool gives fewer than {@code enough}.
     */
    int[] ranked(Participant p, int enough, int depth) {
        SiteIndex site = sites.get(p.site());
        if (site == null) {
            return new int[0];
        }
        Map<String, Double> weights = occupationWeights(p);
        Filter filter = new Filter(p);
        Map<String, String> words = assessor.interestWords(p);
        stamp++;
        boolean full = site.all.size() < FULL_SCAN_BELOW;
        if (full) {
            return score(p, site.all, weights, filter, words, depth);
        }
        // Big banks: the occupations aimed for or known first (the strongest boosts, so they fill
        // the top of the ranking); the goals' groups and related occupations, then the whole site,
        // only when that is not enough.
        List<Integer> pool = new ArrayList<>();
        weights.forEach((key, weight) -> {
            if (weight > RELATED_WEIGHT && key.length() == 4) {
                addAll(pool, site.byCode.getOrDefault(key, List.of()));
            }
        });
        int[] found = score(p, pool, weights, filter, words, depth);
        pooled += pool.size();
        if (found.length < enough) {
            widened++;
            weights.forEach((key, weight) -> addAll(pool,
                    (key.length() == 4 ? site.byCode : site.byGroup).getOrDefault(key, List.of())));
            found = score(p, pool, weights, filter, words, depth);
        }
        if (found.length < enough) {
            scanned++;
            found = score(p, site.all, weights, filter, words, depth);
        }
        return found;
    }

    private void addAll(List<Integer> pool, List<Integer> indices) {
        for (int index : indices) {
            if (mark[index] != stamp) {
                mark[index] = stamp;
                pool.add(index);
            }
        }
    }

    private int[] score(Participant p, List<Integer> pool, Map<String, Double> weights, Filter filter,
            Map<String, String> words, int depth) {
        // Each passing slot as one sortable long: the score in millionths (higher first), then the bank index.
        long[] keyed = new long[pool.size()];
        int n = 0;
        for (int index : pool) {
            if (!filter.test(index)) {
                continue;
            }
            TrainingSlot slot = slots.get(index);
            double score = weights.isEmpty() ? 0 : weights.getOrDefault(slot.occupationCode(), 0.0)
                    + weights.getOrDefault(groups[index], 0.0);
            if (!words.isEmpty()) {
                int text = textOf[index];
                if (sharedStamp[text] != stamp) {
                    sharedStamp[text] = stamp;
                    int shared = 0;
                    for (String stem : textStems.get(text)) {
                        if (words.containsKey(stem) && ++shared == 3) {
                            break;
                        }
                    }
                    sharedWords[text] = shared;
                }
                score += WORD_WEIGHT * sharedWords[text];
            }
            if (p.home() != null) {
                double km = filter.distanceKm(index) / HALF_SCORE_KM;
                score += NEARNESS_WEIGHT * Math.exp(LN_HALF * km * km);
            }
            long micro = Math.round(score * 1e6);
            keyed[n++] = ((MOST_MICROS - micro) << 24) | index;
        }
        if (n > 2 * depth) {
            selectSmallest(keyed, n, depth);
            n = depth;
        }
        Arrays.sort(keyed, 0, n);
        int[] best = new int[Math.min(depth, n)];
        for (int i = 0; i < best.length; i++) {
            best[i] = (int) (keyed[i] & 0xFF_FFFF);
        }
        return best;
    }

    /** Moves the {@code k} smallest of the first {@code n} values to the front, in any order (quickselect). */
    private static void selectSmallest(long[] values, int n, int k) {
        int low = 0;
        int high = n - 1;
        while (low < high) {
            long pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (k - 1 <= j) {
                high = j;
            } else if (k - 1 >= i) {
                low = i;
            } else {
                return;
            }
        }
    }

    /** As CandidateRetrieval.relevance: related 1, experience 1.5, goal group 2, goal 3; the highest per key. */
    private Map<String, Double> occupationWeights(Participant p) {
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
        return weights;
    }

    /** The filters of CandidateRetrieval.criteria, but free seats. */
    private final class Filter {
        final Participant p;
        final double reachKm;
        final int low;
        final int high;
        final int days;
        long excluded;
        int required;
        final Integer liftLimit;
        final Set<String> avoided = new java.util.HashSet<>();
        final double homeNorth;
        final double homeEast;

        Filter(Participant p) {
            this.p = p;
            double reach = p.home() == null || p.maxTravelMinutes() == null || p.travelMode() == null
                    ? Double.POSITIVE_INFINITY : travel.reachKm(p.travelMode(), p.maxTravelMinutes());
            this.reachKm = Double.isInfinite(reach) ? reach : Math.max(0.5, reach);
            this.low = p.hours().min();
            this.high = Math.max(p.hours().min(), Math.min(p.hours().max(), p.effectiveStartCeiling()));
            int bits = 0;
            for (DayOfWeek day : p.availability() == null ? Set.<DayOfWeek>of() : p.availability().days()) {
                bits |= 1 << day.ordinal();
            }
            this.days = bits;
            p.limitations().forEach(limitation -> {
                limitation.conflictingDemands().forEach(demand -> excluded |= 1L << demand.ordinal());
                limitation.requiredAccessibility().forEach(access -> required |= 1 << access.ordinal());
            });
            this.liftLimit = p.has(FunctionalLimitation.LIFTING_LIMIT) ? p.maxLiftKg() : null;
            p.avoidedEmployers().stream().map(AvoidedEmployer::employerId).forEach(avoided::add);
            this.homeNorth = p.home() == null ? 0 : p.home().lat() * KM_PER_DEGREE;
            this.homeEast = p.home() == null ? 0 : p.home().lon() * KM_PER_DEGREE * COS_LAT;
        }

        boolean test(int i) {
            if (minHours[i] > high || maxHours[i] < low) {
                return false;
            }
            if (days != 0 && (dayBits[i] & days) == 0) {
                return false;
            }
            if ((demandBits[i] & excluded) != 0 || (accessBits[i] & required) != required) {
                return false;
            }
            if (liftLimit != null) {
                Integer lift = slots.get(i).heaviestLiftKg();
                if (lift == null || lift > liftLimit) {
                    return false;
                }
            }
            if (!avoided.isEmpty() && avoided.contains(slots.get(i).employerId())) {
                return false;
            }
            return Double.isInfinite(reachKm) || distanceKm(i) <= reachKm;
        }

        double distanceKm(int i) {
            double north = northKm[i] - homeNorth;
            double east = eastKm[i] - homeEast;
            return Math.sqrt(north * north + east * east);
        }
    }
}
