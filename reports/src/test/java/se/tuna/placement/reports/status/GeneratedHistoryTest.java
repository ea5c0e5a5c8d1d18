package se.tuna.placement.reports.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.participants.participant.Gender;
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

/**
 * A larger history, generated (400 participants over two years, seeded), counted by the report
 * and, independently, by this test straight from the raw dates it generated: every figure equal,
 * on several days. The test's own counting reads only the dates ("was it on or before the day?"),
 * never the stints' or paths' steps, so a mistake in replaying steps cannot hide in both.
 */
class GeneratedHistoryTest {

    private static final Recorded BY = new Recorded("account-samordnare", Instant.parse("2025-01-01T09:00:00Z"));
    private static final String SITE = "eskilstuna";
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final WeeklyTerms TERMS = new WeeklyTerms(4, new WeeklySchedule(List.of(
            new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)))), Set.of());

    /** One participant's history as raw dates; null where it never happened. */
    private record Raw(String id, Gender gender, Integer birthYear, boolean consented, LocalDate referred, LocalDate queued,
            LocalDate admitted, LocalDate enrolled, Compensation compensation, LocalDate changedOn, Compensation changedTo,
            LocalDate ready, String employer, LocalDate booked, LocalDate visit, LocalDate answered, boolean yes,
            LocalDate trialStart, LocalDate extended, LocalDate ended, boolean wentOn, LocalDate exited, ExitOutcome outcome) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-31", "2025-06-30", "2025-10-15", "2025-12-31", "2026-04-01", "2026-09-30"})
    void everyFigureEqualsTheCountFromTheRawDates(String asOf) {
        List<Raw> history = generate(new SplittableRandom(2026), 400);
        LocalDate day = LocalDate.parse(asOf);
        ReportPeriod period = ReportPeriod.of(null, null, day, day);
        StatusReport report = StatusReportCalculation.count(List.of(SITE), period, sourcesOf(history));

        assertThat(report.participation()).isEqualTo(expectedParticipation(history, day));
        assertThat(report.intake()).isEqualTo(new Intake(count(history, raw -> period.holds(raw.referred())),
                count(history, raw -> raw.admitted() != null && period.holds(raw.admitted())),
                count(history, raw -> raw.enrolled() != null && period.holds(raw.enrolled()))));
        assertThat(report.exitsSinceStart()).isEqualTo(ExitCounts.of(history.stream()
                .filter(raw -> on(raw.exited(), day)).map(Raw::outcome).toList()));
        assertThat(report.exitsInPeriod()).isEqualTo(ExitCounts.of(history.stream()
                .filter(raw -> raw.exited() != null && period.holds(raw.exited())).map(Raw::outcome).toList()));
        assertThat(report.waiting().onList()).isEqualTo(Days.of(history.stream().filter(raw -> waitingOn(raw, day))
                .map(raw -> days(raw.ready(), day)).toList()));
        assertThat(report.waiting().toStudyVisit()).isEqualTo(Days.of(history.stream()
                .filter(raw -> raw.visit() != null && period.holds(raw.visit())).map(raw -> days(raw.ready(), raw.visit())).toList()));
        assertThat(report.waiting().toTrialStart()).isEqualTo(Days.of(history.stream()
                .filter(raw -> raw.trialStart() != null && period.holds(raw.trialStart()))
                .map(raw -> days(raw.ready(), raw.trialStart())).toList()));
        assertThat(report.placements()).isEqualTo(expectedPlacements(history, period));
        assertThat(report.participation().active()).as("a history that tests something on " + day).isPositive();
    }

    private static Participation expectedParticipation(List<Raw> history, LocalDate day) {
        Map<ReportPhase, Long> phases = zeros(ReportPhase.class);
        Map<Gender, Long> genders = zeros(Gender.class);
        Map<Compensation, Long> compensations = zeros(Compensation.class);
        List<Integer> ages = new ArrayList<>();
        long queue = 0;
        for (Raw raw : history) {
            boolean active = on(raw.enrolled(), day) && !on(raw.exited(), day);
            if (on(raw.referred(), day) && !on(raw.enrolled(), day)) {
                queue++;
            }
            if (!active) {
                continue;
            }
            phases.merge(phaseOn(raw, day), 1L, Long::sum);
            genders.merge(raw.gender(), 1L, Long::sum);
            compensations.merge(on(raw.changedOn(), day) ? raw.changedTo() : raw.compensation(), 1L, Long::sum);
            if (raw.birthYear() != null) {
                ages.add(day.getYear() - raw.birthYear());
            }
        }
        long active = phases.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal mean = ages.isEmpty() ? null : BigDecimal.valueOf(ages.stream().mapToLong(Integer::longValue).sum())
                .divide(BigDecimal.valueOf(ages.size()), 1, java.math.RoundingMode.HALF_UP);
        return new Participation(active, phases, mean, ages.size(), genders, compensations, queue);
    }

    private static ReportPhase phaseOn(Raw raw, LocalDate day) {
        if (!on(raw.ready(), day)) {
            return ReportPhase.MAPPING;
        }
        if (!on(raw.booked(), day)) {
            return ReportPhase.WAITING;
        }
        if (!on(raw.answered(), day)) {
            return ReportPhase.STUDY_VISIT;
        }
        return raw.yes() && !on(raw.ended(), day) ? ReportPhase.IN_WORK_TRAINING : ReportPhase.WAITING;
    }

    private static boolean waitingOn(Raw raw, LocalDate day) {
        return on(raw.enrolled(), day) && !on(raw.exited(), day) && phaseOn(raw, day) == ReportPhase.WAITING;
    }

    private static PlacementFigures expectedPlacements(List<Raw> history, ReportPeriod period) {
        LocalDate day = period.asOf();
        long started = 0;
        long concluded = 0;
        long continued = 0;
        List<Integer> lengths = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Map<String, LocalDate> first = new HashMap<>();
        for (Raw raw : history) {
            if (!on(raw.trialStart(), day)) {
                continue;
            }
            first.merge(raw.employer(), raw.trialStart(), (a, b) -> a.isBefore(b) ? a : b);
            boolean extended = on(raw.extended(), day);
            boolean ended = on(raw.ended(), day);
            if (period.holds(raw.trialStart())) {
                started++;
                concluded += extended || ended ? 1 : 0;
                continued += extended || (ended && raw.wentOn()) ? 1 : 0;
            }
            if (ended && period.holds(raw.ended())) {
                lengths.add(days(raw.trialStart(), raw.ended()) + 1);
            }
            LocalDate last = period.until().isBefore(day) ? period.until() : day;
            if (!raw.trialStart().isAfter(last) && (!ended || !raw.ended().isBefore(period.from()))) {
                used.add(raw.employer());
            }
        }
        long fresh = used.stream().filter(employer -> !first.get(employer).isBefore(period.from())).count();
        return new PlacementFigures(started, concluded, continued, Figures.percent(continued, concluded), lengths.size(),
                Figures.mean(lengths), used.size(), fresh);
    }

    // --- The generated history, and the stints and paths it makes ---------------------------------

    private static List<Raw> generate(SplittableRandom random, int people) {
        List<Raw> history = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            history.add(person(random, "D-" + i));
        }
        return history;
    }

    private static Raw person(SplittableRandom random, String id) {
        Gender gender = random.nextInt(10) < 6 ? Gender.FEMALE : Gender.values()[1 + random.nextInt(3)];
        Integer birthYear = random.nextInt(20) == 0 ? null : 1960 + random.nextInt(45);
        boolean consented = random.nextInt(10) > 0;
        LocalDate referred = START.plusDays(random.nextInt(600));
        boolean queuedFirst = random.nextBoolean();
        LocalDate admitted = !queuedFirst ? referred : random.nextInt(10) < 9 ? referred.plusDays(1 + random.nextInt(20)) : null;
        LocalDate enrolled = admitted != null && random.nextInt(100) < 85 ? admitted.plusDays(1 + random.nextInt(20)) : null;
        Compensation compensation = Compensation.values()[random.nextInt(Compensation.values().length)];
        LocalDate ready = enrolled != null && random.nextInt(10) < 8 ? enrolled.plusDays(14 + random.nextInt(56)) : null;
        LocalDate changedOn = enrolled != null && random.nextInt(5) == 0 ? enrolled.plusDays(1 + random.nextInt(12)) : null;
        Compensation changedTo = changedOn == null ? null : Compensation.values()[random.nextInt(Compensation.values().length)];
        String employer = "E-" + random.nextInt(40);
        LocalDate booked = null;
        LocalDate visit = null;
        LocalDate answered = null;
        boolean yes = false;
        LocalDate trialStart = null;
        LocalDate extended = null;
        LocalDate ended = null;
        boolean wentOn = false;
        LocalDate last = ready != null ? ready : changedOn != null ? changedOn : enrolled;
        if (ready != null && consented && random.nextInt(4) > 0) {
            booked = ready.plusDays(random.nextInt(60));
            visit = booked.plusDays(1 + random.nextInt(10));
            answered = visit.plusDays(random.nextInt(6));
            yes = random.nextInt(4) > 0;
            last = answered;
            if (yes) {
                trialStart = answered.plusDays(1 + random.nextInt(14));
                last = trialStart;
                if (random.nextInt(10) < 6) {
                    extended = trialStart.plusDays(14 + random.nextInt(7));
                    last = extended;
                }
                if (random.nextBoolean()) {
                    ended = extended != null ? extended.plusDays(1 + random.nextInt(60)) : trialStart.plusDays(1 + random.nextInt(19));
                    wentOn = random.nextInt(3) == 0;
                    last = ended;
                }
            } else {
                ended = answered;
            }
        }
        boolean placementOpen = trialStart != null && (ended == null);
        LocalDate exited = enrolled != null && !placementOpen && random.nextBoolean() ? last.plusDays(1 + random.nextInt(60)) : null;
        ExitOutcome outcome = exited == null ? null : ExitOutcome.values()[random.nextInt(ExitOutcome.values().length)];
        return new Raw(id, gender, consented ? birthYear : null, consented, referred, queuedFirst ? referred : null, admitted,
                enrolled, compensation, changedOn, changedTo, ready, employer, booked, visit, answered, yes, trialStart, extended,
                ended, wentOn, exited, outcome);
    }

    private static ReportSources sourcesOf(List<Raw> history) {
        List<Stint> stints = new ArrayList<>();
        Map<String, Integer> birthYears = new HashMap<>();
        Map<String, List<ReportedPlacement>> placements = new HashMap<>();
        int anonymous = 0;
        for (Raw raw : history) {
            Stint stint = stintOf(raw);
            stints.add(raw.consented() ? stint : stint.anonymised("anon-" + anonymous++));
            if (raw.consented() && raw.birthYear() != null) {
                birthYears.put(raw.id(), raw.birthYear());
            }
            if (raw.booked() != null) {
                placements.put(raw.id(), List.of(new ReportedPlacement(raw.employer(), pathOf(raw))));
            }
        }
        return new ReportSources(stints, birthYears, placements);
    }

    private static Stint stintOf(Raw raw) {
        boolean queued = raw.queued() != null;
        Stint stint = Stint.referred("s-" + raw.id(), raw.id(), SITE, raw.gender(), raw.queued(), queued ? null : raw.admitted(), BY);
        if (queued && raw.admitted() != null) {
            stint = stint.admit(raw.admitted(), BY);
        }
        if (raw.enrolled() == null) {
            return stint;
        }
        stint = stint.enrol(raw.enrolled(), raw.consented() ? Consent.GIVEN : Consent.DECLINED, raw.compensation(), BY);
        if (raw.changedOn() != null) {
            stint = stint.changeCompensation(raw.changedOn(), raw.changedTo(), BY);
        }
        if (raw.ready() != null) {
            stint = stint.ready(raw.ready(), BY);
        }
        return raw.exited() == null ? stint : stint.exit(raw.exited(), raw.outcome(), BY);
    }

    private static PlacementPath pathOf(Raw raw) {
        PlacementPath path = PlacementPath.bookStudyVisit(new StudyVisit(raw.booked(), raw.visit().atTime(10, 0), raw.ready()), BY)
                .path();
        if (!raw.yes()) {
            return path.answerStudyVisit(VisitAnswer.no(raw.answered(), "Passade inte"), BY).path();
        }
        StintLimit limit = StintLimit.after(raw.enrolled(), StintLimit.ONE_YEAR);
        path = path.answerStudyVisit(VisitAnswer.yes(raw.answered()), BY).path()
                .startTrial(DateSpan.starting(raw.trialStart(), PlacementPath.TRIAL_LENGTH), TERMS, limit, BY).path();
        if (raw.extended() != null) {
            path = path.extend(raw.extended(), TERMS, limit, BY).path();
        }
        if (raw.ended() == null) {
            return path;
        }
        Ending ending = raw.wentOn() ? new Ending.WorkOrStudies(Ending.Destination.WORK)
                : raw.extended() == null ? new Ending.FailedTrial("Passade inte") : new Ending.Moved();
        return path.end(raw.ended(), ending, BY).path();
    }

    // --- Small helpers ----------------------------------------------------------------------------

    private static boolean on(LocalDate date, LocalDate day) {
        return date != null && !date.isAfter(day);
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }

    private static long count(List<Raw> history, java.util.function.Predicate<Raw> counted) {
        return history.stream().filter(counted).count();
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> kind) {
        Map<E, Long> zeros = new EnumMap<>(kind);
        Arrays.stream(kind.getEnumConstants()).forEach(value -> zeros.put(value, 0L));
        return zeros;
    }
}
