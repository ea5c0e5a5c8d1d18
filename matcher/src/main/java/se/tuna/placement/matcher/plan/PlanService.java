package se.tuna.placement.matcher.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.LoggedFailure;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.reference.ProgrammeSites;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.matcher.explain.Explainer;
import se.tuna.placement.matcher.explain.Explanation;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.placement.Choice;
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.matcher.planning.PlacementPlan;
import se.tuna.placement.matcher.planning.PlanScoring;
import se.tuna.placement.matcher.planning.PlannedPlacement;
import se.tuna.placement.matcher.planning.SlotFact;

/**
 * Waiting-list plans as jobs: a plan is prepared and solved in the background (its own thread
 * pools, never a request's), its progress can be watched and it can be stopped early; a
 * coordinator then decides placements one by one, each booking its seat and pinning it, and may
 * solve again around what is decided. Nothing is booked by the solver. Finished jobs are kept a
 * while, then forgotten (decided placements are stored for good).
 */
public class PlanService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final SolverManager<PlacementPlan, String> solverManager;
    private final PlanPreparation preparation;
    private final PlanScoring scoring;
    private final Explainer explainer;
    private final PlacementService placements;
    private final SlotService slots;
    private final ProgrammeSites sites;
    private final ExecutorService preparationPool;
    private final Clock clock;
    private final Duration keepFinished;
    private final int mostJobs;
    private final Map<String, PlanJob> jobs = new ConcurrentHashMap<>();

    public PlanService(SolverManager<PlacementPlan, String> solverManager, PlanPreparation preparation, PlanScoring scoring,
            Explainer explainer, PlacementService placements, SlotService slots, ProgrammeSites sites,
            ExecutorService preparationPool, Clock clock, Duration keepFinished, int mostJobs) {
        this.solverManager = solverManager;
        this.preparation = preparation;
        this.scoring = scoring;
        this.explainer = explainer;
        this.placements = placements;
        this.slots = slots;
        this.sites = sites;
        this.preparationPool = preparationPool;
        this.clock = clock;
        this.keepFinished = keepFinished;
        this.mostJobs = mostJobs;
    }

    /** Starts planning the waiting list of the sites (every site when none given); returns at once. */
    public PlanProgress start(Set<String> sites, String requestedBy) {
        List<String> unknown = sites.stream().filter(site -> !this.sites.exists(site)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("sites", "unknown site " + unknown + "; known sites are "
                    + this.sites.all().stream().map(ProgrammeSite::id).toList());
        }
        if (requestedBy == null || requestedBy.isBlank()) {
            throw InvalidInputException.of("requestedBy", "must name the coordinator who asks for the plan");
        }
        evictOldJobs();
        if (jobs.size() >= mostJobs) {
            throw new ConflictException("Too many plans are kept (" + mostJobs + "); wait until old ones are forgotten");
        }
        PlanJob job = new PlanJob(UUID.randomUUID().toString(), sites, requestedBy, clock.instant());
        jobs.put(job.id(), job);
        preparationPool.execute(() -> prepareAndSolve(job));
        return job.progress();
    }

    public PlanProgress progress(String jobId) {
        return job(jobId).progress();
    }

    /**
     * Stops solving early; the best plan so far becomes the plan. A plan still being prepared
     * stops before it solves; one waiting for the solver is taken out of the queue.
     */
    public PlanProgress stop(String jobId) {
        PlanJob job = job(jobId);
        synchronized (job) {
            job.requestStop();
            if (job.status() == PlanStatus.QUEUED || job.status() == PlanStatus.SOLVING) {
                String round = job.solveId();
                solverManager.terminateEarly(round);
                // A job taken out of the queue never started, so the solver will not report it finished.
                if (job.status() == PlanStatus.QUEUED && solverManager.getSolverStatus(round) == SolverStatus.NOT_SOLVING) {
                    job.finished(job.best(), clock.instant(), round);
                }
            }
            return job.progress();
        }
    }

    /**
     * Solves again from the current plan, keeping every decided placement where it is, with the
     * slots' seats read as they are now: a seat taken since the plan was made (by a suggestion
     * booked, a plan decided elsewhere, a raw booking) is no longer free to the plan.
     */
    public PlanProgress resolve(String jobId) {
        PlanJob job = job(jobId);
        synchronized (job) {
            if (job.status() != PlanStatus.FINISHED) {
                throw new ConflictException("The plan is " + job.status().name().toLowerCase()
                        + "; wait for it to finish or stop it");
            }
            reseat(job);
            solve(job);
            return job.progress();
        }
    }

    /** The plan with an explanation for every participant. */
    public PlanResult result(String jobId) {
        PlanJob job = job(jobId);
        PlacementPlan plan = job.best();
        if (plan == null) {
            return new PlanResult(job.progress(), List.of());
        }
        Map<String, Map<String, HardMediumSoftScore>> effects = scoring.effects(plan);
        Map<String, Long> perSlot = new java.util.HashMap<>();
        plan.getPlacements().stream().filter(p -> p.getSlot() != null)
                .forEach(p -> perSlot.merge(p.getSlot().id(), 1L, Long::sum));
        List<PlannedAssignment> lines = new ArrayList<>();
        for (PlannedPlacement placement : plan.getPlacements()) {
            lines.add(line(job, placement, effects.getOrDefault(placement.getParticipantId(), Map.of()),
                    perSlot.getOrDefault(placement.getSlot() == null ? "" : placement.getSlot().id(), 0L).intValue()));
        }
        lines.sort(Comparator.comparing((PlannedAssignment line) -> line.slot() == null)
                .thenComparing(Comparator.comparingInt(PlannedAssignment::waitingDays).reversed()));
        return new PlanResult(job.progress(), lines);
    }

    /**
     * A coordinator decides the placement the plan proposes for a participant: a study visit is
     * booked there at {@code studyVisitAt} (agreed with the employer) and a seat held until the
     * answer; the plan keeps it pinned from now on.
     */
    public PlannedAssignment decide(String jobId, String participantId, LocalDateTime studyVisitAt, DecidedBy decidedBy) {
        return decide(jobId, participantId, null, null, studyVisitAt, decidedBy);
    }

    /**
     * As above, at {@code slotId}, one of the participant's candidates in the plan ({@code null}:
     * the plan's own assignment). Another slot than the plan's needs a {@code reason}; without one
     * the decision is refused (422, field {@code reason}) and nothing changes. The placement keeps
     * which slot the plan proposed, which was chosen, and why; the plan pins the participant there.
     */
    public PlannedAssignment decide(String jobId, String participantId, String slotId, String reason, LocalDateTime studyVisitAt,
            DecidedBy decidedBy) {
        PlanJob job = job(jobId);
        // Under the job's lock, no re-solve can start between the check and the pin, so the
        // plan always agrees with the stored decision.
        synchronized (job) {
            if (job.status() != PlanStatus.FINISHED) {
                throw new ConflictException("The plan is " + job.status().name().toLowerCase()
                        + "; decide placements when it has finished or been stopped");
            }
            PlannedPlacement planned = job.placementOf(participantId);
            String proposed = planned.getSlot() == null ? null : planned.getSlot().id();
            String chosen = slotId == null || slotId.isBlank() ? proposed : slotId;
            if (chosen == null) {
                throw new ConflictException("participantId", "The plan gives " + participantId + " no place to decide");
            }
            SlotFact fact = planned.getCandidateSlots().stream().filter(candidate -> candidate.id().equals(chosen)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("slotId", "is not one of the participant's candidates in this plan"));
            Choice choice = Choice.of(proposed, chosen, reason);
            placements.bookStudyVisit(participantId, choice, studyVisitAt, decidedBy, jobId);
            SlotHit before = job.slots().get(chosen);
            job.slotChanged(new SlotHit(slots.get(chosen).slot(), before.employerName(), before.score(), before.distanceKm()));
            job.pin(participantId, fact, clock.instant());
        }
        return result(jobId).assignments().stream().filter(line -> line.participantId().equals(participantId))
                .findFirst().orElseThrow();
    }

    /**
     * Gives the plan its slots' free seats as they are now: the seats neither booked nor held,
     * counting as free those the plan's own decided placements hold, since the plan pins those
     * participants there itself. Call while holding the job's lock.
     */
    private void reseat(PlanJob job) {
        PlacementPlan plan = job.best();
        Set<String> decided = plan.getPlacements().stream().filter(PlannedPlacement::isPinned)
                .map(placement -> PlacementService.idFor(placement.getParticipantId())).collect(Collectors.toSet());
        Map<String, TrainingSlot> now = slots.getAll(plan.getSlots().stream().map(SlotFact::id).toList());
        Instant at = clock.instant();
        Map<String, Integer> free = new HashMap<>();
        now.forEach((id, slot) -> free.put(id, freeForPlan(slot, decided, at)));
        job.reseated(plan.withFreeSeats(free), now.values());
    }

    /** The seats of {@code slot} not taken at {@code at} by anyone but the placements {@code decided}. */
    static int freeForPlan(TrainingSlot slot, Set<String> decided, Instant at) {
        long taken = slot.seatClaims().stream()
                .filter(claim -> claim.isActiveAt(at) && !decided.contains(claim.reference())).count();
        return (int) Math.max(0, slot.seats() - taken);
    }

    private PlannedAssignment line(PlanJob job, PlannedPlacement placement, Map<String, HardMediumSoftScore> effects,
            int plannedAtSlot) {
        Participant participant = job.participants().get(placement.getParticipantId());
        if (placement.getSlot() == null) {
            int feasible = placement.getFeasibleCandidates();
            Explanation why = explainer.unplaced(effects, placement.getCandidateSlots().size(), feasible);
            return new PlannedAssignment(placement.getParticipantId(), placement.getWaitingDays(), null, null, false, why);
        }
        SlotHit hit = job.slots().get(placement.getSlot().id());
        Explanation why = explainer.explain(participant, hit.slot(), placement.getSlot(), placement.assessment(), plannedAtSlot,
                effects);
        return new PlannedAssignment(placement.getParticipantId(), placement.getWaitingDays(), hit.slot(), hit.employerName(),
                placement.isPinned(), why);
    }

    private void prepareAndSolve(PlanJob job) {
        try {
            PreparedPlan prepared = preparation.prepare(job.sites());
            synchronized (job) {
                job.prepared(prepared, clock.instant());
                if (job.stopRequested()) {
                    job.finished(job.best(), clock.instant(), job.solveId());
                } else {
                    solve(job);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Preparing plan {} failed", job.id(), LoggedFailure.of(e));
            job.failed("Väntelistan eller platserna kunde inte läsas. Försök igen om en stund.", clock.instant());
        }
    }

    /** Submits a solving round; call while holding the job's lock. */
    private void solve(PlanJob job) {
        PlacementPlan problem = job.best();
        String round = job.nextSolve(clock.instant());
        try {
            solverManager.solveAndListen(round, id -> problem,
                    best -> job.improved(best, clock.instant(), round),
                    last -> job.finished(last, clock.instant(), round),
                    (id, failure) -> {
                        log.warn("Solving plan {} failed", id, LoggedFailure.of(failure));
                        job.failed("Planeringen misslyckades. Felet är loggat; försök igen.", clock.instant());
                    });
        } catch (RuntimeException e) {
            log.warn("Could not submit plan {} to the solver", round, LoggedFailure.of(e));
            job.failed("Planeringen kunde inte startas. Felet är loggat; försök igen.", clock.instant());
        }
    }

    private PlanJob job(String jobId) {
        PlanJob job = jobs.get(jobId);
        if (job == null) {
            throw new NotFoundException("plan", jobId);
        }
        return job;
    }

    /** Forgets finished or failed jobs older than the keeping time. */
    private void evictOldJobs() {
        Instant limit = clock.instant().minus(keepFinished);
        jobs.values().removeIf(job -> (job.status() == PlanStatus.FINISHED || job.status() == PlanStatus.FAILED)
                && job.updatedAt().isBefore(limit));
    }

    @Override
    public void close() {
        solverManager.close();
        preparationPool.shutdownNow();
    }
}
