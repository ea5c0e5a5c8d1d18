package se.tuna.placement.reports.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Stage;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintStage;
import se.tuna.placement.participants.stint.StintStep.Exited;

/**
 * Counts a status report (lägesrapport) from stints, birth years and placement paths, as of the
 * period's day: each stint's and path's dated steps are replayed up to that day, so a report as of
 * a day in the past shows that day's standing. Pure: no storage, no clock.
 */
public final class StatusReportCalculation {

    private StatusReportCalculation() {
    }

    public static StatusReport count(List<String> sites, ReportPeriod period, ReportSources sources) {
        LocalDate day = period.asOf();
        Map<ReportPhase, Long> byPhase = zeros(ReportPhase.class);
        Map<Gender, Long> genders = zeros(Gender.class);
        Map<Compensation, Long> compensations = zeros(Compensation.class);
        List<Integer> ages = new ArrayList<>();
        long referralQueue = 0;
        List<ExitOutcome> sinceStart = new ArrayList<>();
        List<ExitOutcome> inPeriod = new ArrayList<>();
        for (Stint stint : sources.stints()) {
            if (!sites.contains(stint.site())) {
                continue;
            }
            StintAsOf then = StintAsOf.of(stint, day);
            if (!then.existed()) {
                continue;
            }
            StintStage stage = then.stage();
            if (stage == StintStage.QUEUED || stage == StintStage.ADMITTED) {
                referralQueue++;
            } else if (stage.isActive()) {
                byPhase.merge(phaseOf(then, sources, day), 1L, Long::sum);
                genders.merge(stint.gender(), 1L, Long::sum);
                then.compensation().ifPresent(compensation -> compensations.merge(compensation, 1L, Long::sum));
                Integer birthYear = stint.participantId() == null ? null : sources.birthYears().get(stint.participantId());
                if (birthYear != null) {
                    ages.add(ageOn(birthYear, day));
                }
            } else {
                Exited exit = then.exit().orElseThrow();
                sinceStart.add(exit.outcome());
                if (period.holds(exit.on())) {
                    inPeriod.add(exit.outcome());
                }
            }
        }
        long active = byPhase.values().stream().mapToLong(Long::longValue).sum();
        return new StatusReport(sites, period, active, byPhase, mean(ages), ages.size(), genders, compensations, referralQueue,
                ExitCounts.of(sinceStart), ExitCounts.of(inPeriod));
    }

    /**
     * A person's age on {@code day} when only their birth year is known: the age they reach during
     * that year (the year minus the birth year), as Statistics Sweden counts "ålder vid årets slut".
     */
    public static int ageOn(int birthYear, LocalDate day) {
        return day.getYear() - birthYear;
    }

    /**
     * Where an active participant was: in mapping by the stint; when ready, at a study visit or in
     * training if a placement begun during this stint was there on the day, else waiting. An
     * anonymous record has no placements (a placement needs a profile, which needs consent), so
     * its stage tells all.
     */
    private static ReportPhase phaseOf(StintAsOf then, ReportSources sources, LocalDate day) {
        if (then.stage() == StintStage.MAPPING) {
            return ReportPhase.MAPPING;
        }
        String participant = then.stint().participantId();
        LocalDate enrolled = then.enrolledOn().orElse(LocalDate.MIN);
        ReportPhase phase = ReportPhase.WAITING;
        for (PlacementPath path : participant == null ? List.<PlacementPath>of() : sources.paths().getOrDefault(participant, List.of())) {
            if (PathAsOf.begunOn(path).map(begun -> begun.isBefore(enrolled)).orElse(true)) {
                continue;
            }
            Optional<Stage> stage = PathAsOf.stageOn(path, day);
            if (stage.isEmpty()) {
                continue;
            }
            switch (stage.get()) {
                case TRIAL_AGREED, TRIAL, WORK_TRAINING -> phase = ReportPhase.IN_WORK_TRAINING;
                case STUDY_VISIT_BOOKED -> phase = phase == ReportPhase.IN_WORK_TRAINING ? phase : ReportPhase.STUDY_VISIT;
                case ENDED, WITHDRAWN -> {
                    // Ended or taken back by the day: it leaves them waiting, or ended the stint with it.
                }
            }
        }
        return phase;
    }

    private static BigDecimal mean(List<Integer> ages) {
        if (ages.isEmpty()) {
            return null;
        }
        long sum = ages.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ages.size()), 1, RoundingMode.HALF_UP);
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> kind) {
        Map<E, Long> counts = new EnumMap<>(kind);
        Arrays.stream(kind.getEnumConstants()).forEach(value -> counts.put(value, 0L));
        return counts;
    }
}
