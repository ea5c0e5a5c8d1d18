package se.tuna.placement.benchmarks.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.followup.calendar.Commitment;
import se.tuna.placement.followup.calendar.FixedEvent;
import se.tuna.placement.followup.calendar.Place;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.followup.visit.Appointment;
import se.tuna.placement.followup.visit.DueWindow;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.followup.visit.VisitKind;
import se.tuna.placement.participants.participant.TravelMode;
import se.tuna.placement.participants.travel.StraightLineTravelTimes;
import se.tuna.placement.participants.travel.TravelTimeEstimator;

/**
 * Generated months of follow-up visits for Sörmland's sites, built around a known feasible timetable: each coach's
 * visits are first laid out day by day under every hard rule of the schedule (working time with travel from and back
 * to the office, commitments and study visits with travel, time to travel between visits, quarter-hour starts), and
 * only then are each visit's window and the participant's presence drawn so that they contain the laid-out time.
 * Every visit can therefore be planned; what a plan can win over the layout is travel, the due day and an even load.
 */
public final class FollowUpInstances {

    /** A month of four working weeks. */
    public static final LocalDate FROM = LocalDate.of(2027, 1, 4);
    public static final LocalDate UNTIL = FROM.plusDays(27);
    public static final TravelTimeEstimator TRAVEL = new StraightLineTravelTimes(List.of());

    /** A town and the small towns around it where workplaces also are. */
    public record Town(String name, Coordinates centre, List<Coordinates> around) {
    }

    static final Town ESKILSTUNA = new Town("Eskilstuna", new Coordinates(59.37, 16.51),
            List.of(new Coordinates(59.42, 16.47), new Coordinates(59.33, 16.38), new Coordinates(59.29, 16.64)));
    static final Town STRANGNAS = new Town("Strängnäs", new Coordinates(59.38, 17.03),
            List.of(new Coordinates(59.26, 17.22), new Coordinates(59.33, 16.95)));
    static final Town KATRINEHOLM = new Town("Katrineholm", new Coordinates(59.00, 16.21),
            List.of(new Coordinates(59.06, 16.59), new Coordinates(59.04, 15.87)));
    static final Town NYKOPING = new Town("Nyköping", new Coordinates(58.75, 17.01),
            List.of(new Coordinates(58.67, 17.10), new Coordinates(58.90, 17.55)));

    /**
     * One site's part of an instance.
     *
     * @param town         where its office is
     * @param fullTime     coaches at 100 %
     * @param halfTime     coaches at 50 % (mornings)
     * @param workTraining participants in work training: a follow-up at the workplace in the month
     * @param mapping      participants in mapping: a meeting at the office every week
     * @param jointMeeting whether its coaches meet in Eskilstuna on Thursdays 09:00–12:00
     */
    public record SiteSpec(Town town, int fullTime, int halfTime, int workTraining, int mapping, boolean jointMeeting) {
    }

    /** @param name its name; @param sites its sites, planned as one schedule */
    public record Spec(String name, List<SiteSpec> sites, long seed) {
    }

    /**
     * An instance: the inputs of {@code ScheduleProblem.build}, and the layout it was built around.
     *
     * @param layoutTravelMinutes the laid-out timetable's travel, office to office
     */
    public record Instance(Spec spec, List<Visit> visits, List<WorkCalendar> calendars, List<FixedEvent> events,
            int coaches, double fte, int participants, int layoutTravelMinutes) {
    }

    public static Spec eskilstuna(long seed) {
        return new Spec("Eskilstuna", List.of(new SiteSpec(ESKILSTUNA, 4, 1, 80, 30, false)), seed);
    }

    public static Spec strangnas(long seed) {
        return new Spec("Strängnäs", List.of(new SiteSpec(STRANGNAS, 2, 0, 28, 12, true)), seed);
    }

    public static Spec sormland(long seed) {
        return new Spec("Sörmland (four sites as one)", List.of(new SiteSpec(ESKILSTUNA, 8, 2, 160, 60, false),
                new SiteSpec(STRANGNAS, 3, 0, 50, 20, true), new SiteSpec(KATRINEHOLM, 3, 0, 75, 25, false),
                new SiteSpec(NYKOPING, 4, 0, 80, 30, false)), seed);
    }

    /** A coach's laid-out days. */
    private static final class Coach {
        final String id;
        final String site;
        final Place office;
        final WeeklySchedule hours;
        final List<Commitment> commitments;
        final Map<LocalDate, List<Item>> days = new HashMap<>();

        Coach(String id, String site, Place office, WeeklySchedule hours, List<Commitment> commitments) {
            this.id = id;
            this.site = site;
            this.office = office;
            this.hours = hours;
            this.commitments = commitments;
        }

        List<Item> on(LocalDate day) {
            return days.computeIfAbsent(day, d -> {
                List<Item> busy = new ArrayList<>();
                commitments.stream().filter(c -> c.day() == d.getDayOfWeek()).forEach(c -> busy.add(new Item(minute(c.start()),
                        minute(c.end()), c.place(), true)));
                return busy;
            });
        }
    }

    /** Something in a coach's day: a visit, or a commitment or study visit (busy). */
    private record Item(int start, int end, Place place, boolean busy) {
    }

    public Instance generate(Spec spec) {
        Random random = new Random(spec.seed());
        List<Coach> coaches = new ArrayList<>();
        List<WorkCalendar> calendars = new ArrayList<>();
        List<FixedEvent> events = new ArrayList<>();
        List<Visit> visits = new ArrayList<>();
        Map<String, Place> offices = new HashMap<>();
        for (SiteSpec site : spec.sites()) {
            offices.put(site.town().name(), new Place("Kontoret i " + site.town().name(), site.town().centre()));
        }
        Place eskilstunaOffice = new Place("Kontoret i Eskilstuna", ESKILSTUNA.centre());
        double fte = 0;
        int participants = 0;
        for (SiteSpec site : spec.sites()) {
            String siteName = site.town().name();
            Place office = offices.get(siteName);
            List<Coach> siteCoaches = new ArrayList<>();
            for (int i = 0; i < site.fullTime() + site.halfTime(); i++) {
                boolean half = i >= site.fullTime();
                WeeklySchedule hours = half ? weekdays(8, 0, 12, 15) : WorkCalendar.OFFICE_HOURS;
                List<Commitment> commitments = new ArrayList<>();
                if (site.jointMeeting()) {
                    commitments.add(new Commitment("Gemensamt möte i Eskilstuna", DayOfWeek.THURSDAY, LocalTime.of(9, 0),
                            LocalTime.of(12, 0), eskilstunaOffice));
                } else if (!half) {
                    commitments.add(new Commitment("Arbetsplatsträff", DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(9, 30),
                            office));
                }
                Coach coach = new Coach(siteName.toLowerCase() + "-coach-" + (i + 1), siteName, office, hours, commitments);
                siteCoaches.add(coach);
                coaches.add(coach);
                calendars.add(new WorkCalendar(coach.id, siteName, hours, office, TravelMode.CAR, List.of(), commitments));
                fte += half ? 0.5 : 1;
                // Two study visits a month, booked by the coordinator with employers.
                for (int s = 0; s < 2; s++) {
                    for (int attempt = 0; attempt < 50; attempt++) {
                        LocalDate day = workday(random, FROM, UNTIL);
                        Place where = workplace(random, site.town(), "Studiebesök");
                        Integer start = fit(coach, day, where, 90, random);
                        if (start != null) {
                            coach.on(day).add(new Item(start, start + 90, where, true));
                            events.add(new FixedEvent(coach.id, day.atTime(start / 60, start % 60), 90, where, "Studiebesök"));
                            break;
                        }
                    }
                }
            }
            // Participants to coaches in proportion to their time.
            List<Coach> byTime = new ArrayList<>();
            for (Coach coach : siteCoaches) {
                byTime.add(coach);
                if (coach.hours == WorkCalendar.OFFICE_HOURS) {
                    byTime.add(coach);
                }
            }
            for (int p = 0; p < site.workTraining() + site.mapping(); p++) {
                participants++;
                Coach coach = byTime.get(random.nextInt(byTime.size()));
                String participant = siteName.toLowerCase() + "-p" + p;
                if (p < site.workTraining()) {
                    Place workplace = workplace(random, site.town(), "Arbetsplats " + participant);
                    visits.add(layOut(coach, participant, VisitKind.WORKPLACE_FOLLOW_UP, workplace, FROM, UNTIL, random, visits.size()));
                } else {
                    for (int week = 0; week < 4; week++) {
                        LocalDate monday = FROM.plusWeeks(week);
                        visits.add(layOut(coach, participant, VisitKind.MAPPING_MEETING, office, monday, monday.plusDays(4), random,
                                visits.size()));
                    }
                }
            }
        }
        int layoutTravel = 0;
        for (Coach coach : coaches) {
            for (List<Item> day : coach.days.values()) {
                List<Item> visitsOfDay = day.stream().filter(item -> !item.busy()).sorted((a, b) -> Integer.compare(a.start(), b.start()))
                        .toList();
                Place at = coach.office;
                for (Item item : visitsOfDay) {
                    layoutTravel += travel(at, item.place());
                    at = item.place();
                }
                layoutTravel += visitsOfDay.isEmpty() ? 0 : travel(at, coach.office);
            }
        }
        return new Instance(spec, visits, calendars, events, coaches.size(), fte, participants, layoutTravel);
    }

    /**
     * Lays the visit out in the coach's days (a day from {@code first} to {@code last}, at a random time that keeps every
     * rule), then gives it a window and a presence around that time. The first week's visits are confirmed now and then.
     */
    private Visit layOut(Coach coach, String participant, VisitKind kind, Place place, LocalDate first, LocalDate last, Random random,
            int number) {
        for (int attempt = 0; attempt < 400; attempt++) {
            LocalDate day = workday(random, first, last);
            Integer start = fit(coach, day, place, kind.minutes(), random);
            if (start == null) {
                continue;
            }
            coach.on(day).add(new Item(start, start + kind.minutes(), place, false));
            int end = start + kind.minutes();
            DueWindow window;
            WeeklySchedule presence;
            if (kind == VisitKind.MAPPING_MEETING) {
                window = new DueWindow(first, clamp(first.plusDays(2), first, last), last);
                presence = weekdays(Math.min(9 * 60, start), Math.max(15 * 60, end));
            } else {
                LocalDate earliest = max(FROM, day.minusDays(random.nextInt(8)));
                LocalDate latest = min(UNTIL, day.plusDays(random.nextInt(8)));
                LocalDate due = clamp(day.plusDays(random.nextInt(5) - 2), earliest, latest);
                window = new DueWindow(earliest, due, latest);
                Set<DayOfWeek> days = random.nextInt(10) < 7 ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                        : EnumSet.of(day.getDayOfWeek(), DayOfWeek.of(1 + random.nextInt(5)), DayOfWeek.of(1 + random.nextInt(5)));
                presence = schedule(days, Math.min(random.nextBoolean() ? 7 * 60 : 8 * 60, start),
                        Math.max(random.nextBoolean() ? 15 * 60 : 16 * 60, end));
            }
            Appointment appointment = day.isBefore(FROM.plusDays(5)) && random.nextInt(10) == 0
                    ? new Appointment(coach.id, day.atTime(start / 60, start % 60), true, null) : null;
            String id = participant + "-" + kind.name().toLowerCase() + "-" + number;
            return new Visit(id, kind, participant, kind.atWorkplace() ? "placement-" + participant : null, coach.site, coach.id, place,
                    window, presence, appointment, null, null, null);
        }
        throw new IllegalStateException("No room for " + participant + " with " + coach.id + ": too many visits for the coaches");
    }

    /** A random quarter-hour start on {@code day} that keeps every hard rule of the schedule, or null. */
    private static Integer fit(Coach coach, LocalDate day, Place place, int minutes, Random random) {
        if (!coach.hours.days().contains(day.getDayOfWeek())) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        for (int start = 7 * 60; start + minutes <= 18 * 60; start += 15) {
            if (fits(coach, day, place, start, minutes)) {
                starts.add(start);
            }
        }
        return starts.isEmpty() ? null : starts.get(random.nextInt(starts.size()));
    }

    private static boolean fits(Coach coach, LocalDate day, Place place, int start, int minutes) {
        int end = start + minutes;
        int fromBase = travel(coach.office, place);
        int toBase = travel(place, coach.office);
        if (start - fromBase < 0 || !coach.hours.covers(day.getDayOfWeek(), time(start - fromBase), time(end + toBase))) {
            return false;
        }
        for (Item item : coach.on(day)) {
            int there = travel(place, item.place());
            int back = travel(item.place(), place);
            if (item.busy()) {
                if (Math.min(end + there - item.start(), item.end() + back - start) > 0) {
                    return false;
                }
            } else if (item.start() <= start ? item.end() + back > start : end + there > item.start()) {
                return false;
            }
        }
        return true;
    }

    static int travel(Place from, Place to) {
        if (from == null || to == null || from.point().equals(to.point())) {
            return 0;
        }
        return TRAVEL.minutes(from.point(), to.point(), TravelMode.CAR).orElseThrow();
    }

    /** Three in four workplaces in the town, within 6 km of its centre; the rest in a smaller town near by. */
    private static Place workplace(Random random, Town town, String label) {
        Coordinates centre = random.nextInt(4) < 3 ? town.centre() : town.around().get(random.nextInt(town.around().size()));
        double km = (random.nextInt(4) < 3 ? 6 : 3) * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        double lat = centre.lat() + km / 111.0 * Math.sin(angle);
        double lon = centre.lon() + km / (111.0 * Math.cos(Math.toRadians(centre.lat()))) * Math.cos(angle);
        return new Place(label, new Coordinates(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5));
    }

    private static LocalDate workday(Random random, LocalDate first, LocalDate last) {
        while (true) {
            LocalDate day = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
            if (day.getDayOfWeek().getValue() <= 5) {
                return day;
            }
        }
    }

    private static WeeklySchedule weekdays(int fromHour, int fromMinute, int toHour, int toMinute) {
        return weekdays(fromHour * 60 + fromMinute, toHour * 60 + toMinute);
    }

    private static WeeklySchedule weekdays(int from, int to) {
        return schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), from, to);
    }

    private static WeeklySchedule schedule(Set<DayOfWeek> days, int from, int to) {
        return new WeeklySchedule(days.stream().sorted().map(day -> new TimeWindow(day, time(from), time(to))).toList());
    }

    private static LocalTime time(int minute) {
        return minute >= 24 * 60 ? LocalTime.MAX : LocalTime.of(minute / 60, minute % 60);
    }

    private static int minute(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalDate clamp(LocalDate day, LocalDate first, LocalDate last) {
        return max(first, min(last, day));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
