package se.tuna.placement.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.demo.DemoBankGenerator;
import se.tuna.placement.catalog.domain.SeatClaim;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.matcher.fit.PairAssessor;
import se.tuna.placement.matcher.fit.SwedishWords;
import se.tuna.placement.participants.participant.DemoParticipantGenerator;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.PlacementWeights;
import se.tuna.placement.matcher.planning.PlanProblemFactory;
import se.tuna.placement.participants.travel.StraightLineTravelTimes;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/**
 * Planning problems made the way production makes them ({@link PlanProblemFactory} with a
 * {@link PairAssessor}), from a demo bank and demo participants, deterministically from a seed and
 * held in memory. Seats are made scarce by booking seats of the bank (bookings, so they also count
 * as the employers' and supervisors' load) until the slots retrieved for the waiting list have
 * about {@code seatRatio} free seats per participant.
 */
final class PlanningInstances {

    /** Slots retrieved per participant, as a plan's retrieval would. */
    static final int CANDIDATES = 35;
    /** How far down each participant's ranking seats are looked for once some are booked. */
    private static final int RANKING_DEPTH = CANDIDATES * 16;

    /**
     * What to generate.
     *
     * @param name         short name for tables
     * @param participants ready participants on the waiting list
     * @param slots        slots in the bank (one employer per five slots)
     * @param seatRatio    free seats among the retrieved slots per participant
     * @param seed         the seed of bank, participants and bookings
     */
    record Spec(String name, int participants, int slots, double seatRatio, long seed) {

        int employers() {
            return Math.max(1, slots / 5);
        }
    }

    /**
     * A generated problem and how it came about.
     *
     * @param spec           what was asked for
     * @param plan           the problem, nobody placed
     * @param retrievedSlots distinct slots among all candidates
     * @param freeSeats      free seats among them
     * @param bookedShare    the share of the bank's seats booked to get there
     * @param candidates     mean candidates per participant
     * @param feasible       mean candidates that break no hard rule on their own
     * @param millis         time to generate
     */
    record Instance(Spec spec, PlacementPlan plan, int retrievedSlots, int freeSeats, double bookedShare,
            double candidates, double feasible, long millis) {
    }

    private final ReferenceData reference;
    private final PairAssessor assessor;
    private final TravelTimeEstimator travel;

    PlanningInstances() {
        this.reference = ReferenceData.loadFromClasspath();
        this.travel = StraightLineTravelTimes.ofRegion(reference.railStations());
        this.assessor = new PairAssessor(travel, reference.relatedOccupations(), new SwedishWords(reference));
    }

    Instance generate(Spec spec) {
        long start = System.nanoTime();
        DemoBank bank = new DemoBankGenerator(reference).generate(spec.seed(), spec.employers(), spec.slots());
        LocalDate asOf = DemoBankGenerator.referenceDate(spec.seed());
        Instant now = asOf.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        List<Participant> waiting = readyParticipants(spec, bank, asOf);

        long madeParticipants = System.nanoTime();
        List<TrainingSlot> slots = bank.slots();
        RetrievalEmulator retrieval = new RetrievalEmulator(slots, reference.relatedOccupations(), travel, assessor);
        int[][] rankings = new int[waiting.size()][];
        for (int i = 0; i < waiting.size(); i++) {
            rankings[i] = retrieval.ranked(waiting.get(i), CANDIDATES * 4, RANKING_DEPTH);
        }

        long ranked = System.nanoTime();
        System.err.printf("ranking: mean pool %d, widened %d, scanned %d%n", retrieval.pooled / Math.max(1, waiting.size()),
                retrieval.widened, retrieval.scanned);
        double booked = bookedShareFor(spec, slots, rankings, Math.round(spec.seatRatio() * waiting.size()));
        Map<Integer, TrainingSlot> withClaims = new HashMap<>();
        Map<String, String> employerNames = new HashMap<>();
        bank.employers().forEach(employer -> employerNames.put(employer.id(), employer.name()));
        List<List<SlotHit>> candidates = new ArrayList<>(waiting.size());
        for (int w = 0; w < rankings.length; w++) {
            Participant participant = waiting.get(w);
            List<SlotHit> hits = new ArrayList<>(CANDIDATES);
            for (int index : rankings[w]) {
                TrainingSlot slot = slots.get(index);
                int taken = bookedSeats(spec.seed(), index, slot.seats(), booked);
                // As CandidateRetrieval reads on: only pairs that pass every hard rule the pair decides
                // (an unstated lift for a participant with a lifting limit waits to be confirmed).
                if (taken < slot.seats() && feasible(participant, slot)) {
                    TrainingSlot claimed = withClaims.computeIfAbsent(index, i -> withBookings(slot, taken, now));
                    hits.add(new SlotHit(claimed, employerNames.get(slot.employerId()), 0, null));
                    if (hits.size() == CANDIDATES) {
                        break;
                    }
                }
            }
            candidates.add(hits);
        }
        long retrieved = System.nanoTime();
        PlacementPlan plan = new PlanProblemFactory(assessor).build(waiting, candidates, Map.of(), new PlacementWeights(), now);
        System.err.printf("generation: bank and participants %d ms, ranking %d ms, booking %d ms, problem %d ms%n",
                (madeParticipants - start) / 1_000_000, (ranked - madeParticipants) / 1_000_000,
                (retrieved - ranked) / 1_000_000, (System.nanoTime() - retrieved) / 1_000_000);
        int freeSeats = plan.getSlots().stream().mapToInt(slot -> slot.freeSeats()).sum();
        double meanCandidates = plan.getPlacements().stream().mapToInt(p -> p.getCandidateSlots().size()).average().orElse(0);
        double meanFeasible = plan.getPlacements().stream().mapToInt(p -> p.getFeasibleCandidates()).average().orElse(0);
        return new Instance(spec, plan, plan.getSlots().size(), freeSeats, booked, meanCandidates, meanFeasible,
                (System.nanoTime() - start) / 1_000_000);
    }

    private boolean feasible(Participant participant, TrainingSlot slot) {
        var pair = assessor.assess(participant, slot, Map.of(), java.util.Set.of());
        return pair.feasible() && pair.liftTooHeavy() != null;
    }

    /** The first {@code spec.participants()} ready participants the demo generator makes for the bank. */
    private List<Participant> readyParticipants(Spec spec, DemoBank bank, LocalDate asOf) {
        DemoParticipantGenerator generator = new DemoParticipantGenerator(reference);
        double readyShare = DemoParticipantGenerator.ROSTER.stream().mapToInt(DemoParticipantGenerator.SiteRoster::ready).sum()
                / (double) DemoParticipantGenerator.DEFAULT_COUNT;
        int count = (int) Math.ceil(spec.participants() / readyShare) + 10;
        while (true) {
            List<Participant> ready = generator.generate(spec.seed(), count, bank, asOf).stream()
                    .filter(p -> p.phase() == Phase.READY).limit(spec.participants()).toList();
            if (ready.size() == spec.participants()) {
                return ready;
            }
            count *= 2;
        }
    }

    /**
     * The share of seats to book (each seat booked when its own uniform draw falls under the share)
     * so that the slots the participants retrieve, the first {@link #CANDIDATES} with a free seat
     * in each ranking, have the wanted number of free seats; by bisection.
     */
    private static double bookedShareFor(Spec spec, List<TrainingSlot> slots, int[][] rankings, long wanted) {
        double low = 0;
        double high = 0.995;
        for (int round = 0; round < 30; round++) {
            double share = (low + high) / 2;
            if (freeSeatsRetrieved(spec.seed(), slots, rankings, share) > wanted) {
                low = share;
            } else {
                high = share;
            }
        }
        return (low + high) / 2;
    }

    private static long freeSeatsRetrieved(long seed, List<TrainingSlot> slots, int[][] rankings, double share) {
        Set<Integer> retrieved = new LinkedHashSet<>();
        long free = 0;
        for (int[] ranking : rankings) {
            int found = 0;
            for (int index : ranking) {
                int seats = slots.get(index).seats();
                int left = seats - bookedSeats(seed, index, seats, share);
                if (left > 0) {
                    if (retrieved.add(index)) {
                        free += left;
                    }
                    if (++found == CANDIDATES) {
                        break;
                    }
                }
            }
        }
        return free;
    }

    /** How many of a slot's seats the share books: each seat by its own deterministic draw. */
    static int bookedSeats(long seed, int slotIndex, int seats, double share) {
        int booked = 0;
        for (int seat = 0; seat < seats; seat++) {
            long z = mix(mix(seed * 0x9E3779B97F4A7C15L + slotIndex) + seat);
            double draw = (z >>> 11) * 0x1.0p-53;
            if (draw < share) {
                booked++;
            }
        }
        return booked;
    }

    private static TrainingSlot withBookings(TrainingSlot slot, int taken, Instant now) {
        if (taken == 0) {
            return slot;
        }
        List<SeatClaim> claims = new ArrayList<>(taken);
        for (int i = 0; i < taken; i++) {
            claims.add(new SeatClaim(slot.id() + "/booking-" + i, SeatClaim.Kind.BOOKING, "benchmark", now.minusSeconds(86_400L * 30),
                    null));
        }
        return slot.withSeatClaims(claims);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
