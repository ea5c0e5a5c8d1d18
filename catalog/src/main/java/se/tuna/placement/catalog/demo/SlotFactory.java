package se.tuna.placement.catalog.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.domain.WorkDemand;

/**
 * Makes the training slots of one bank from the employers' kinds: hours and a schedule that fit each other, demands
 * and support from the template with some variation, and dates around the bank's reference date.
 *
 * <p>Immutable values that many slots share (schedules, hour ranges, sets of demands and support) are made once per
 * bank and reused, so that a bank of a hundred thousand slots costs little more memory than its distinct values.
 * One factory serves one bank and one thread.
 */
final class SlotFactory {

    /** Hours a week a slot can start at: most start at 4–10, as most participants do. */
    private static final int[] MIN_HOURS = {2, 3, 4, 5, 6, 8, 10, 12, 15};
    private static final int[] MIN_HOURS_WEIGHTS = {3, 6, 20, 10, 18, 20, 13, 6, 4};
    /** The most hours a week a slot can grow to. */
    private static final int[] MAX_HOURS = {10, 12, 15, 16, 20, 24, 25, 30};
    private static final int[] MAX_HOURS_WEIGHTS = {12, 10, 16, 6, 26, 6, 10, 14};
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    /** Support many workplaces give whatever the work: a slow start above all. */
    private static final Map<SupportOffered, Double> COMMON_SUPPORT = Map.of(
            SupportOffered.GRADUAL_INCREASE, 0.5,
            SupportOffered.EXPERIENCED_SUPERVISOR, 0.25,
            SupportOffered.FLEXIBLE_START, 0.25,
            SupportOffered.WORK_BUDDY, 0.2,
            SupportOffered.FREQUENT_BREAKS, 0.2);
    /** How far from the workplace's address a slot at the same workplace may lie, e.g. another building. */
    private static final double SAME_WORKPLACE_METRES = 100;

    private final long seed;
    private final LocalDate referenceDate;
    private final Map<String, Weighted<DemoLocality>> localitiesByMunicipality;
    private final DemoResources.Words words;
    private final MessageDigest md5;

    private final Map<TimeWindow, TimeWindow> windows = new HashMap<>();
    private final Map<List<TimeWindow>, WeeklySchedule> schedules = new HashMap<>();
    private final Map<HourRange, HourRange> hourRanges = new HashMap<>();
    private final Map<Set<WorkDemand>, Set<WorkDemand>> demandSets = new HashMap<>();
    private final Map<Set<SupportOffered>, Set<SupportOffered>> supportSets = new HashMap<>();
    private final Map<Set<Accessibility>, Set<Accessibility>> accessibilitySets = new HashMap<>();

    SlotFactory(long seed, LocalDate referenceDate, Map<String, Weighted<DemoLocality>> localitiesByMunicipality,
            DemoResources.Words words) {
        this.seed = seed;
        this.referenceDate = referenceDate;
        this.localitiesByMunicipality = localitiesByMunicipality;
        this.words = words;
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has MD5", e);
        }
    }

    TrainingSlot make(int index, EmployerFactory.Placed employer, SplittableRandom random) {
        EmployerKind kind = employer.kind();
        SlotTemplate template = DemoRandom.anyOf(kind.templates(), random);

        DemoLocality place = employer.place();
        Coordinates coordinates;
        if (kind.spread() && DemoRandom.chance(0.3, random)) {
            place = localitiesByMunicipality.get(place.municipalityCode()).pick(random);
            coordinates = Places.near(place, random);
        } else {
            Coordinates workplace = employer.employer().address().coordinates();
            coordinates = Places.around(workplace.lat(), workplace.lon(), SAME_WORKPLACE_METRES, random);
        }

        SchedulePattern pattern = DemoRandom.anyOf(template.schedules(), random);
        int minHours = DemoRandom.weightedInt(MIN_HOURS, MIN_HOURS_WEIGHTS, random);
        int wantedMaxHours = DemoRandom.weightedInt(MAX_HOURS, MAX_HOURS_WEIGHTS, random);
        if (wantedMaxHours < minHours) {
            wantedMaxHours = minHours + 2 * (1 + random.nextInt(5));
        }
        WeeklySchedule schedule = schedule(pattern, minHours, wantedMaxHours, random);
        int maxHours = Math.max(minHours, Math.min(wantedMaxHours, (int) Math.floor(schedule.totalHours())));
        HourRange hours = shared(hourRanges, new HourRange(minHours, maxHours));

        Set<SupportOffered> support = support(template, random);
        String tasks = template.tasks();
        if (DemoRandom.chance(0.35, random)) {
            List<SupportOffered> offered = List.copyOf(EnumSet.copyOf(support));
            tasks = template.tasksWith(DemoRandom.anyOf(offered, random));
        }

        LocalDate availableFrom = DemoRandom.chance(0.8, random)
                ? referenceDate.minusDays(random.nextInt(151))
                : referenceDate.plusDays(1 + random.nextInt(35));
        LocalDate availableUntil = DemoRandom.chance(0.25, random)
                ? (availableFrom.isAfter(referenceDate) ? availableFrom : referenceDate).plusDays(30 + random.nextInt(271))
                : null;

        return new TrainingSlot(
                id(index),
                employer.employer().id(),
                template.title(),
                tasks,
                template.occupationCode(),
                place.name(),
                coordinates,
                employer.employer().sites(),
                hours,
                schedule,
                seats(random),
                availableFrom,
                availableUntil,
                demands(template, random),
                heaviestLift(template, random),
                support,
                accessibility(place, random),
                supervisor(employer, random),
                status(random),
                List.of());
    }

    /**
     * {@code UUID.nameUUIDFromBytes("demo-slot:<seed>:<index>")}, a version 3 UUID, computed with one digest for the
     * whole bank instead of looking one up per slot.
     */
    private String id(int index) {
        byte[] hash = md5.digest(("demo-slot:" + seed + ":" + index).getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x30);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        long mostSignificant = 0;
        long leastSignificant = 0;
        for (int i = 0; i < 8; i++) {
            mostSignificant = (mostSignificant << 8) | (hash[i] & 0xff);
            leastSignificant = (leastSignificant << 8) | (hash[i + 8] & 0xff);
        }
        return new UUID(mostSignificant, leastSignificant).toString();
    }

    /**
     * The same window on enough weekdays for the least hours, and if the pattern allows, enough for the most; some
     * workplaces offer fewer days than the most hours would need, which then lowers the most hours.
     */
    private WeeklySchedule schedule(SchedulePattern pattern, int minHours, int wantedMaxHours, SplittableRandom random) {
        int dayLength = pattern.shortestDay() + random.nextInt(pattern.longestDay() - pattern.shortestDay() + 1);
        int daysForMin = ceilDiv(minHours, dayLength);
        if (daysForMin > WEEKDAYS.size()) {
            dayLength = ceilDiv(minHours, WEEKDAYS.size());
            daysForMin = WEEKDAYS.size();
        }
        int days = Math.max(daysForMin, Math.min(WEEKDAYS.size(), ceilDiv(wantedMaxHours, dayLength)));
        if (days > daysForMin && DemoRandom.chance(0.25, random)) {
            days--;
        }
        LocalTime start = DemoRandom.anyOf(pattern.starts(), random);
        LocalTime end = start.plusHours(dayLength);

        List<DayOfWeek> weekdays = new ArrayList<>(WEEKDAYS);
        for (int i = weekdays.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            weekdays.set(i, weekdays.set(j, weekdays.get(i)));
        }
        EnumSet<DayOfWeek> chosen = EnumSet.copyOf(weekdays.subList(0, days));
        List<TimeWindow> dayWindows = new ArrayList<>(days + 1);
        for (DayOfWeek day : chosen) {
            dayWindows.add(shared(windows, new TimeWindow(day, start, end)));
        }
        if (pattern.saturdays() && DemoRandom.chance(0.6, random)) {
            dayWindows.add(shared(windows, new TimeWindow(DayOfWeek.SATURDAY, SchedulePattern.SATURDAY_START,
                    SchedulePattern.SATURDAY_START.plusHours(SchedulePattern.SATURDAY_HOURS))));
        }
        List<TimeWindow> key = List.copyOf(dayWindows);
        return schedules.computeIfAbsent(key, WeeklySchedule::new);
    }

    /** The template's demands, most of the time each; some of its optional ones (an early start follows from the schedule). */
    private Set<WorkDemand> demands(SlotTemplate template, SplittableRandom random) {
        EnumSet<WorkDemand> demands = EnumSet.noneOf(WorkDemand.class);
        for (WorkDemand demand : template.demands()) {
            if (DemoRandom.chance(0.9, random)) {
                demands.add(demand);
            }
        }
        for (WorkDemand demand : template.optionalDemands()) {
            if (DemoRandom.chance(0.35, random)) {
                demands.add(demand);
            }
        }
        return sharedSet(demandSets, demands);
    }

    /** The template's support, most of the time each, and common support now and then; never none. */
    private Set<SupportOffered> support(SlotTemplate template, SplittableRandom random) {
        EnumSet<SupportOffered> support = EnumSet.noneOf(SupportOffered.class);
        for (SupportOffered offered : template.support()) {
            if (DemoRandom.chance(0.8, random)) {
                support.add(offered);
            }
        }
        for (SupportOffered offered : SupportOffered.values()) {
            Double probability = COMMON_SUPPORT.get(offered);
            if (probability != null && DemoRandom.chance(probability, random)) {
                support.add(offered);
            }
        }
        if (support.isEmpty()) {
            support.add(template.support().get(0));
        }
        return sharedSet(supportSets, support);
    }

    /** Around the template's lift, at most 25 kg; one slot in twenty does not say ({@code null}). */
    private static Integer heaviestLift(SlotTemplate template, SplittableRandom random) {
        if (DemoRandom.chance(0.05, random)) {
            return null;
        }
        double variation = random.nextDouble();
        int lift = template.heaviestLiftKg();
        if (variation < 0.15) {
            lift = Math.max(0, lift - 5);
        } else if (variation < 0.35) {
            lift = lift + 5;
        }
        return Math.min(lift, 25);
    }

    private Set<Accessibility> accessibility(DemoLocality place, SplittableRandom random) {
        EnumSet<Accessibility> accessibility = EnumSet.noneOf(Accessibility.class);
        if (DemoRandom.chance(place.town() ? 0.85 : 0.35, random)) {
            accessibility.add(Accessibility.NEAR_PUBLIC_TRANSPORT);
        }
        if (DemoRandom.chance(0.6, random)) {
            accessibility.add(Accessibility.STEP_FREE);
        }
        if (DemoRandom.chance(place.town() ? 0.55 : 0.95, random)) {
            accessibility.add(Accessibility.PARKING);
        }
        return sharedSet(accessibilitySets, accessibility);
    }

    /** Often the contact person, otherwise a colleague (another fictitious name); now and then not stated. */
    private String supervisor(EmployerFactory.Placed employer, SplittableRandom random) {
        double draw = random.nextDouble();
        if (draw < 0.02) {
            return null;
        }
        if (draw < 0.47) {
            return employer.employer().contact().name();
        }
        return DemoRandom.anyOf(words.firstNames(), random) + " " + DemoRandom.anyOf(words.lastNames(), random);
    }

    private static int seats(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.75 ? 1 : draw < 0.94 ? 2 : 3;
    }

    private static SlotStatus status(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.03 ? SlotStatus.WITHDRAWN : draw < 0.11 ? SlotStatus.PAUSED : SlotStatus.OPEN;
    }

    private static <T> T shared(Map<T, T> values, T value) {
        return values.computeIfAbsent(value, v -> v);
    }

    /** The immutable copy of {@code values} made the first time such a set was asked for. */
    private static <E extends Enum<E>> Set<E> sharedSet(Map<Set<E>, Set<E>> made, EnumSet<E> values) {
        Set<E> found = made.get(values);
        if (found == null) {
            found = Set.copyOf(values);
            made.put(found, found);
        }
        return found;
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
