package se.tuna.placement.reports.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.StudyVisit;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintStage;
import se.tuna.placement.participants.stint.StintStep.Admitted;
import se.tuna.placement.participants.stint.StintStep.Enrolled;
import se.tuna.placement.participants.stint.StintStep.Forward;

/**
 * Counts a status report (lägesrapport) from stints, birth years and placements, as of the
 * period's day: each stint's and path's dated steps are replayed up to that day, so a report as of
 * a day in the past shows that day's standing. Pure: no storage, no clock.
 */
public final class StatusReportCalculation {

    private StatusReportCalculation() {
    }

    public static StatusReport count(List<String> sites, ReportPeriod period, ReportSources sources) {
        List<CountedStint> stints = sources.stints().stream().filter(stint -> sites.contains(stint.site()))
                .map(stint -> CountedStint.of(stint, sources)).toList();
        List<ExitOutcome> sinceStart = new ArrayList<>();
        List<ExitOutcome> inPeriod = new ArrayList<>();
        stints.forEach(counted -> counted.on(period.asOf()).flatMap(Stint::exit).ifPresent(exit -> {
            sinceStart.add(exit.outcome());
            if (period.holds(exit.on())) {
                inPeriod.add(exit.outcome());
            }
        }));
        return new StatusReport(sites, period, participation(stints, sources, period.asOf()), intake(stints, period),
                waiting(stints, period), ExitCounts.of(sinceStart), ExitCounts.of(inPeriod), PlacementCount.of(stints, period));
    }

    /**
     * A person's age on {@code day} when only their birth year is known: the age they reach during
     * that year (the year minus the birth year), as Statistics Sweden counts "ålder vid årets slut".
     */
    public static int ageOn(int birthYear, LocalDate day) {
        return day.getYear() - birthYear;
    }

    private static Participation participation(List<CountedStint> stints, ReportSources sources, LocalDate day) {
        Map<ReportPhase, Long> byPhase = Figures.zeros(ReportPhase.class);
        Map<Gender, Long> genders = Figures.zeros(Gender.class);
        Map<Compensation, Long> compensations = Figures.zeros(Compensation.class);
        List<Integer> ages = new ArrayList<>();
        long referralQueue = 0;
        for (CountedStint counted : stints) {
            Optional<Stint> then = counted.on(day);
            StintStage stage = then.map(Stint::stage).orElse(null);
            if (stage == StintStage.QUEUED || stage == StintStage.ADMITTED) {
                referralQueue++;
            } else if (stage != null && stage.isActive()) {
                byPhase.merge(counted.phaseOn(then.get(), day), 1L, Long::sum);
                genders.merge(counted.stint().gender(), 1L, Long::sum);
                then.get().compensation().ifPresent(compensation -> compensations.merge(compensation, 1L, Long::sum));
                String participant = counted.stint().participantId();
                Integer birthYear = participant == null ? null : sources.birthYears().get(participant);
                if (birthYear != null) {
                    ages.add(ageOn(birthYear, day));
                }
            }
        }
        long active = byPhase.values().stream().mapToLong(Long::longValue).sum();
        return new Participation(active, byPhase, Figures.mean(ages), ages.size(), genders, compensations, referralQueue);
    }

    /** Referrals (a stint's first step), admissions and enrolments dated in the period, up to its day. */
    private static Intake intake(List<CountedStint> stints, ReportPeriod period) {
        long referrals = 0;
        long admitted = 0;
        long enrolled = 0;
        for (CountedStint counted : stints) {
            List<Forward> steps = counted.on(period.asOf()).map(Stint::stepsInForce).orElse(List.of());
            if (!steps.isEmpty() && period.holds(steps.get(0).on())) {
                referrals++;
            }
            admitted += steps.stream().filter(step -> step instanceof Admitted && period.holds(step.on())).count();
            enrolled += steps.stream().filter(step -> step instanceof Enrolled && period.holds(step.on())).count();
        }
        return new Intake(referrals, admitted, enrolled);
    }

    private static WaitingTimes waiting(List<CountedStint> stints, ReportPeriod period) {
        LocalDate day = period.asOf();
        List<Integer> toStudyVisit = new ArrayList<>();
        List<Integer> toTrialStart = new ArrayList<>();
        for (CountedStint counted : stints) {
            for (ReportedPlacement placement : counted.placements()) {
                Optional<PlacementPath> then = AsOf.path(placement.path(), day);
                if (then.isEmpty() || then.get().studyVisit().readySince() == null) {
                    continue;
                }
                StudyVisit visit = then.get().studyVisit();
                LocalDate visitDay = visit.at().toLocalDate();
                if (period.holds(visitDay)) {
                    toStudyVisit.add(daysBetween(visit.readySince(), visitDay));
                }
                then.get().trial().map(trial -> trial.span().start()).filter(period::holds)
                        .ifPresent(start -> toTrialStart.add(daysBetween(visit.readySince(), start)));
            }
        }
        List<WaitingTimes.WaitingOnDay> overTime = daysAlong(period).stream()
                .map(along -> new WaitingTimes.WaitingOnDay(along, waitingListOn(stints, along))).toList();
        return new WaitingTimes(waitingListOn(stints, day), Days.of(toStudyVisit), Days.of(toTrialStart), overTime);
    }

    private static Days waitingListOn(List<CountedStint> stints, LocalDate day) {
        return Days.of(stints.stream().flatMap(counted -> counted.daysWaitingOn(day).stream()).toList());
    }

    /** The last day of each month of the period up to its day, and the last day counted if that is no month's end. */
    static List<LocalDate> daysAlong(ReportPeriod period) {
        LocalDate last = period.lastDayCounted();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate end = period.from().with(TemporalAdjusters.lastDayOfMonth()); !end.isAfter(last);
                end = end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
            days.add(end);
        }
        if (!last.isBefore(period.from()) && (days.isEmpty() || !days.get(days.size() - 1).equals(last))) {
            days.add(last);
        }
        return days;
    }

    static int daysBetween(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }
}
