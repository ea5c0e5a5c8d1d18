package se.tuna.placement.benchmarks.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

import se.tuna.placement.followup.calendar.Absence;
import se.tuna.placement.followup.calendar.AbsenceKind;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.followup.schedule.BusyTime;
import se.tuna.placement.followup.schedule.FollowUpSchedule;
import se.tuna.placement.followup.schedule.PlannedVisit;
import se.tuna.placement.followup.schedule.ScheduleProblem;
import se.tuna.placement.followup.schedule.Staffing;
import se.tuna.placement.followup.schedule.VisitStart;
import se.tuna.placement.followup.visit.Appointment;
import se.tuna.placement.followup.visit.Visit;

/**
 * The follow-up schedule benchmark: for each generated month ({@link FollowUpInstances}), a coordinator's baseline
 * (visits in due order, each at the earliest time that keeps every hard rule, travel included, own coach first) and the production
 * solver ({@code solver/follow-up-solver.xml}, its own termination), then a re-plan after one coach's sick day. A
 * Markdown table on standard output, appended to {@code target/follow-up-benchmark.md}.
 *
 * <p>Arguments, all optional, as {@code key=value}: {@code cases=eskilstuna,strangnas,sormland}, {@code seed=2027},
 * {@code config=solver/follow-up-solver.xml}, {@code sick=<account>}.
 */
public final class FollowUpBenchmark {

    /** The coach who falls ill, when given ({@code sick=}); else the one with most visits on the day. */
    private static String sickCoach;

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] parts = arg.split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "2027"));
        sickCoach = options.get("sick");
        String config = options.getOrDefault("config", "solver/follow-up-solver.xml");
        SolverFactory<FollowUpSchedule> factory = SolverFactory.create(SolverConfig.createFromXmlResource(config));
        StringBuilder report = new StringBuilder();
        report.append("\n## Run of ").append(LocalDateTime.now().withNano(0)).append(", ").append(config).append("\n\n")
                .append(machine()).append("\n")
                .append("| Case | Coaches (FTE) | Participants | Visits | Plan | Score | Outside window | Unplanned | Travel min "
                        + "| vs baseline | Days from due (Σ) | Time s (to best) |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        System.out.print(report);
        StringBuilder replans = new StringBuilder("\n| Case | Sick coach, day | Their visits that day | Re-plan hard / unplanned "
                + "| Other visits moved | Re-plan s (to best) |\n|---|---|---|---|---|---|\n");
        FollowUpInstances instances = new FollowUpInstances();
        for (String name : options.getOrDefault("cases", "eskilstuna,strangnas,sormland").split(",")) {
            FollowUpInstances.Spec spec = switch (name) {
                case "eskilstuna" -> FollowUpInstances.eskilstuna(seed);
                case "strangnas" -> FollowUpInstances.strangnas(seed);
                case "sormland" -> FollowUpInstances.sormland(seed);
                default -> throw new IllegalArgumentException("Unknown case " + name);
            };
            String[] rows = run(instances.generate(spec), factory);
            System.out.print(rows[0]);
            System.out.flush();
            report.append(rows[0]);
            replans.append(rows[1]);
        }
        System.out.print(replans);
        report.append(replans);
        append(report.toString());
    }

    static String[] run(FollowUpInstances.Instance instance, SolverFactory<FollowUpSchedule> factory) {
        SolutionManager<FollowUpSchedule, HardMediumSoftScore> scores = SolutionManager.create(factory);
        String head = String.format(Locale.ROOT, "| %s | %d (%.1f) | %d | %d |", instance.spec().name(), instance.coaches(),
                instance.fte(), instance.participants(), instance.visits().size());
        StringBuilder rows = new StringBuilder();

        FollowUpSchedule baseline = build(instance.visits(), instance.calendars(), instance);
        long started = System.nanoTime();
        baseline(baseline);
        double baselineSeconds = (System.nanoTime() - started) / 1e9;
        scores.update(baseline);
        int baselineTravel = travelMinutes(baseline);
        rows.append(row(head, "baseline", baseline, baselineTravel, baselineTravel, baselineSeconds, baselineSeconds));
        rows.append(String.format(Locale.ROOT, "| | | | | layout it was built around | 0hard | 0 | 0 | %d | %s | | |%n",
                instance.layoutTravelMinutes(), percent(instance.layoutTravelMinutes(), baselineTravel)));

        Timed solved = solve(factory, build(instance.visits(), instance.calendars(), instance));
        int travel = travelMinutes(solved.schedule());
        rows.append(row(head.replaceAll("[^|]+", " "), "solver", solved.schedule(), travel, baselineTravel, solved.seconds(),
                solved.toBest()));

        // One coach falls ill on the second Tuesday: the one with most visits that day.
        LocalDate sick = FollowUpInstances.FROM.plusDays(8);
        Map<String, Long> thatDay = solved.schedule().getVisits().stream().filter(v -> v.getStart() != null && v.day().equals(sick))
                .collect(Collectors.groupingBy(v -> v.getVisitor().accountId(), Collectors.counting()));
        String coach = sickCoach != null && thatDay.containsKey(sickCoach) ? sickCoach
                : thatDay.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<String, PlannedVisit> first = ScheduleProblem.byId(solved.schedule());
        Set<String> hit = first.values().stream().filter(v -> v.getStart() != null && v.day().equals(sick)
                && v.getVisitor().accountId().equals(coach)).map(PlannedVisit::getId).collect(Collectors.toSet());
        List<Visit> published = instance.visits().stream().map(visit -> {
            PlannedVisit planned = first.get(visit.id());
            return visit.fixed() || planned == null || planned.getStart() == null ? visit : visit.withAppointment(
                    new Appointment(planned.getVisitor().accountId(), planned.getStart().at(), false, null), null);
        }).toList();
        List<WorkCalendar> calendars = instance.calendars().stream().map(calendar -> calendar.accountId().equals(coach)
                ? calendar.withAbsences(List.of(new Absence(sick, sick, AbsenceKind.SICK))) : calendar).toList();
        FollowUpSchedule republished = build(published, calendars, instance);
        Timed replanned = solve(factory, republished);
        long moved = replanned.schedule().getVisits().stream().filter(v -> !hit.contains(v.getId())).filter(v -> {
            PlannedVisit before = first.get(v.getId());
            return v.getStart() == null || !v.getStart().equals(before.getStart())
                    || !v.getVisitor().accountId().equals(before.getVisitor().accountId());
        }).count();
        long stillThere = replanned.schedule().getVisits().stream().filter(v -> v.getStart() != null && v.day().equals(sick)
                && v.getVisitor().accountId().equals(coach)).count();
        String replan = String.format(Locale.ROOT, "| %s | %s, %s | %d (%d left on the day) | %dhard / %d | %d | %.1f (%.1f) |%n",
                instance.spec().name(), coach, sick, hit.size(), stillThere, replanned.schedule().getScore().hardScore(),
                unplanned(replanned.schedule()), moved, replanned.seconds(), replanned.toBest());
        return new String[] {rows.toString(), replan};
    }

    private static FollowUpSchedule build(List<Visit> visits, List<WorkCalendar> calendars, FollowUpInstances.Instance instance) {
        return ScheduleProblem.build(FollowUpInstances.FROM, FollowUpInstances.UNTIL, visits,
                new Staffing(calendars, instance.events(), List.of()), FollowUpInstances.TRAVEL);
    }

    private record Timed(FollowUpSchedule schedule, double seconds, double toBest) {
    }

    private static Timed solve(SolverFactory<FollowUpSchedule> factory, FollowUpSchedule problem) {
        Solver<FollowUpSchedule> solver = factory.buildSolver();
        long started = System.nanoTime();
        AtomicLong best = new AtomicLong(started);
        solver.addEventListener(event -> best.set(System.nanoTime()));
        FollowUpSchedule solved = solver.solve(problem);
        long ended = System.nanoTime();
        return new Timed(solved, (ended - started) / 1e9, (best.get() - started) / 1e9);
    }

    private static String row(String head, String plan, FollowUpSchedule schedule, int travel, int baselineTravel, double seconds,
            double toBest) {
        long fromDue = schedule.getVisits().stream().filter(v -> v.getStart() != null).mapToLong(PlannedVisit::daysFromDue).sum();
        return String.format(Locale.ROOT, "%s %s | %s | %d | %d | %d | %s | %d | %.1f (%.1f) |%n", head, plan, schedule.getScore(),
                outsideWindow(schedule), unplanned(schedule), travel, percent(travel, baselineTravel), fromDue, seconds, toBest);
    }

    private static String percent(int travel, int baseline) {
        return baseline == 0 ? "" : String.format(Locale.ROOT, "%+.0f %%", 100.0 * (travel - baseline) / baseline);
    }

    /**
     * A coordinator's plan: the visits in due order, each at the earliest start that keeps every hard rule against the
     * visits placed so far, travel included; with the participant's own coach, another only when theirs has no such time.
     */
    static void baseline(FollowUpSchedule schedule) {
        Map<String, List<PlannedVisit>> placed = new HashMap<>();
        Map<String, List<BusyTime>> busy = new HashMap<>();
        schedule.getBusyTimes().forEach(time -> busy.computeIfAbsent(time.visitorId() + time.day(), k -> new ArrayList<>()).add(time));
        List<PlannedVisit> open = new ArrayList<>();
        for (PlannedVisit visit : schedule.getVisits()) {
            if (visit.isPinned()) {
                placed.computeIfAbsent(visit.getVisitor().accountId() + visit.day(), k -> new ArrayList<>()).add(visit);
            } else {
                open.add(visit);
            }
        }
        open.sort(Comparator.comparing(PlannedVisit::getDue).thenComparing(PlannedVisit::getLatest).thenComparing(PlannedVisit::getId));
        for (PlannedVisit visit : open) {
            VisitStart chosen = null;
            search:
            for (var visitor : visit.getCandidateVisitors()) {
                for (VisitStart start : visit.getCandidateStarts().stream().sorted().toList()) {
                    visit.setStart(start);
                    visit.setVisitor(visitor);
                    String key = visitor.accountId() + start.day();
                    if (keepsHardRules(visit, placed.getOrDefault(key, List.of()), busy.getOrDefault(key, List.of()))) {
                        chosen = start;
                        placed.computeIfAbsent(key, k -> new ArrayList<>()).add(visit);
                        break search;
                    }
                }
            }
            if (chosen == null) {
                visit.setStart(null);
            }
        }
    }

    private static boolean keepsHardRules(PlannedVisit visit, List<PlannedVisit> sameDay, List<BusyTime> busy) {
        if (!visit.insideWindow() || !visit.withinWorkingTime() || visit.getVisitor().absentOn(visit.day()) || !visit.participantThere()) {
            return false;
        }
        for (BusyTime time : busy) {
            if (visit.clashWith(time) > 0) {
                return false;
            }
        }
        for (PlannedVisit other : sameDay) {
            int shortage = other.order() < visit.order() ? other.shortageBefore(visit) : visit.shortageBefore(other);
            if (shortage > 0) {
                return false;
            }
        }
        return true;
    }

    /** Minutes of travel in the schedule: each coach's day from the base, visit to visit, and back. */
    static int travelMinutes(FollowUpSchedule schedule) {
        Map<String, List<PlannedVisit>> days = schedule.getVisits().stream().filter(v -> v.getStart() != null)
                .collect(Collectors.groupingBy(v -> v.getVisitor().accountId() + v.day()));
        int total = 0;
        for (List<PlannedVisit> day : days.values()) {
            List<PlannedVisit> sorted = day.stream().sorted(Comparator.comparingLong(PlannedVisit::order)).toList();
            total += sorted.get(0).travelFrom(sorted.get(0).getVisitor().base());
            for (int i = 1; i < sorted.size(); i++) {
                total += sorted.get(i - 1).travelTo(sorted.get(i));
            }
            PlannedVisit last = sorted.get(sorted.size() - 1);
            total += last.travelTo(last.getVisitor().base());
        }
        return total;
    }

    static long outsideWindow(FollowUpSchedule schedule) {
        return schedule.getVisits().stream().filter(v -> v.getStart() != null && !v.insideWindow()).count();
    }

    static long unplanned(FollowUpSchedule schedule) {
        return schedule.getVisits().stream().filter(v -> v.getStart() == null).count();
    }

    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            load = String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        return String.format(Locale.ROOT, "Machine: %d cores, max heap %.1f GB, Java %s (%s); load %s%n",
                runtime.availableProcessors(), runtime.maxMemory() / 1e9, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), load);
    }

    private static void append(String text) {
        try {
            Path file = Path.of("target", "follow-up-benchmark.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
