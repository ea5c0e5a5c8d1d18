package se.tuna.placement.participants.participant;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.reference.Locality;
import se.tuna.placement.catalog.reference.ReferenceData;

/**
 * Generates fictitious participants for demonstrations, tests and benchmarks, to go with a demo
 * placement bank ({@link DemoBank}): living in the sites' real localities and avoiding a few of its
 * employers. What they aim for is written from the people the programme serves (mental illness, often a
 * long time out of work), never from the bank: goals and past jobs among the occupations commonly reached
 * in work training ({@link #AIMS}: shops, warehouses, cafés and kitchens, cleaning, care assistance,
 * parks and gardens, re-use, office and reception, workshops), interests in their own words, so that
 * suggestions on the demo are no better than they will be on real data. The one generator of demo
 * participants: the demo's history ({@code demo.DemoHistoryGenerator}) gives these same participants
 * their stints and placements.
 *
 * <p>Every {@value #DEFAULT_COUNT} in a row are the programme as its status reports describe it
 * ({@link #ROSTER}): TUNA Strängnäs with exactly the 40 active of its report (26 in training, 6
 * waiting for a place, 8 in mapping; 23 women and 17 men) and 14 who left in the past year, TUNA
 * Eskilstuna with 110 active in the same shares and 36 who left; in an order shuffled by the seed.
 *
 * <p>The participants depend only on the seed, the bank, {@code asOf} and their index: the same
 * arguments give equal participants, and the first {@code n} of a larger count are the {@code n}
 * of a smaller one. Ids are {@code D-} and seven base32 characters, unique within a seed. Nothing
 * is real but the localities and occupations: no names, no diagnoses; free texts and reasons come
 * from {@code demo/participant-texts.csv}.
 *
 * <p>Plain Java, thread-safe; 20 000 participants for a benchmark take a second or two.
 */
public final class DemoParticipantGenerator {

    /** The seed of the demo participants: the year TUNA started in Eskilstuna, as the demo bank's. */
    public static final long DEFAULT_SEED = 2008;
    /** About the programme's size: 110–150 in Eskilstuna and 40–50 in Strängnäs, and some who left. */
    public static final int DEFAULT_COUNT = 200;

    static final String ESKILSTUNA_MUNICIPALITY = "0484";
    static final String STRANGNAS_MUNICIPALITY = "0486";

    /**
     * What every {@value #DEFAULT_COUNT} participants in a row are made of, per site: the active in
     * each phase (placed meaning in trial or work training) with their women and men, and those who
     * left in the past year. Strängnäs is its status report of January 2017 (seeds 001); Eskilstuna
     * the same shares for its 110.
     */
    public static final List<SiteRoster> ROSTER = List.of(
            new SiteRoster(ESKILSTUNA_MUNICIPALITY, 70, 17, 23, 63, 36),
            new SiteRoster(STRANGNAS_MUNICIPALITY, 26, 6, 8, 23, 14));

    /**
     * One site's share of the demo.
     *
     * @param municipalityCode the municipality the site serves
     * @param placed           active, in a trial or work training
     * @param ready            active, waiting for a place
     * @param mapping          active, in the mapping
     * @param activeWomen      women among the active (the rest are men)
     * @param exited           those who left in the past year
     */
    public record SiteRoster(String municipalityCode, int placed, int ready, int mapping, int activeWomen, int exited) {

        public int active() {
            return placed + ready + mapping;
        }
    }

    /** One place in the roster: a site, a phase and, for the active, a gender. */
    private record RosterPlace(int site, Phase phase, Gender gender) {
    }

    private static final String TEXTS = "demo/participant-texts.csv";
    private static final long STREAM = 0x5041_5254L;
    private static final long ID_BITS_MASK = (1L << 35) - 1;
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    /** Numbers of people only referred (no profile) are kept apart from the participants'. */
    private static final long REFERRAL_NUMBERS = 1L << 34;
    private static final double HOME_SPREAD_METRES = 1_500;
    private static final double METRES_PER_DEGREE = 111_320;

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final LocalTime NOT_BEFORE = LocalTime.of(10, 0);
    /**
     * An occupation (SSYK 2012) that people in the programme commonly aim for and reach in work training,
     * how often it is a goal (relative weight), and wishes as a coach would write them down in the mapping.
     */
    record Aim(String ssyk, int weight, List<String> wishes) {
    }

    /** The goals demo participants are drawn from: independent of any bank, whatever slots it has. */
    static final List<Aim> AIMS = List.of(
            new Aim("5223", 8, List.of("Vill arbeta i en butik och lära sig mer om varor",
                    "Vill gärna komma tillbaka till handeln")),
            new Aim("5222", 6, List.of("Vill fylla på hyllor och hjälpa till i en matbutik")),
            new Aim("5230", 2, List.of("Vill lära sig att sköta en kassa")),
            new Aim("4322", 10, List.of("Vill arbeta på ett lager med plock och pack", "Tycker om när varor har sin plats")),
            new Aim("9413", 6, List.of("Vill arbeta på ett kafé och möta gäster", "Tycker om att baka och servera")),
            new Aim("9412", 7, List.of("Vill lära sig arbeta i ett storkök", "Vill laga mat tillsammans med andra")),
            new Aim("5120", 2, List.of("Drömmer om att bli kock")),
            new Aim("9111", 7, List.of("Vill arbeta med städning och få det rent och fint")),
            new Aim("5330", 4, List.of("Vill hjälpa äldre i vardagen")),
            new Aim("5311", 2, List.of("Vill arbeta med barn")),
            new Aim("6113", 5, List.of("Vill sköta parker och grönytor", "Vill arbeta utomhus med växter")),
            new Aim("9210", 2, List.of("Vill odla grönsaker och blommor")),
            new Aim("9629", 5, List.of("Vill arbeta med återbruk och second hand")),
            new Aim("9610", 2, List.of("Vill arbeta med återvinning och miljö")),
            new Aim("4119", 4, List.of("Vill ha ett lugnt arbete på ett kontor", "Vill arbeta med papper, post och datorer")),
            new Aim("4225", 2, List.of("Vill ta emot besökare och svara på frågor")),
            new Aim("4410", 2, List.of("Vill arbeta med böcker och arkiv")),
            new Aim("8219", 3, List.of("Vill montera och skruva i en verkstad")),
            new Aim("7522", 2, List.of("Vill snickra och renovera möbler")),
            new Aim("9622", 3, List.of("Vill hjälpa till med praktiska sysslor i en fastighet")),
            new Aim("6122", 2, List.of("Vill arbeta med djur")));
    private static final int AIM_WEIGHTS = AIMS.stream().mapToInt(Aim::weight).sum();
    /** Jobs people had before they fell ill, besides the aims: care, customer service. */
    private static final List<String> PAST_JOBS = java.util.stream.Stream.concat(AIMS.stream().map(Aim::ssyk),
            java.util.stream.Stream.of("5321", "4222")).toList();

    /** The most common needs first; a value added to the vocabulary later is drawn now and then. */
    private static final Map<FunctionalLimitation, Integer> LIMITATION_WEIGHTS = limitationWeights();

    private final ReferenceData reference;
    private final Texts texts;

    /** The free texts, read once. */
    private record Texts(List<String> skills, List<String> interests, List<String> strengths, List<String> avoidReasons) {
    }

    /** What participants of one site are drawn from. */
    private record SiteData(String siteId, List<Locality> homes, double[] homeWeights, List<Employer> employers) {
    }

    /** @throws IllegalStateException if the texts are missing or the reference data has no site for the two towns */
    public DemoParticipantGenerator(ReferenceData reference) {
        this.reference = reference;
        this.texts = readTexts();
    }

    /**
     * {@code count} participants to go with {@code bank}, as of {@code asOf} (waiting times and ages
     * count back from it; it should not be after today, or some would be ready in the future).
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public List<Participant> generate(long seed, int count, DemoBank bank, LocalDate asOf) {
        if (count < 0) {
            throw new IllegalArgumentException("Count must not be negative");
        }
        List<SiteData> sites = ROSTER.stream().map(roster -> siteData(roster.municipalityCode(), bank)).toList();
        SplittableRandom offsets = offsets(seed);
        long idOffset = offsets.nextLong();
        List<RosterPlace> roster = roster(offsets);
        List<Participant> participants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SplittableRandom random = new SplittableRandom(mix(mix(seed ^ STREAM) + i));
            RosterPlace place = roster.get(i % roster.size());
            participants.add(make(id(idOffset + i), sites.get(place.site()), place.phase(), place.gender(), asOf, random));
        }
        return participants;
    }

    /**
     * The id of the {@code number}th person of the seed who is only referred (waiting in the referral
     * queue, no profile): never one of the participants' ids.
     */
    public static String referralId(long seed, int number) {
        return id(offsets(seed).nextLong() + REFERRAL_NUMBERS + number);
    }

    /**
     * The seed's stream of offsets, at the ids' offset. Two draws come first because the phases and
     * sites were drawn from them before the roster: skipping them keeps every seed's ids what they
     * were, so a demo loaded by an earlier version is still recognised by its participants' ids.
     */
    private static SplittableRandom offsets(long seed) {
        SplittableRandom offsets = new SplittableRandom(mix(seed ^ STREAM));
        offsets.nextDouble();
        offsets.nextDouble();
        return offsets;
    }

    /** Every site's roster as places, in an order shuffled by the seed. */
    private static List<RosterPlace> roster(SplittableRandom random) {
        List<RosterPlace> places = new ArrayList<>();
        for (int site = 0; site < ROSTER.size(); site++) {
            SiteRoster roster = ROSTER.get(site);
            List<Gender> genders = new ArrayList<>();
            for (int g = 0; g < roster.active(); g++) {
                genders.add(g < roster.activeWomen() ? Gender.FEMALE : Gender.MALE);
            }
            shuffle(genders, random);
            int g = 0;
            for (int p = 0; p < roster.placed(); p++) {
                places.add(new RosterPlace(site, Phase.PLACED, genders.get(g++)));
            }
            for (int r = 0; r < roster.ready(); r++) {
                places.add(new RosterPlace(site, Phase.READY, genders.get(g++)));
            }
            for (int m = 0; m < roster.mapping(); m++) {
                places.add(new RosterPlace(site, Phase.MAPPING, genders.get(g++)));
            }
            for (int e = 0; e < roster.exited(); e++) {
                places.add(new RosterPlace(site, Phase.EXITED, null));
            }
        }
        shuffle(places, random);
        return List.copyOf(places);
    }

    /** Fisher–Yates, from the seed's stream. */
    private static <T> void shuffle(List<T> items, SplittableRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T item = items.get(i);
            items.set(i, items.get(j));
            items.set(j, item);
        }
    }

    private Participant make(String id, SiteData site, Phase phase, Gender rosterGender, LocalDate asOf, SplittableRandom random) {
        int age = ParticipantRules.YOUNGEST
                + (int) ((random.nextDouble() + random.nextDouble()) / 2 * (ParticipantRules.OLDEST - ParticipantRules.YOUNGEST + 1));
        Locality locality = site.homes().get(weightedIndex(site.homeWeights(), random));
        TravelMode travelMode = travelMode(random);

        Set<FunctionalLimitation> limitations = limitations(random);
        Integer maxLiftKg = limitations.contains(FunctionalLimitation.LIFTING_LIMIT) ? pick(List.of(5, 8, 10, 12, 15), random) : null;
        LocalTime earliestStart = limitations.contains(FunctionalLimitation.NOT_BEFORE) ? NOT_BEFORE : null;

        int minHours = random.nextDouble() < 0.9 ? 2 + random.nextInt(5) : 8;
        int maxHours = Math.max(minHours + 2, pick(List.of(8, 10, 12, 15, 16, 20), random));
        Integer startCeiling = random.nextDouble() < 0.85 ? null : Math.max(minHours, pick(List.of(6, 8, 12), random));
        double perDay = pick(List.of(2.0, 2.5, 3.0, 3.0, 4.0, 4.0, 5.0, 6.0), random);
        List<TimeWindow> windows = availability(earliestStart, random);
        while (weeklyHours(windows, perDay) < minHours) {
            perDay += 1;
        }

        // Goals, past jobs and wishes from the people the programme serves, never from the bank's slots (one draw
        // each, as many as before, so the rest of each participant is what it was).
        Set<String> goalCodes = new LinkedHashSet<>();
        String wish = null;
        int goalCount = 1 + random.nextInt(2);
        for (int g = 0; g < goalCount; g++) {
            int point = random.nextInt(AIM_WEIGHTS);
            for (Aim aim : AIMS) {
                if (point < aim.weight()) {
                    if (goalCodes.add(aim.ssyk()) && wish == null) {
                        wish = aim.wishes().get(point % aim.wishes().size());
                    }
                    break;
                }
                point -= aim.weight();
            }
        }
        Set<String> experience = new LinkedHashSet<>();
        int experienceCount = random.nextInt(4);
        for (int e = 0; e < experienceCount; e++) {
            experience.add(pick(PAST_JOBS, random));
        }

        String interests = sentences(texts.interests(), 1, random) + (wish == null ? "" : " " + wish + ".");
        return new Participant(
                id,
                site.siteId(),
                asOf.getYear() - age,
                rosterGender == null ? gender(random) : rosterGender,
                locality.name(),
                ParticipantService.coarse(near(locality, random)),
                travelMode,
                travelMinutes(travelMode, random),
                new HourRange(minHours, maxHours),
                startCeiling,
                new WeeklySchedule(windows),
                perDay,
                experience,
                goalCodes,
                sentences(texts.skills(), 1 + random.nextInt(2), random),
                interests,
                sentences(texts.strengths(), 1 + random.nextInt(2), random),
                limitations,
                maxLiftKg,
                earliestStart,
                avoidedEmployers(site, random),
                phase,
                readySince(phase, asOf, random));
    }

    /**
     * Waiting for a place since 1–200 days ago; in training or exited, no longer waiting (as a
     * placement or an exit leaves them), so none.
     */
    private static LocalDate readySince(Phase phase, LocalDate asOf, SplittableRandom random) {
        return phase == Phase.READY ? asOf.minusDays(1 + random.nextInt(200)) : null;
    }

    private static Gender gender(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.47 ? Gender.FEMALE : draw < 0.94 ? Gender.MALE : draw < 0.97 ? Gender.OTHER : Gender.UNSTATED;
    }

    /** Mostly public transport and bike, some walk and car. */
    private static TravelMode travelMode(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.45 ? TravelMode.PUBLIC_TRANSPORT : draw < 0.75 ? TravelMode.BIKE : draw < 0.87 ? TravelMode.WALK
                : TravelMode.CAR;
    }

    /** 20–75 minutes one way, in steps of five; the bus and train allow the longest. */
    private static int travelMinutes(TravelMode mode, SplittableRandom random) {
        return switch (mode) {
            case WALK -> 20 + 5 * random.nextInt(5);
            case BIKE -> 20 + 5 * random.nextInt(6);
            case PUBLIC_TRANSPORT -> 30 + 5 * random.nextInt(10);
            case CAR -> 20 + 5 * random.nextInt(9);
        };
    }

    /** None to three, the common needs most often. */
    private static Set<FunctionalLimitation> limitations(SplittableRandom random) {
        double draw = random.nextDouble();
        int count = draw < 0.20 ? 0 : draw < 0.55 ? 1 : draw < 0.85 ? 2 : 3;
        Set<FunctionalLimitation> chosen = EnumSet.noneOf(FunctionalLimitation.class);
        int total = LIMITATION_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        while (chosen.size() < count) {
            int point = random.nextInt(total);
            for (Map.Entry<FunctionalLimitation, Integer> entry : LIMITATION_WEIGHTS.entrySet()) {
                point -= entry.getValue();
                if (point < 0) {
                    chosen.add(entry.getKey());
                    break;
                }
            }
        }
        return chosen;
    }

    /**
     * Weekday mornings, afternoons or short days, on three to five days (Fridays off for some);
     * from 10:00 for those who cannot start earlier.
     */
    private static List<TimeWindow> availability(LocalTime earliestStart, SplittableRandom random) {
        LocalTime start;
        LocalTime end;
        double kind = random.nextDouble();
        if (earliestStart != null) {
            start = earliestStart;
            end = kind < 0.6 ? LocalTime.of(14, 0) : LocalTime.of(15, 0);
        } else if (kind < 0.5) {
            start = pick(List.of(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0)), random);
            end = LocalTime.of(12, 0);
        } else if (kind < 0.8) {
            start = pick(List.of(LocalTime.of(12, 30), LocalTime.of(13, 0)), random);
            end = LocalTime.of(16, 0);
        } else {
            start = LocalTime.of(9, 0);
            end = LocalTime.of(15, 0);
        }
        List<DayOfWeek> days = new ArrayList<>(WEEKDAYS);
        if (random.nextDouble() < 0.25) {
            days.remove(DayOfWeek.FRIDAY);
        }
        if (random.nextDouble() < 0.2) {
            days.remove(random.nextInt(days.size()));
        }
        List<TimeWindow> windows = new ArrayList<>(days.size());
        for (DayOfWeek day : days) {
            windows.add(new TimeWindow(day, start, end));
        }
        return windows;
    }

    private static double weeklyHours(List<TimeWindow> windows, double perDay) {
        return windows.stream().mapToDouble(window -> Math.min(window.hours(), perDay)).sum();
    }

    /** Now and then an employer of the site to avoid, with a reason. */
    private List<AvoidedEmployer> avoidedEmployers(SiteData site, SplittableRandom random) {
        double draw = random.nextDouble();
        int count = draw < 0.90 || site.employers().isEmpty() ? 0 : draw < 0.98 ? 1 : 2;
        Map<String, AvoidedEmployer> avoided = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Employer employer = pick(site.employers(), random);
            avoided.putIfAbsent(employer.id(), new AvoidedEmployer(employer.id(), pick(texts.avoidReasons(), random)));
        }
        return List.copyOf(avoided.values());
    }

    /** A point within about 1.5 km of the locality's, nearer more often than farther. */
    private static Coordinates near(Locality locality, SplittableRandom random) {
        double distance = HOME_SPREAD_METRES * random.nextDouble();
        double bearing = random.nextDouble() * 2 * Math.PI;
        double lat = locality.latitude() + distance * Math.cos(bearing) / METRES_PER_DEGREE;
        double lon = locality.longitude()
                + distance * Math.sin(bearing) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(locality.latitude())));
        return new Coordinates(lat, lon);
    }

    /** {@code count} different phrases as sentences. */
    private static String sentences(List<String> phrases, int count, SplittableRandom random) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, phrases.size())) {
            chosen.add(pick(phrases, random));
        }
        return String.join(" ", chosen.stream().map(phrase -> phrase + ".").toList());
    }

    /**
     * The site's localities, each weighted by one plus the bank's employers there, so people live
     * where the workplaces are; and its employers.
     */
    private SiteData siteData(String municipalityCode, DemoBank bank) {
        ProgrammeSite site = reference.sites().serving(municipalityCode).orElseThrow(
                () -> new IllegalStateException("No programme site serves municipality " + municipalityCode));
        List<Locality> homes = reference.localities().all().stream()
                .filter(locality -> site.municipalityCodes().contains(locality.municipalityCode())).toList();
        if (homes.isEmpty()) {
            throw new IllegalStateException("No locality in the reference data for site " + site.id());
        }
        Map<String, Integer> employersByLocality = new HashMap<>();
        bank.employers().forEach(employer -> reference.localities().find(employer.address().locality())
                .ifPresent(locality -> employersByLocality.merge(locality.name(), 1, Integer::sum)));
        double[] weights = homes.stream().mapToDouble(home -> 1 + employersByLocality.getOrDefault(home.name(), 0)).toArray();
        List<Employer> employers = bank.employers().stream().filter(employer -> employer.sites().contains(site.id())).toList();
        return new SiteData(site.id(), homes, weights, employers);
    }

    private static int weightedIndex(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * {@code D-} and seven base32 characters of a 35-bit permutation of the participant's number:
     * distinct numbers give distinct ids, which look unrelated to each other.
     */
    static String id(long number) {
        long x = number & ID_BITS_MASK;
        x ^= x >>> 17;
        x = (x * 0x2545F491L) & ID_BITS_MASK;
        x ^= x >>> 15;
        x = (x * 0x1B873593L) & ID_BITS_MASK;
        x ^= x >>> 16;
        char[] id = new char[7];
        for (int i = 6; i >= 0; i--) {
            id[i] = BASE32[(int) (x & 31)];
            x >>>= 5;
        }
        return "D-" + new String(id);
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /** The SplitMix64 finaliser: spreads neighbouring seeds over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Map<FunctionalLimitation, Integer> limitationWeights() {
        Map<FunctionalLimitation, Integer> weights = new EnumMap<>(FunctionalLimitation.class);
        for (FunctionalLimitation limitation : FunctionalLimitation.values()) {
            weights.put(limitation, 1);
        }
        weights.putAll(Map.ofEntries(
                Map.entry(FunctionalLimitation.NEEDS_QUIET_PLACE, 10),
                Map.entry(FunctionalLimitation.NO_FAST_PACE, 10),
                Map.entry(FunctionalLimitation.NEEDS_GRADUAL_INCREASE, 9),
                Map.entry(FunctionalLimitation.NO_CUSTOMER_CONTACT, 8),
                Map.entry(FunctionalLimitation.NEEDS_FLEXIBLE_START, 7),
                Map.entry(FunctionalLimitation.NOT_BEFORE, 7),
                Map.entry(FunctionalLimitation.LIFTING_LIMIT, 6),
                Map.entry(FunctionalLimitation.NEEDS_WRITTEN_INSTRUCTIONS, 6),
                Map.entry(FunctionalLimitation.ONE_TASK_AT_A_TIME, 6),
                Map.entry(FunctionalLimitation.NEEDS_FREQUENT_BREAKS, 6),
                Map.entry(FunctionalLimitation.NEEDS_FIXED_ROUTINES, 5),
                Map.entry(FunctionalLimitation.NO_PHONE_CALLS, 5),
                Map.entry(FunctionalLimitation.NO_GROUP_WORK, 4),
                Map.entry(FunctionalLimitation.NEEDS_CLOSE_SUPERVISION, 4),
                Map.entry(FunctionalLimitation.NO_PROLONGED_STANDING, 4),
                Map.entry(FunctionalLimitation.CANNOT_WORK_ALONE, 3),
                Map.entry(FunctionalLimitation.SENSITIVE_TO_DUST_OR_SMELLS, 3),
                Map.entry(FunctionalLimitation.LIMITED_SCREEN_TIME, 3),
                Map.entry(FunctionalLimitation.NO_DRIVING, 3),
                Map.entry(FunctionalLimitation.NO_OUTDOOR_WORK, 2),
                Map.entry(FunctionalLimitation.NO_STAIRS_OR_LADDERS, 2)));
        return weights;
    }

    private static Texts readTexts() {
        Map<String, List<String>> lists = new HashMap<>();
        InputStream in = DemoParticipantGenerator.class.getClassLoader().getResourceAsStream(TEXTS);
        if (in == null) {
            throw new IllegalStateException(TEXTS + " is missing from the classpath");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord row : parser) {
                lists.computeIfAbsent(row.get("list").strip(), list -> new ArrayList<>()).add(row.get("text").strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + TEXTS, e);
        }
        return new Texts(list(lists, "skill"), list(lists, "interest"), list(lists, "strength"), list(lists, "avoid_reason"));
    }

    private static List<String> list(Map<String, List<String>> lists, String name) {
        List<String> list = lists.get(name);
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException(TEXTS + " has no texts of list " + name);
        }
        return List.copyOf(list);
    }
}
