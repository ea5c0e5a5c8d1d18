package se.tuna.placement.participants.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;

import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.participants.history.Backdated;
import se.tuna.placement.participants.participant.DemoParticipantGenerator;
import se.tuna.placement.participants.participant.DemoParticipantGenerator.SiteRoster;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.placement.Choice;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementReference;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.StintLimit;
import se.tuna.placement.participants.placement.path.StudyVisit;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintRepository;

/**
 * Generates the demo's year of history: the demo participants ({@link DemoParticipantGenerator},
 * the one generator of them) with a stint each whose steps back their phase, and a placement for
 * everyone in training, all counted back from the reference date {@code asOf}, the day the demo is
 * loaded.
 *
 * <ul>
 *   <li>In mapping: referred and enrolled (consent given, a compensation) in the last two months.</li>
 *   <li>Waiting for a place: enrolled, and ready since the day their profile says; some after a
 *       placement that came to nothing (no trial after the study visit, or a failed trial), kept
 *       under its own id, their waiting unbroken.</li>
 *   <li>In training: ready, a study visit, a yes, a trial of three weeks and monthly extensions
 *       up to the reference date, all inside the stint's year, at a slot of their site they fit
 *       where one is free (their goal occupation first), its seat to be booked
 *       ({@link DemoHistory#inTraining()}); no slot gets more than its seats.</li>
 *   <li>Exited in the past year, with the outcomes of the site's report: to work, studies or
 *       Arbetsförmedlingen from a placement (ended, kept under its own id, AF's period over by the
 *       reference date so the seat is free), the others from the mapping or the waiting list.</li>
 *   <li>Without a profile: a few referrals in Eskilstuna's referral queue (Strängnäs has none, as
 *       its report says) and a few anonymous statistics records (consent declined).</li>
 * </ul>
 *
 * <p>The compensations of each site's active participants have the shares of Strängnäs's report
 * (försörjningsstöd 6, aktivitetsstöd 6, sjukpenning 23, aktivitetsersättning 4, none 1 of 40),
 * exactly so for Strängnäs. Everything depends only on the seed, the bank and {@code asOf}.
 * Plain Java, thread-safe.
 */
public final class DemoHistoryGenerator {

    /** Who recorded the demo's steps: no account, so the history says it was generated. */
    public static final String RECORDED_BY = "demo";
    private static final String RECORDED_BY_NAME = "Demohistorik";
    /** The longest an active participant's stint has run on the reference date: inside the year, a month to spare. */
    private static final int LONGEST_ACTIVE_DAYS = 330;
    private static final long STREAM = 0x4849_5354L;
    /** Strängnäs's report: compensations of its 40 active. */
    private static final Map<Compensation, Integer> COMPENSATION_SHARES = ordered(Map.of(
            Compensation.INCOME_SUPPORT, 6, Compensation.ACTIVITY_SUPPORT, 6, Compensation.SICKNESS_BENEFIT, 23,
            Compensation.ACTIVITY_COMPENSATION, 4, Compensation.NONE, 1));
    /**
     * Strängnäs's 52 exits since its start: 7 to work, 3 to studies, 8 to Arbetsförmedlingen; the
     * report does not split the other 34, so they are spread over the other outcomes.
     */
    private static final Map<ExitOutcome, Integer> OUTCOME_SHARES = ordered(Map.of(
            ExitOutcome.WORK, 7, ExitOutcome.STUDIES, 3, ExitOutcome.HANDED_OVER_TO_AF, 8, ExitOutcome.BACK_TO_CARE, 12,
            ExitOutcome.SOCIAL_PSYCHIATRY, 7, ExitOutcome.BELOW_AF_LEVEL, 8, ExitOutcome.USUAL_EMPLOYER, 3,
            ExitOutcome.OTHER, 4));
    private static final List<String> NOT_ON_REASONS = List.of(
            "Arbetsuppgifterna passade inte deltagaren",
            "Deltagaren ville hellre prova ett annat yrke",
            "Arbetsplatsen kunde inte ge det stöd som behövdes",
            "Deltagaren orkade inte tiderna ännu");

    private final ReferenceData reference;
    private final DemoParticipantGenerator participants;

    public DemoHistoryGenerator(ReferenceData reference) {
        this.reference = reference;
        this.participants = new DemoParticipantGenerator(reference);
    }

    /**
     * The history of the {@value DemoParticipantGenerator#DEFAULT_COUNT} demo participants of
     * {@code seed}, as of {@code asOf}.
     *
     * @throws IllegalStateException if a site of the bank has too few free seats for those in training
     */
    public DemoHistory generate(long seed, DemoBank bank, LocalDate asOf) {
        List<Participant> people = participants.generate(seed, DemoParticipantGenerator.DEFAULT_COUNT, bank, asOf);
        SplittableRandom master = new SplittableRandom(seed ^ STREAM);
        Map<String, Deque<Compensation>> compensations = new HashMap<>();
        Map<String, Deque<ExitOutcome>> outcomes = new HashMap<>();
        for (SiteRoster roster : DemoParticipantGenerator.ROSTER) {
            String site = siteOf(roster.municipalityCode());
            compensations.put(site, shuffled(shares(COMPENSATION_SHARES, roster.active()), master));
            outcomes.put(site, shuffled(shares(OUTCOME_SHARES, roster.exited()), master));
        }
        Seats seats = new Seats(bank, asOf, people.stream().filter(person -> person.phase() == Phase.READY).toList());
        List<Participant> backed = new ArrayList<>();
        List<Stint> stints = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        for (Participant person : people) {
            Story story = new Story(person, master.split(), asOf, seats);
            Deque<Compensation> left = compensations.get(person.site());
            Compensation compensation = person.phase() == Phase.EXITED || left.isEmpty()
                    ? pick(List.copyOf(COMPENSATION_SHARES.keySet()), story.random) : left.pop();
            switch (person.phase()) {
                case MAPPING -> story.mapping(compensation);
                case READY -> story.waiting(compensation);
                case EXITED -> story.exited(compensation, outcomes.get(person.site()).pop());
                default -> story.inTraining(compensation);
            }
            backed.add(story.participant);
            stints.add(story.stint);
            placements.addAll(story.placements);
        }
        stints.addAll(withoutProfiles(seed, asOf, master));
        return new DemoHistory(backed, stints, placements);
    }

    /** Eskilstuna's referral queue, and anonymous statistics records at both sites (active ones only in Eskilstuna). */
    private List<Stint> withoutProfiles(long seed, LocalDate asOf, SplittableRandom random) {
        String eskilstuna = siteOf(DemoParticipantGenerator.ROSTER.get(0).municipalityCode());
        String strangnas = siteOf(DemoParticipantGenerator.ROSTER.get(1).municipalityCode());
        List<Stint> stints = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            String referred = DemoParticipantGenerator.referralId(seed, k);
            LocalDate queued = asOf.minusDays(3 + random.nextInt(40));
            LocalDate admitted = k < 2 ? queued.plusDays(1 + random.nextInt((int) (asOf.toEpochDay() - queued.toEpochDay()))) : null;
            stints.add(Stint.referred(StintRepository.currentIdOf(referred), referred, eskilstuna, gender(random), queued,
                    admitted, recorded(queued)));
        }
        String[] sites = {eskilstuna, eskilstuna, eskilstuna, strangnas};
        for (int k = 0; k < sites.length; k++) {
            String referred = DemoParticipantGenerator.referralId(seed, 100 + k);
            boolean exited = k >= 2;
            LocalDate enrolled = asOf.minusDays(exited ? 100 + random.nextInt(200) : 1 + random.nextInt(50));
            LocalDate admitted = enrolled.minusDays(3 + random.nextInt(25));
            Stint stint = Stint.referred(StintRepository.currentIdOf(referred), referred, sites[k], gender(random), null,
                    admitted, recorded(admitted)).enrol(enrolled, Consent.DECLINED, pick(List.copyOf(COMPENSATION_SHARES.keySet()),
                    random), recorded(enrolled));
            if (exited) {
                LocalDate left = enrolled.plusDays(30 + random.nextInt((int) (asOf.toEpochDay() - enrolled.toEpochDay()) - 29));
                stint = stint.exit(left, pick(List.of(ExitOutcome.BACK_TO_CARE, ExitOutcome.OTHER), random), recorded(left));
            }
            String anonymousId = UUID.nameUUIDFromBytes(("demo-anonymous:" + seed + ":" + k).getBytes(StandardCharsets.UTF_8))
                    .toString();
            stints.add(stint.anonymised(anonymousId));
        }
        return stints;
    }

    /** One participant's year: their stint, their placements and the phase they leave them in. */
    private static final class Story {

        private final SplittableRandom random;
        private final LocalDate asOf;
        private final Seats seats;
        private final List<Placement> placements = new ArrayList<>();
        private Participant participant;
        private Stint stint;

        Story(Participant participant, SplittableRandom random, LocalDate asOf, Seats seats) {
            this.participant = participant;
            this.random = random;
            this.asOf = asOf;
            this.seats = seats;
        }

        /** Referred and enrolled in the last two months; mapping. */
        void mapping(Compensation compensation) {
            enrolled(asOf.minusDays(1 + random.nextInt(60)), compensation);
        }

        /** Ready since the day the profile says; some after a placement that came to nothing. */
        void waiting(Compensation compensation) {
            LocalDate ready = participant.readySince();
            enrolled(ready.minusDays(21 + random.nextInt(36)), compensation);
            stint = stint.ready(ready, recorded(ready));
            if (!ready.isAfter(asOf.minusDays(60)) && random.nextDouble() < 0.4) {
                TrainingSlot slot = seats.any(participant, ready, random);
                if (slot != null) {
                    placements.add(cameToNothing(slot, ready));
                }
            }
        }

        /** Ready, a study visit, a yes, a trial and monthly extensions up to the reference date, holding a seat. */
        void inTraining(Compensation compensation) {
            int mapped = 21 + random.nextInt(36);
            int waited = 5 + random.nextInt(41);
            int visitAfter = 3 + random.nextInt(8);
            int answerAfter = 1 + random.nextInt(4);
            int startAfter = 3 + random.nextInt(5);
            int lead = mapped + waited + visitAfter + answerAfter + startAfter;
            LocalDate start = asOf.minusDays(1 + random.nextInt(LONGEST_ACTIVE_DAYS - lead));
            LocalDate answered = start.minusDays(startAfter);
            LocalDate visit = answered.minusDays(answerAfter);
            LocalDate booked = visit.minusDays(visitAfter);
            LocalDate ready = booked.minusDays(waited);
            enrolled(ready.minusDays(mapped), compensation);
            stint = stint.ready(ready, recorded(ready));
            TrainingSlot slot = seats.take(participant, start, random);
            PlacementPath path = toTrial(booked, visit, answered, start, ready, slot);
            path = extendedThrough(path, asOf, slot);
            placements.add(placement(slot, path, booked, PlacementService.idFor(participant.id())));
            participant = participant.withPhase(Phase.PLACED, null);
        }

        /** Left in the past year with {@code outcome}: from a placement for work, studies or AF; otherwise without one. */
        void exited(Compensation compensation, ExitOutcome outcome) {
            boolean fromPlacement = outcome == ExitOutcome.WORK || outcome == ExitOutcome.STUDIES
                    || outcome == ExitOutcome.HANDED_OVER_TO_AF;
            TrainingSlot slot = fromPlacement ? seats.any(participant, asOf.minusDays(300), random) : null;
            if (slot == null) {
                LocalDate left = asOf.minusDays(1 + random.nextInt(300));
                int length = 30 + random.nextInt(300);
                LocalDate enrolled = left.minusDays(length);
                enrolled(enrolled, compensation);
                if (length > 90 && random.nextBoolean()) {
                    LocalDate ready = enrolled.plusDays(21 + random.nextInt(36));
                    stint = stint.ready(ready, recorded(ready));
                }
                stint = stint.exit(left, outcome, recorded(left));
            } else {
                // AF's period is over by the reference date, so its hold on the seat has lapsed.
                LocalDate left = outcome == ExitOutcome.HANDED_OVER_TO_AF ? asOf.minusDays(40 + random.nextInt(261))
                        : asOf.minusDays(1 + random.nextInt(300));
                LocalDate enrolled = left.minusDays(150 + random.nextInt(200));
                enrolled(enrolled, compensation);
                LocalDate ready = enrolled.plusDays(21 + random.nextInt(36));
                stint = stint.ready(ready, recorded(ready));
                LocalDate booked = ready.plusDays(5 + random.nextInt(26));
                LocalDate visit = booked.plusDays(3 + random.nextInt(5));
                LocalDate answered = visit.plusDays(1 + random.nextInt(3));
                LocalDate start = answered.plusDays(3 + random.nextInt(5));
                PlacementPath path = extendedThrough(toTrial(booked, visit, answered, start, ready, slot), left, slot);
                Ending ending = switch (outcome) {
                    case WORK -> new Ending.WorkOrStudies(Ending.Destination.WORK);
                    case STUDIES -> new Ending.WorkOrStudies(Ending.Destination.STUDIES);
                    default -> new Ending.HandedOverToAf(left.plusDays(14 + random.nextInt(17)));
                };
                path = path.end(left, ending, recorded(left)).path();
                placements.add(kept(placement(slot, path, booked, PlacementService.idFor(participant.id()))));
                stint = stint.exit(left, outcome, recorded(left));
            }
            participant = participant.withPhase(Phase.EXITED, null);
        }

        /** A study visit after which there was no trial, or a trial that did not go on; the seat is free again. */
        private Placement cameToNothing(TrainingSlot slot, LocalDate ready) {
            LocalDate booked = ready.plusDays(5 + random.nextInt(11));
            LocalDate visit = booked.plusDays(3 + random.nextInt(5));
            LocalDate answered = visit.plusDays(1 + random.nextInt(3));
            String reason = pick(NOT_ON_REASONS, random);
            PlacementPath path;
            if (random.nextBoolean()) {
                path = studyVisit(booked, visit, ready).answerStudyVisit(VisitAnswer.no(answered, reason), recorded(answered)).path();
            } else {
                LocalDate start = answered.plusDays(3 + random.nextInt(5));
                LocalDate ended = start.plusDays(7 + random.nextInt(14));
                path = toTrial(booked, visit, answered, start, ready, slot)
                        .end(ended, new Ending.FailedTrial(reason), recorded(ended)).path();
            }
            return kept(placement(slot, path, booked, PlacementService.idFor(participant.id())));
        }

        private PlacementPath studyVisit(LocalDate booked, LocalDate visit, LocalDate ready) {
            return PlacementPath.bookStudyVisit(new StudyVisit(booked, visit.atTime(10, 0), ready), recorded(booked)).path();
        }

        private PlacementPath toTrial(LocalDate booked, LocalDate visit, LocalDate answered, LocalDate start, LocalDate ready,
                TrainingSlot slot) {
            return studyVisit(booked, visit, ready)
                    .answerStudyVisit(VisitAnswer.yes(answered), recorded(answered)).path()
                    .startTrial(DateSpan.starting(start, PlacementPath.TRIAL_LENGTH), terms(slot, 0), limit(), recorded(start)).path();
        }

        /** Extended a month at a time, decided at the follow-up in the period's last days, until a period takes in {@code day}. */
        private PlacementPath extendedThrough(PlacementPath path, LocalDate day, TrainingSlot slot) {
            return Backdated.extendedThrough(path, day, (periodEnd, last) -> periodEnd.minusDays(random.nextInt(5)),
                    month -> terms(slot, month), limit(), RECORDED_BY);
        }

        /**
         * Hours within both the participant's range and the slot's, on the participant's days and
         * times; two hours more a week each month, as far as those allow.
         */
        private WeeklyTerms terms(TrainingSlot slot, int month) {
            HourRange wanted = participant.hours();
            int most = Math.max(HourRange.FEWEST_WEEKLY_HOURS, Math.min((int) Math.floor(participant.availability().totalHours()),
                    Math.min(wanted.max(), slot.hours() == null ? wanted.max() : slot.hours().max())));
            int first = Math.max(wanted.min(), slot.hours() == null ? wanted.min() : slot.hours().min());
            int hours = Math.max(HourRange.FEWEST_WEEKLY_HOURS, Math.min(most, first + 2 * month));
            return new WeeklyTerms(hours, participant.availability(), slot.support());
        }

        private StintLimit limit() {
            return stint.limit(StintLimit.ONE_YEAR).orElseThrow();
        }

        private void enrolled(LocalDate on, Compensation compensation) {
            LocalDate admitted = on.minusDays(3 + random.nextInt(25));
            stint = Stint.referred(StintRepository.currentIdOf(participant.id()), participant.id(), participant.site(),
                    participant.gender(), null, admitted, recorded(admitted))
                    .enrol(on, Consent.GIVEN, compensation, recorded(on));
        }

        private Placement placement(TrainingSlot slot, PlacementPath path, LocalDate booked, String id) {
            return new Placement(id, PlacementReference.drawnWith(random), participant.id(), slot.id(), slot.employerId(), null,
                    path, RECORDED_BY, RECORDED_BY_NAME, recorded(booked).at(), null, null, new Choice(null, slot.id(), null));
        }
    }

    /** An ended placement under the id the repository keeps ended ones under. */
    private static Placement kept(Placement ended) {
        return ended.withId(PlacementRepository.keptIdOf(ended));
    }

    /**
     * The bank's slots by site, and the seats left on each: only open slots, available on the
     * reference date, are taken; the ones a participant fits are preferred.
     */
    private static final class Seats {

        private final Map<String, List<TrainingSlot>> bySite = new HashMap<>();
        private final Map<String, Integer> free = new HashMap<>();
        /** How many of those waiting for a place have the slot's occupation as a goal and fit it. */
        private final Map<String, Integer> wanted = new HashMap<>();

        Seats(DemoBank bank, LocalDate asOf, List<Participant> waiting) {
            for (TrainingSlot slot : bank.slots()) {
                if (slot.status() != SlotStatus.OPEN || slot.availableUntil() != null && slot.availableUntil().isBefore(asOf)) {
                    continue;
                }
                slot.sites().forEach(site -> bySite.computeIfAbsent(site, s -> new ArrayList<>()).add(slot));
                free.put(slot.id(), slot.seats());
            }
            for (Participant participant : waiting) {
                bySite.getOrDefault(participant.site(), List.of()).stream()
                        .filter(slot -> fits(participant, slot) && participant.goalOccupations().contains(slot.occupationCode()))
                        .forEach(slot -> wanted.merge(slot.id(), 1, Integer::sum));
            }
        }

        /**
         * A slot with a free seat for someone in training from {@code start}, the seat taken; the
         * slots those waiting want most are the likeliest, as in a programme where the waiting
         * wait because the seats they fit are taken: that is what makes the plan matter.
         */
        TrainingSlot take(Participant participant, LocalDate start, SplittableRandom random) {
            TrainingSlot slot = best(participant, start, random, candidate -> free.get(candidate.id()) > 0, true);
            if (slot == null) {
                throw new IllegalStateException("The demo bank has too few free seats at " + participant.site());
            }
            free.merge(slot.id(), -1, Integer::sum);
            return slot;
        }

        /** A slot for a placement that has ended: its seat is free again. {@code null} if the site has none. */
        TrainingSlot any(Participant participant, LocalDate start, SplittableRandom random) {
            return best(participant, start, random, slot -> true, false);
        }

        /**
         * One of the slots of the best kind: a goal they fit, then one they fit, open to them since
         * the start; then the same in the bank as it is now; then any of their site.
         */
        private TrainingSlot best(Participant participant, LocalDate start, SplittableRandom random, Predicate<TrainingSlot> usable,
                boolean mostWanted) {
            List<TrainingSlot> candidates = bySite.getOrDefault(participant.site(), List.of()).stream().filter(usable).toList();
            Predicate<TrainingSlot> since = slot -> slot.availableFrom() == null || !slot.availableFrom().isAfter(start);
            Predicate<TrainingSlot> fit = slot -> fits(participant, slot);
            Predicate<TrainingSlot> goal = slot -> fit.test(slot) && participant.goalOccupations().contains(slot.occupationCode());
            List<Predicate<TrainingSlot>> kinds = List.of(goal.and(since), fit.and(since), goal, fit, slot -> true);
            for (Predicate<TrainingSlot> kind : kinds) {
                List<TrainingSlot> found = candidates.stream().filter(kind).toList();
                if (!found.isEmpty()) {
                    return mostWanted ? weighted(found, random) : pick(found, random);
                }
            }
            return null;
        }

        /** A slot of {@code slots}, one that more of the waiting want the likelier (each of them weighs four). */
        private TrainingSlot weighted(List<TrainingSlot> slots, SplittableRandom random) {
            int total = slots.stream().mapToInt(slot -> 1 + 4 * wanted.getOrDefault(slot.id(), 0)).sum();
            int point = random.nextInt(total);
            for (TrainingSlot slot : slots) {
                point -= 1 + 4 * wanted.getOrDefault(slot.id(), 0);
                if (point < 0) {
                    return slot;
                }
            }
            return slots.get(slots.size() - 1);
        }

        /** Not an employer they avoid, hours that overlap, and days and times that give their fewest hours. */
        private static boolean fits(Participant participant, TrainingSlot slot) {
            if (participant.avoidedEmployers().stream().anyMatch(avoided -> avoided.employerId().equals(slot.employerId()))) {
                return false;
            }
            HourRange range = participant.hours();
            if (slot.hours() != null && (slot.hours().min() > range.max() || slot.hours().max() < range.min())) {
                return false;
            }
            double perDay = participant.maxHoursPerDay() == null ? 8 : participant.maxHoursPerDay();
            return slot.schedule() == null || slot.schedule().sharedHours(participant.availability(), perDay) >= range.min();
        }
    }

    private String siteOf(String municipalityCode) {
        return reference.sites().serving(municipalityCode).orElseThrow().id();
    }

    /** {@code count} items in the shares of {@code weights}, by largest remainder. */
    static <E> List<E> shares(Map<E, Integer> weights, int count) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        Map<E, Integer> counts = new LinkedHashMap<>();
        Map<E, Double> remainders = new LinkedHashMap<>();
        int given = 0;
        for (Map.Entry<E, Integer> weight : weights.entrySet()) {
            double exact = (double) weight.getValue() * count / total;
            counts.put(weight.getKey(), (int) Math.floor(exact));
            remainders.put(weight.getKey(), exact - Math.floor(exact));
            given += (int) Math.floor(exact);
        }
        List<E> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort((one, other) -> Double.compare(remainders.get(other), remainders.get(one)));
        for (int i = 0; given < count; i++, given++) {
            counts.merge(byRemainder.get(i % byRemainder.size()), 1, Integer::sum);
        }
        List<E> items = new ArrayList<>();
        counts.forEach((item, n) -> items.addAll(Collections.nCopies(n, item)));
        return items;
    }

    private static <E> Deque<E> shuffled(List<E> items, SplittableRandom random) {
        List<E> shuffled = new ArrayList<>(items);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            E item = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, item);
        }
        return new ArrayDeque<>(shuffled);
    }

    private static <E extends Enum<E>> Map<E, Integer> ordered(Map<E, Integer> weights) {
        return Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    private static Gender gender(SplittableRandom random) {
        return random.nextDouble() < 0.55 ? Gender.FEMALE : Gender.MALE;
    }

    /** Recorded by the demo on the day itself. */
    private static Recorded recorded(LocalDate day) {
        return Backdated.on(day, RECORDED_BY);
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
